import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupAgreements, groupLeaders, users } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { savedGroup, setStatus } from './test-fixtures.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

describe('My Gatherwell', () => {
  it('shows my standing in each group, my meetings with RSVP controls, and prompts', async () => {
    const me = await signedInUser(t);
    await t.db.update(users).set({ timezone: 'Europe/Madrid' }).where(eq(users.id, me.id));
    const joined = await savedGroup(t.db, { name: 'Joined circle' });
    const waiting = await savedGroup(t.db, { name: 'Waiting circle', policy: 'approval' });
    const offered = await savedGroup(t.db, {
      name: 'Offered group',
      kind: 'therapy',
      policy: 'application',
    });
    const declined = await savedGroup(t.db, { name: 'Declined group', policy: 'approval' });
    const suggested = await savedGroup(t.db, { name: 'Suggested circle' });
    const left = await savedGroup(t.db, { name: 'Left circle' });
    const resting = await savedGroup(t.db, {
      name: 'Resting circle',
      status: 'temporarily_closed',
    });
    await setStatus(t.db, joined.id, me.id, 'member', { agreementVersion: 1 });
    await setStatus(t.db, resting.id, me.id, 'member');
    await t.db.insert(groupAgreements).values([
      { groupId: joined.id, version: 1, body: 'Be kind.' },
      { groupId: joined.id, version: 2, body: 'Be kind. Keep names private.' },
    ]);
    await setStatus(t.db, waiting.id, me.id, 'requested');
    await setStatus(t.db, offered.id, me.id, 'offered', {
      offerExpiresAt: new Date('2030-01-02T17:00:00Z'),
    });
    await setStatus(t.db, declined.id, me.id, 'declined', {
      decisionNote: 'This group is full for the season.',
      referrals: [suggested.slug, 'no-such-group'],
    });
    await setStatus(t.db, left.id, me.id, 'left');
    const res = await me.client.get('/my');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const html = await res.text();
    expect(html).toContain('Joined circle</a>: Member');
    expect(html).toContain('Waiting circle</a>: Request sent');
    expect(html).toContain('Offered group</a>: A seat is offered to you');
    expect(html).toContain('Accept it on the group page before Wed, Jan 2, 6:00 pm');
    expect(html).toContain('This group is full for the season.');
    expect(html).toContain(`href="/groups/${suggested.slug}">Suggested circle</a>`);
    expect(html).not.toContain('no-such-group');
    expect(html).not.toContain('Left circle');
    expect(html).toContain('Joined circle has a new group agreement');
    // Meetings of the group I belong to, in my zone, with the going / not going control.
    expect(html).toContain('Central European');
    expect(html).toContain(`action="/groups/${joined.slug}/meetings/`);
    expect(html).not.toContain(`action="/groups/${waiting.slug}/meetings/`);
    // A temporarily closed group is still mine, but its dates are not happening.
    expect(html).toContain('Resting circle</a>: Member');
    expect(html).not.toContain(`action="/groups/${resting.slug}/meetings/`);
    expect(html).toMatch(/<a href="\/my" aria-current="page">My Gatherwell<\/a>/);
  });

  it('lists the groups I lead, with their meetings and a link to the leader tools', async () => {
    const leader = await signedInUser(t);
    const g = await savedGroup(t.db, { name: 'Led circle' });
    await t.db.insert(groupLeaders).values({ groupId: g.id, userId: leader.id, role: 'owner' });
    const html = await (await leader.client.get('/my')).text();
    expect(html).toContain('Groups I lead');
    expect(html).toContain('href="/lead"');
    expect(html).toContain('You lead this group');
    expect(html).not.toContain(`action="/groups/${g.slug}/meetings/`);
  });

  it('shows an administrator only their own page, and a visitor no link to it', async () => {
    const g = await savedGroup(t.db, { name: 'Somebody else circle' });
    const other = await signedInUser(t);
    await setStatus(t.db, g.id, other.id, 'member');
    const admin = await signedInUser(t, { role: 'admin' });
    const html = await (await admin.client.get('/my')).text();
    expect(html).toContain('You have not joined a group yet.');
    expect(html).not.toContain('Somebody else circle');
    const visitor = await (await new Client(t.app).get('/groups')).text();
    expect(visitor).not.toContain('href="/my"');
  });

  it('speaks Spanish', async () => {
    const me = await signedInUser(t);
    const html = await (await me.client.get('/my', { 'accept-language': 'es' })).text();
    expect(html).toContain('Mi Gatherwell');
    expect(html).toContain('Crear mi enlace de calendario');
  });
});
