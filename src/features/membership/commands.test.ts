import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import {
  groupAgreements,
  groups,
  intakeQuestions,
  memberships,
  users,
} from '../../db/schema/index.js';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from '../directory/commands.js';
import { group } from '../directory/test-group.js';
import {
  acceptOffer,
  askToJoin,
  decide,
  lapseOffer,
  leaveGroup,
  MembershipError,
  removeMember,
} from './commands.js';
import { openIntake } from './intake-crypto.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

let made = 0;
async function people(n: number): Promise<string[]> {
  const rows = Array.from({ length: n }, () => {
    made++;
    return { id: `u-${made}`, name: `Person ${made}`, email: `p${made}@example.org` };
  });
  await t.db.insert(users).values(rows);
  return rows.map((r) => r.id);
}

async function makeGroup(slug: string, extra: Partial<Parameters<typeof group>[0]> = {}) {
  const { id } = await saveGroup(t.db, group({ slug, name: `Group ${slug}`, ...extra }));
  await t.db
    .insert(groupAgreements)
    .values({ groupId: id, version: 1, body: 'What is said here stays here.' });
  return id;
}

const key = () => t.deps.config.membership.intakeKey;
const statusOf = async (groupId: string) =>
  t.db
    .select({
      userId: memberships.userId,
      status: memberships.status,
      arrival: memberships.arrival,
    })
    .from(memberships)
    .where(eq(memberships.groupId, groupId))
    .orderBy(memberships.arrival);
const seatsTaken = async (groupId: string) =>
  (await t.db.select({ n: groups.seatsTaken }).from(groups).where(eq(groups.id, groupId)))[0]?.n;

describe('capacity', () => {
  it('gives 50 simultaneous joiners for 10 seats exactly 10 seats and a waitlist in arrival order', async () => {
    const groupId = await makeGroup('race', { capacity: 10 });
    const ids = await people(50);
    const started = performance.now();
    const results = await Promise.all(
      ids.map((userId) =>
        askToJoin(t.db, { groupId, userId, agreementVersion: 1, intakeKey: key() }),
      ),
    );
    const elapsed = performance.now() - started;
    console.info(`capacity race: 50 joins for 10 seats in ${elapsed.toFixed(0)} ms`);

    expect(results.filter((r) => r.status === 'member')).toHaveLength(10);
    expect(results.filter((r) => r.status === 'waitlisted')).toHaveLength(40);
    const rows = await statusOf(groupId);
    expect(rows).toHaveLength(50);
    // The first ten served are the members; everyone after them waits, in the order served.
    expect(rows.slice(0, 10).every((r) => r.status === 'member')).toBe(true);
    expect(rows.slice(10).every((r) => r.status === 'waitlisted')).toBe(true);
    expect(await seatsTaken(groupId)).toBe(10);
  });

  it('offers a freed seat to the first person waiting, and passes it on when the offer lapses', async () => {
    const groupId = await makeGroup('offers', { capacity: 1 });
    const [a, b, c] = await people(3);
    const first = await askToJoin(t.db, {
      groupId,
      userId: a!,
      agreementVersion: 1,
      intakeKey: key(),
    });
    const second = await askToJoin(t.db, {
      groupId,
      userId: b!,
      agreementVersion: 1,
      intakeKey: key(),
    });
    const third = await askToJoin(t.db, {
      groupId,
      userId: c!,
      agreementVersion: 1,
      intakeKey: key(),
    });
    expect([first.status, second.status, third.status]).toEqual([
      'member',
      'waitlisted',
      'waitlisted',
    ]);

    const notices = await leaveGroup(t.db, first.membershipId, groupId, 48 * HOUR);
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'offered', membershipId: second.membershipId }),
    ]);
    expect(await seatsTaken(groupId)).toBe(1);
    // The expiry is a durable job, due when the offer ends.
    const [job] = await queryRows<{ run_at: Date }>(
      t.db,
      sql`SELECT run_at FROM jobs WHERE kind = 'membership.offer-expiry' AND payload->>'membershipId' = ${second.membershipId}`,
    );
    expect(job).toBeDefined();

    // Too early: nothing lapses.
    expect(await lapseOffer(t.db, second.membershipId, 48 * HOUR)).toEqual([]);
    const later = new Date(Date.now() + 49 * HOUR);
    const lapsed = await lapseOffer(t.db, second.membershipId, 48 * HOUR, later);
    expect(lapsed.map((n) => n.kind)).toEqual(['offer_lapsed', 'offered']);
    expect(lapsed[1]?.membershipId).toBe(third.membershipId);
    // Run twice (a retried job): nothing more happens.
    expect(await lapseOffer(t.db, second.membershipId, 48 * HOUR, later)).toEqual([]);

    await acceptOffer(t.db, third.membershipId, groupId);
    const rows = await statusOf(groupId);
    expect(rows.map((r) => r.status)).toEqual(['left', 'left', 'member']);
    expect(await seatsTaken(groupId)).toBe(1);
    await expect(acceptOffer(t.db, second.membershipId, groupId)).rejects.toThrow(MembershipError);
  });

  it('refuses an expired offer', async () => {
    const groupId = await makeGroup('expired-offer', { capacity: 1 });
    const [a, b] = await people(2);
    const first = await askToJoin(t.db, {
      groupId,
      userId: a!,
      agreementVersion: 1,
      intakeKey: key(),
    });
    const second = await askToJoin(t.db, {
      groupId,
      userId: b!,
      agreementVersion: 1,
      intakeKey: key(),
    });
    await leaveGroup(t.db, first.membershipId, groupId, 48 * HOUR);
    await expect(
      acceptOffer(t.db, second.membershipId, groupId, new Date(Date.now() + 49 * HOUR)),
    ).rejects.toMatchObject({ code: 'offer_expired' });
  });
});

describe('joining by policy', () => {
  it('asks for the current agreement, and refuses a second live request', async () => {
    const groupId = await makeGroup('agreement');
    const [a] = await people(1);
    await expect(
      askToJoin(t.db, { groupId, userId: a!, agreementVersion: null, intakeKey: key() }),
    ).rejects.toMatchObject({ code: 'agreement_required' });
    expect(await statusOf(groupId)).toEqual([]);
    await askToJoin(t.db, { groupId, userId: a!, agreementVersion: 1, intakeKey: key() });
    await expect(
      askToJoin(t.db, { groupId, userId: a!, agreementVersion: 1, intakeKey: key() }),
    ).rejects.toMatchObject({ code: 'already' });
  });

  it('refuses unpublished, closed and ended groups', async () => {
    const draft = await makeGroup('draft');
    await t.db.update(groups).set({ published: false }).where(eq(groups.id, draft));
    const closed = await makeGroup('closed', { status: 'temporarily_closed' });
    const [a] = await people(1);
    for (const groupId of [draft, closed]) {
      await expect(
        askToJoin(t.db, { groupId, userId: a!, agreementVersion: 1, intakeKey: key() }),
      ).rejects.toMatchObject({ code: 'closed' });
    }
  });

  it('approval: a request waits for a leader, who approves or declines with suggestions', async () => {
    const groupId = await makeGroup('approval', { policy: 'approval', capacity: 1 });
    const [leader, a, b, c] = await people(4);
    const ra = await askToJoin(t.db, {
      groupId,
      userId: a!,
      agreementVersion: 1,
      message: 'I lost my brother in March.',
      intakeKey: key(),
    });
    expect(ra.status).toBe('requested');
    expect(await seatsTaken(groupId)).toBe(0);
    const approved = await decide(t.db, {
      membershipId: ra.membershipId,
      groupId,
      leaderId: leader!,
      decision: 'approve',
    });
    expect(approved).toEqual({
      status: 'member',
      notices: [{ kind: 'approved', membershipId: ra.membershipId }],
    });
    // Full: approving the next request puts them on the waitlist.
    const rb = await askToJoin(t.db, {
      groupId,
      userId: b!,
      agreementVersion: 1,
      intakeKey: key(),
    });
    const waiting = await decide(t.db, {
      membershipId: rb.membershipId,
      groupId,
      leaderId: leader!,
      decision: 'approve',
    });
    expect(waiting.status).toBe('waitlisted');
    const rc = await askToJoin(t.db, {
      groupId,
      userId: c!,
      agreementVersion: 1,
      intakeKey: key(),
    });
    const declined = await decide(t.db, {
      membershipId: rc.membershipId,
      groupId,
      leaderId: leader!,
      decision: 'decline',
      note: 'This circle is for siblings.',
      referrals: ['another-group'],
    });
    expect(declined.status).toBe('declined');
    const [row] = await t.db.select().from(memberships).where(eq(memberships.id, rc.membershipId));
    expect(row).toMatchObject({
      decisionNote: 'This circle is for siblings.',
      referrals: ['another-group'],
    });
    // Screening is only for applications.
    await expect(
      decide(t.db, {
        membershipId: rb.membershipId,
        groupId,
        leaderId: leader!,
        decision: 'screening',
      }),
    ).rejects.toMatchObject({ code: 'not_allowed' });
  });

  it('application: answers are sealed, open only with the key, and bound to the application', async () => {
    const groupId = await makeGroup('therapy', {
      kind: 'therapy',
      policy: 'application',
      capacity: 8,
      therapy: { techniques: ['cbt'], screening: true, sessions: 8 },
    });
    const [a, b, therapist] = await people(3);
    const [q1] = await t.db
      .insert(intakeQuestions)
      .values({
        groupId,
        position: 1,
        type: 'long_text',
        prompt: 'What brings you?',
        required: false,
      })
      .returning({ id: intakeQuestions.id });
    const answer = 'Panic attacks since the spring';
    const ra = await askToJoin(t.db, {
      groupId,
      userId: a!,
      agreementVersion: 1,
      // An answer to a question the group does not ask is not kept.
      answers: { [q1!.id]: answer, 'not-a-question': 'kept nowhere' },
      intakeKey: key(),
    });
    expect(ra.status).toBe('applied');
    const [row] = await t.db.select().from(memberships).where(eq(memberships.id, ra.membershipId));
    expect(row?.intakeCiphertext).toMatch(/^v1\./);
    const text = (
      await queryRows<{ t: string }>(t.db, sql`SELECT memberships::text AS t FROM memberships`)
    )
      .map((r) => r.t)
      .join('\n');
    expect(text).not.toContain('Panic');
    expect(openIntake(key(), ra.membershipId, row!.intakeCiphertext!)).toEqual({
      [q1!.id]: answer,
    });
    expect(() =>
      openIntake(Buffer.alloc(32, 1), ra.membershipId, row!.intakeCiphertext!),
    ).toThrow();
    const rb = await askToJoin(t.db, {
      groupId,
      userId: b!,
      agreementVersion: 1,
      intakeKey: key(),
    });
    expect(() => openIntake(key(), rb.membershipId, row!.intakeCiphertext!)).toThrow();

    expect(
      (
        await decide(t.db, {
          membershipId: ra.membershipId,
          groupId,
          leaderId: therapist!,
          decision: 'screening',
        })
      ).status,
    ).toBe('screening');
    const accepted = await decide(t.db, {
      membershipId: ra.membershipId,
      groupId,
      leaderId: therapist!,
      decision: 'approve',
    });
    expect(accepted.notices[0]?.kind).toBe('accepted');
  });

  it('application: refuses answers that do not fit the questions, storing nothing', async () => {
    const groupId = await makeGroup('therapy-checked', {
      kind: 'therapy',
      policy: 'application',
      capacity: 8,
      therapy: { techniques: ['cbt'], screening: true, sessions: 8 },
    });
    const [person] = await people(1);
    const [q] = await t.db
      .insert(intakeQuestions)
      .values({ groupId, position: 1, type: 'yes_no', prompt: 'Are you in therapy now?' })
      .returning({ id: intakeQuestions.id });
    const ask = (answers: Record<string, string>) =>
      askToJoin(t.db, { groupId, userId: person!, agreementVersion: 1, answers, intakeKey: key() });
    await expect(ask({})).rejects.toMatchObject({ problems: { [q!.id]: 'required' } });
    await expect(ask({ [q!.id]: 'maybe' })).rejects.toMatchObject({
      problems: { [q!.id]: 'choice' },
    });
    const rows = await t.db.select().from(memberships).where(eq(memberships.groupId, groupId));
    expect(rows).toEqual([]);
    expect((await ask({ [q!.id]: 'yes' })).status).toBe('applied');
  });

  it('a leader removes a member with a reason kept for the leaders, and the seat passes on', async () => {
    const groupId = await makeGroup('remove', { capacity: 1 });
    const [leader, a, b] = await people(3);
    const ra = await askToJoin(t.db, {
      groupId,
      userId: a!,
      agreementVersion: 1,
      intakeKey: key(),
    });
    const rb = await askToJoin(t.db, {
      groupId,
      userId: b!,
      agreementVersion: 1,
      intakeKey: key(),
    });
    const notices = await removeMember(
      t.db,
      { membershipId: ra.membershipId, groupId, leaderId: leader!, reason: 'Repeated harassment' },
      HOUR,
    );
    expect(notices.map((n) => n.kind)).toEqual(['removed', 'offered']);
    expect(notices[1]?.membershipId).toBe(rb.membershipId);
    const [row] = await t.db.select().from(memberships).where(eq(memberships.id, ra.membershipId));
    expect(row).toMatchObject({ status: 'removed', removalReason: 'Repeated harassment' });
    // A removed person may not ask again by themselves; one who left may come back.
    await expect(
      askToJoin(t.db, { groupId, userId: a!, agreementVersion: 1, intakeKey: key() }),
    ).rejects.toMatchObject({ code: 'not_allowed' });
    await acceptOffer(t.db, rb.membershipId, groupId);
    await leaveGroup(t.db, rb.membershipId, groupId, HOUR);
    await expect(
      askToJoin(t.db, { groupId, userId: b!, agreementVersion: 1, intakeKey: key() }),
    ).resolves.toMatchObject({ status: 'member' });
  });
});
