import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupLeaders, groupOccurrences, groups, rsvps } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { goingCounts } from './rsvp.js';
import { savedGroup, setStatus } from './test-fixtures.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

async function nextMeeting(groupId: string) {
  const [o] = await t.db
    .select({ startsAt: groupOccurrences.startsAt })
    .from(groupOccurrences)
    .where(and(eq(groupOccurrences.groupId, groupId), gt(groupOccurrences.startsAt, new Date())))
    .orderBy(asc(groupOccurrences.startsAt))
    .limit(1);
  return o!.startsAt;
}

const rsvpPath = (slug: string, at: Date) => `/groups/${slug}/meetings/${at.toISOString()}/rsvp`;

/** A group with a person in each role the policies tell apart. */
async function groupWithEveryone() {
  const g = await savedGroup(t.db, { policy: 'approval' });
  const [member, requested, stranger, leader, admin] = [
    await signedInUser(t),
    await signedInUser(t),
    await signedInUser(t),
    await signedInUser(t),
    await signedInUser(t, { role: 'admin' }),
  ];
  await setStatus(t.db, g.id, member.id, 'member');
  await setStatus(t.db, g.id, requested.id, 'requested');
  await t.db.insert(groupLeaders).values({ groupId: g.id, userId: leader.id, role: 'owner' });
  return { g, member, requested, stranger, leader, admin, at: await nextMeeting(g.id) };
}

const answerOf = async (groupId: string, userId: string) =>
  (
    await t.db
      .select({ going: rsvps.going })
      .from(rsvps)
      .where(and(eq(rsvps.groupId, groupId), eq(rsvps.userId, userId)))
  )[0]?.going;

describe('RSVP', () => {
  it('lets a member say going, then not going, and comes back with a notice', async () => {
    const { g, member, at } = await groupWithEveryone();
    const res = await member.client.post(rsvpPath(g.slug, at), { going: 'yes' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/groups/${g.slug}?rsvp=yes#meeting-${at.getTime()}`);
    expect(await answerOf(g.id, member.id)).toBe(true);
    const page = await (await member.client.get(`/groups/${g.slug}?rsvp=yes`)).text();
    expect(page).toContain('the leaders will know you plan to come');
    expect(page).toContain('You said you are going.');
    expect(page).toContain(`action="${rsvpPath(g.slug, at)}"`);
    const again = await member.client.post(rsvpPath(g.slug, at), { going: 'no', back: '/my' });
    expect(again.headers.get('location')).toBe(`/my?rsvp=no#meeting-${at.getTime()}`);
    expect(await answerOf(g.id, member.id)).toBe(false);
  });

  it('refuses visitors, non-members, requests, leaders and administrators', async () => {
    const { g, requested, stranger, leader, admin, at } = await groupWithEveryone();
    const visitor = await new Client(t.app).post(rsvpPath(g.slug, at), { going: 'yes' });
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toBe('/sign-in');
    for (const who of [requested, stranger, leader, admin]) {
      const res = await who.client.post(rsvpPath(g.slug, at), { going: 'yes' });
      expect(res.status).toBe(403);
      expect(await answerOf(g.id, who.id)).toBeUndefined();
    }
  });

  it('shows the control to members only', async () => {
    const { g, member, requested, leader } = await groupWithEveryone();
    expect(await (await member.client.get(`/groups/${g.slug}`)).text()).toContain('value="yes"');
    for (const who of [requested, leader]) {
      const page = await (await who.client.get(`/groups/${g.slug}`)).text();
      expect(page).not.toContain('/rsvp"');
    }
    expect(await (await new Client(t.app).get(`/groups/${g.slug}`)).text()).not.toContain('/rsvp"');
  });

  it('changes nothing for a time that is not a meeting, or a bad answer', async () => {
    const { g, member, at } = await groupWithEveryone();
    const notAMeeting = new Date(at.getTime() + 60_000);
    const wrong = await member.client.post(rsvpPath(g.slug, notAMeeting), { going: 'yes' });
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain('may have been cancelled or moved');
    const bad = await member.client.post(rsvpPath(g.slug, at), { going: 'maybe' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choose &quot;Going&quot; or &quot;Not going&quot;');
    expect(await answerOf(g.id, member.id)).toBeUndefined();
    const past = await member.client.post(rsvpPath(g.slug, new Date(Date.now() - 86_400_000)), {
      going: 'yes',
    });
    expect(past.status).toBe(404);
  });

  it('answers 404 for an unpublished group, even to its member', async () => {
    const { g, member, at } = await groupWithEveryone();
    await t.db.update(groups).set({ published: false }).where(eq(groups.id, g.id));
    expect((await member.client.post(rsvpPath(g.slug, at), { going: 'yes' })).status).toBe(404);
  });

  it('counts "going" per meeting for the leaders, members only', async () => {
    const { g, member, requested, at } = await groupWithEveryone();
    const other = await signedInUser(t);
    await setStatus(t.db, g.id, other.id, 'member');
    await member.client.post(rsvpPath(g.slug, at), { going: 'yes' });
    await other.client.post(rsvpPath(g.slug, at), { going: 'no' });
    // An answer left behind by someone who is no longer a member does not count.
    await t.db
      .insert(rsvps)
      .values({ groupId: g.id, userId: requested.id, startsAt: at, going: true });
    const counts = await goingCounts(
      t.db,
      g.id,
      new Date(),
      new Date(Date.now() + 30 * 86_400_000),
    );
    expect(counts.get(at.getTime())).toBe(1);
  });
});
