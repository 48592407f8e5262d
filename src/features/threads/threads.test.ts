import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../app/jobs.js';
import {
  groupLeaders,
  mailOutbox,
  memberships,
  notifications,
  threadMessages,
  users,
} from '../../db/schema/index.js';
import { signedInUser, TEST_PASSWORD } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from '../directory/commands.js';
import { group } from '../directory/test-group.js';
import { drain } from '../jobs/queue.js';

/**
 * Issue 13, part 4: a person can write privately to the leaders of a group they belong to (or
 * asked to join, or were removed from); only those leaders read it, they answer in the same
 * thread, each side is told through the notification centre, and the thread goes with the
 * person's account.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

type Person = Awaited<ReturnType<typeof signedInUser>>;

async function circle(slug: string) {
  const { id } = await saveGroup(t.db, group({ slug, name: `Circle ${slug}` }));
  const leader = await signedInUser(t, { name: `Leader of ${slug}` });
  const co = await signedInUser(t, { name: `Co-leader of ${slug}` });
  await t.db.insert(groupLeaders).values([
    { groupId: id, userId: leader.id, role: 'owner' },
    { groupId: id, userId: co.id, role: 'co_leader' },
  ]);
  return { id, leader, co };
}

async function standing(groupId: string, person: Person, status: 'member' | 'removed') {
  await t.db.insert(memberships).values({
    groupId,
    userId: person.id,
    status,
    arrival: sql`nextval('membership_arrival_seq')`,
  });
}

const kindsFor = async (userId: string) =>
  (
    await t.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, userId))
  ).map((r) => r.kind);

describe('a member writes to the leaders', () => {
  it('reaches every leader, who answer in the same thread; each side is told', async () => {
    const { id, leader, co } = await circle('harbour-lights');
    const member = await signedInUser(t, { name: 'Kestrel' });
    await standing(id, member, 'member');

    const page = await (await member.client.get('/groups/harbour-lights')).text();
    expect(page).toContain('href="/groups/harbour-lights/write"');
    const form = await member.client.get('/groups/harbour-lights/write');
    expect(form.status).toBe(200);
    expect(form.headers.get('cache-control')).toContain('no-store');
    expect(await form.text()).toContain('Only this group’s leaders see what you write here');

    const sent = await member.client.post('/groups/harbour-lights/write', {
      message: '  I will miss next week.\nCould someone save me a seat after?  ',
    });
    expect(sent.headers.get('location')).toBe('/groups/harbour-lights/write?sent=1');
    const [stored] = await t.db.select().from(threadMessages).where(eq(threadMessages.groupId, id));
    expect(stored).toMatchObject({
      personId: member.id,
      authorId: member.id,
      fromLeaders: false,
      body: 'I will miss next week.\nCould someone save me a seat after?',
    });
    expect(await kindsFor(leader.id)).toContain('member_wrote');
    expect(await kindsFor(co.id)).toContain('member_wrote');

    // The notice links to the thread and names nothing of what was written.
    const centre = await (await leader.client.get('/notifications')).text();
    expect(centre).toContain('Kestrel wrote to the leaders of Circle harbour-lights.');
    expect(centre).not.toContain('miss next week');
    await drain(t.db, jobHandlers(t.deps));
    const [mail] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, leader.email));
    expect(mail?.subject).toContain('A new message for the leaders of a group you lead');
    expect(mail?.text).not.toContain('miss next week');
    expect(mail?.text).not.toContain('Kestrel');

    const list = await (await leader.client.get('/lead/harbour-lights/threads')).text();
    expect(list).toContain('Thread with Kestrel');
    expect(list).toContain('1 new');
    const thread = await (await co.client.get(`/lead/harbour-lights/threads/${member.id}`)).text();
    expect(thread).toContain('Could someone save me a seat after?');
    expect(await (await leader.client.get('/lead/harbour-lights/threads')).text()).not.toContain(
      '1 new',
    );

    const answered = await co.client.post(`/lead/harbour-lights/threads/${member.id}`, {
      message: 'Of course. See you the week after.',
    });
    expect(answered.status).toBe(303);
    expect(await kindsFor(member.id)).toEqual(['leaders_replied']);
    const mine = await (await member.client.get('/groups/harbour-lights/write')).text();
    expect(mine).toContain('Of course. See you the week after.');
    expect(mine).toContain('Co-leader of harbour-lights (leader)');
    expect(mine.indexOf('save me a seat')).toBeLessThan(mine.indexOf('Of course.'));
  });

  it('refuses an empty or over-long message and keeps nothing', async () => {
    const { id } = await circle('still-waters');
    const member = await signedInUser(t);
    await standing(id, member, 'member');
    for (const [message, said] of [
      ['   ', 'Write a message before sending.'],
      ['x'.repeat(4001), 'Keep the message to 4,000 characters or fewer.'],
    ] as const) {
      const res = await member.client.post('/groups/still-waters/write', { message });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(said);
    }
    expect(await t.db.select().from(threadMessages).where(eq(threadMessages.groupId, id))).toEqual(
      [],
    );
  });
});

describe('who may read and write', () => {
  it('keeps threads between the person and the group’s leaders', async () => {
    const { id, leader } = await circle('cedar-room');
    const other = await circle('birch-room');
    const member = await signedInUser(t, { name: 'Plover' });
    const stranger = await signedInUser(t);
    const admin = await signedInUser(t, { role: 'admin' });
    await standing(id, member, 'member');
    await member.client.post('/groups/cedar-room/write', { message: 'Only for you.' });

    // Someone with no standing in the group cannot write; a visitor is sent to sign in.
    expect((await stranger.client.get('/groups/cedar-room/write')).status).toBe(403);
    expect(
      (await stranger.client.post('/groups/cedar-room/write', { message: 'Hello' })).status,
    ).toBe(403);
    const visitor = new Client(t.app, '198.51.100.70');
    expect((await visitor.get('/groups/cedar-room/write')).status).toBe(303);

    // Leaders of another group, administrators and other members cannot read the thread.
    const path = `/lead/cedar-room/threads/${member.id}`;
    expect((await other.leader.client.get(path)).status).toBe(403);
    expect((await admin.client.get(path)).status).toBe(403);
    expect((await admin.client.get('/lead/cedar-room/threads')).status).toBe(403);
    const fellow = await signedInUser(t);
    await standing(id, fellow, 'member');
    expect((await fellow.client.get(path)).status).toBe(403);
    expect(await (await fellow.client.get('/groups/cedar-room/write')).text()).not.toContain(
      'Only for you.',
    );

    // A leader cannot open a thread with someone who has no standing in the group.
    expect((await leader.client.get(`/lead/cedar-room/threads/${stranger.id}`)).status).toBe(404);
    expect(
      (await leader.client.post(`/lead/cedar-room/threads/${stranger.id}`, { message: 'Hi' }))
        .status,
    ).toBe(404);
    // A leader's own "write to the leaders" goes to the leaders' side.
    expect((await leader.client.get('/groups/cedar-room/write')).headers.get('location')).toBe(
      '/lead/cedar-room/threads',
    );
  });

  it('lets someone removed write, and their removal mail points there', async () => {
    const { id, leader } = await circle('willow-room');
    const member = await signedInUser(t, { name: 'Tern' });
    await standing(id, member, 'member');
    const [row] = await t.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.groupId, id), eq(memberships.userId, member.id)));
    const removed = await leader.client.post(`/lead/willow-room/people/${row!.id}/remove`, {
      reason: '',
    });
    await drain(t.db, jobHandlers(t.deps));
    expect(removed.status).toBe(303);
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, member.email), eq(mailOutbox.kind, 'membership_removed')));
    expect(mail?.text).toContain('/groups/willow-room/write');
    const res = await member.client.post('/groups/willow-room/write', {
      message: 'I think this was a mistake.',
    });
    expect(res.status).toBe(303);
  });
});

describe('the person’s data', () => {
  it('exports their threads and deletes them with the account', async () => {
    const { id, leader } = await circle('linden-room');
    const member = await signedInUser(t, { name: 'Avocet' });
    await standing(id, member, 'member');
    await member.client.post('/groups/linden-room/write', { message: 'A question for you.' });
    await leader.client.post(`/lead/linden-room/threads/${member.id}`, { message: 'An answer.' });

    const exported = await (await member.client.post('/account/export', {})).json();
    expect(exported.threads.map((m: { body: string }) => m.body)).toEqual([
      'A question for you.',
      'An answer.',
    ]);
    const leaderExport = await (await leader.client.post('/account/export', {})).json();
    expect(leaderExport.answersAsLeader.map((m: { body: string }) => m.body)).toEqual([
      'An answer.',
    ]);

    const deleted = await member.client.post('/account/delete', {
      password: TEST_PASSWORD,
      confirm: 'yes',
    });
    expect(deleted.status).toBe(200);
    expect(await t.db.select().from(users).where(eq(users.id, member.id))).toEqual([]);
    expect(
      await t.db.select().from(threadMessages).where(eq(threadMessages.personId, member.id)),
    ).toEqual([]);
  });
});
