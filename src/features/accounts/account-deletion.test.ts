import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groups, jobs, notifications, users } from '../../db/schema/index.js';
import { signedInUser, TEST_PASSWORD } from '../../test/accounts.js';
import { createTestApp } from '../../test/harness.js';
import { OFFER_EXPIRY_JOB } from '../membership/commands.js';
import { membershipFixtures, TEST_APP } from '../membership/test-fixtures.js';

// Deleting an account is one command (membership/account-deletion.ts): leaving every group and
// deleting the account commit together, or neither does.

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp(TEST_APP);
});
afterAll(() => t.close());

const { makeGroup, lead, statusOf } = membershipFixtures(() => t);

const seatsTaken = async (groupId: string) =>
  (await t.db.select({ n: groups.seatsTaken }).from(groups).where(eq(groups.id, groupId)))[0]?.n;

/** Make deleting this one account's row fail, as the last step of the deletion would. */
async function refuseToDelete(email: string) {
  await t.db.execute(
    sql.raw(`CREATE FUNCTION refuse_account_deletion() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`),
  );
  await t.db.execute(
    sql.raw(`CREATE TRIGGER refuse_account_deletion BEFORE DELETE ON users FOR EACH ROW
      WHEN (OLD.email = '${email}') EXECUTE FUNCTION refuse_account_deletion()`),
  );
  return async () => {
    await t.db.execute(sql.raw('DROP TRIGGER refuse_account_deletion ON users'));
    await t.db.execute(sql.raw('DROP FUNCTION refuse_account_deletion()'));
  };
}

describe('deleting an account that holds seats', () => {
  it('leaves every group and deletes the account together, or changes nothing', async () => {
    const slugs = ['atomic-one', 'atomic-two'];
    const groupIds = [
      await makeGroup('atomic-one', { capacity: 1 }),
      await makeGroup('atomic-two', { capacity: 1 }),
    ];
    const leader = await signedInUser(t);
    for (const id of groupIds) await lead(id, leader.id);
    const leaving = await signedInUser(t);
    const waiting = await signedInUser(t);
    for (const slug of slugs) {
      await leaving.client.post(`/groups/${slug}/join`, { agreement: '1' });
      await waiting.client.post(`/groups/${slug}/join`, { agreement: '1' });
    }
    for (const id of groupIds) expect(await statusOf(id, waiting.id)).toBe('waitlisted');
    const leftNotices = () =>
      t.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, leader.id), eq(notifications.kind, 'member_left')));
    const offers = () => t.db.select().from(jobs).where(eq(jobs.kind, OFFER_EXPIRY_JOB));

    // The groups are left first; then the account's row cannot go, so the command fails.
    const allow = await refuseToDelete(leaving.email);
    const failed = await leaving.client.post('/account/delete', {
      password: TEST_PASSWORD,
      confirm: 'yes',
    });
    await allow();
    expect(failed.status).toBe(500);
    for (const id of groupIds) {
      expect(await statusOf(id, leaving.id)).toBe('member');
      expect(await statusOf(id, waiting.id)).toBe('waitlisted');
      expect(await seatsTaken(id)).toBe(1);
    }
    expect(await leftNotices()).toHaveLength(0);
    expect(await offers()).toHaveLength(0);
    expect(await t.db.select().from(users).where(eq(users.id, leaving.id))).toHaveLength(1);

    // Once it can, one request does all of it: the seats pass to whoever waits.
    const deleted = await leaving.client.post('/account/delete', {
      password: TEST_PASSWORD,
      confirm: 'yes',
    });
    expect(deleted.status).toBe(200);
    expect(await t.db.select().from(users).where(eq(users.id, leaving.id))).toHaveLength(0);
    for (const id of groupIds) {
      expect(await statusOf(id, leaving.id)).toBeUndefined();
      expect(await statusOf(id, waiting.id)).toBe('offered');
      expect(await seatsTaken(id)).toBe(1);
    }
    expect(await leftNotices()).toHaveLength(2);
    expect(await offers()).toHaveLength(2);
  });
});
