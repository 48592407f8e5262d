import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupAgreements, groups, users } from '../../db/schema/index.js';
import { signedInUser, TEST_PASSWORD } from '../../test/accounts.js';
import { Client, lastMail } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { directoryChanged } from '../directory/search-index.js';
import { group } from '../directory/test-group.js';
import { membershipFixtures, TEST_APP, VIDEO } from './test-fixtures.js';

// The person's side of a group: joining, waiting, leaving, what members see and are sent.

let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp(TEST_APP);
});
afterAll(async () => {
  await t.close();
});

const { makeGroup, statusOf } = membershipFixtures(() => t);

describe('joining a drop-in group', () => {
  it('shows visitors how to join, never the members-only link or the member count', async () => {
    await makeGroup('visitors');
    const res = await new Client(t.app).get('/groups/visitors');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Joining this group');
    expect(html).toContain('/sign-in?next=%2Fgroups%2Fvisitors%23join');
    expect(html).not.toContain(VIDEO);
    expect(html).not.toMatch(/\d+ members?\b/);
  });

  it('signing in from the panel comes back to the group', async () => {
    const person = await signedInUser(t);
    const fresh = new Client(t.app);
    const res = await fresh.post('/sign-in?next=%2Fgroups%2Fvisitors%23join', {
      email: person.email,
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/groups/visitors#join');
    const outside = await fresh.post('/sign-in?next=https%3A%2F%2Fevil.example', {
      email: person.email,
      password: TEST_PASSWORD,
    });
    expect(outside.headers.get('location')).toBe('/account');
  });

  it('refuses a join without the agreement, changing nothing', async () => {
    const groupId = await makeGroup('needs-agreement');
    const person = await signedInUser(t);
    const res = await person.client.post('/groups/needs-agreement/join', {});
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Tick the box to accept the group’s agreement');
    expect(await statusOf(groupId, person.id)).toBeUndefined();
  });

  it('refuses an over-long request message and a made-up answer to an offer, changing nothing', async () => {
    const groupId = await makeGroup('strict', { policy: 'approval' });
    const person = await signedInUser(t);
    const long = await person.client.post('/groups/strict/join', {
      agreement: '1',
      message: 'x'.repeat(2001),
    });
    expect(long.status).toBe(400);
    expect(await long.text()).toContain('Keep the message under 2,000 characters');
    expect(await statusOf(groupId, person.id)).toBeUndefined();
    const offer = await person.client.post('/groups/strict/offer', { answer: 'maybe' });
    expect(offer.status).toBe(400);
    expect(await statusOf(groupId, person.id)).toBeUndefined();
  });

  it('joins with the agreement; the member then sees the link and the count, and is mailed', async () => {
    const groupId = await makeGroup('drop-in');
    const person = await signedInUser(t);
    // A Londoner: the welcome says when to come on their clock, and on the group's.
    await t.db.update(users).set({ timezone: 'Europe/London' }).where(eq(users.id, person.id));
    const res = await person.client.post('/groups/drop-in/join', { agreement: '1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/groups/drop-in?done=joined#join');
    expect(await statusOf(groupId, person.id)).toBe('member');
    const html = await (await person.client.get('/groups/drop-in?done=joined')).text();
    expect(html).toContain('you joined the group');
    expect(html).toContain(VIDEO);
    expect(html).toContain('1 member');
    const welcome = await lastMail(t.db, person.email);
    // The subject never names the group (a mailbox preview can be seen by others); the body does.
    expect(welcome?.subject).toBe('You joined a group · Gatherwell');
    expect(welcome?.text).toContain('Welcome to Circle drop-in');
    expect(welcome?.text).toMatch(
      /Your first meeting: \w{3}, \w{3} \d+, 11:30 pm, United Kingdom Time \(Tue, \w{3} \d+, 6:30 pm E[SD]T where the group meets\)\./,
    );
    // Someone else still sees neither.
    const other = await signedInUser(t);
    const theirs = await (await other.client.get('/groups/drop-in')).text();
    expect(theirs).not.toContain(VIDEO);
    expect(theirs).not.toContain('1 member');
  });

  it('an approximate place keeps its venue and street address for members', async () => {
    const base = group({ slug: 'x', name: 'x' }).location!;
    await makeGroup('at-home', {
      name: 'Linden evening circle',
      location: { ...base, venue: 'The Okafor home', address: '12 Linden Row', approximate: true },
    });
    const visitor = new Client(t.app);
    for (const path of [
      '/groups/at-home',
      '/api/v1/groups/at-home',
      '/groups/at-home.ics',
      '/groups?q=linden',
      '/api/v1/groups?q=linden',
      '/api/v1/meeting-guide.json',
    ]) {
      const text = await (await visitor.get(path)).text();
      expect(text, path).not.toContain('12 Linden Row');
      expect(text, path).not.toContain('Okafor');
    }
    const person = await signedInUser(t);
    await person.client.post('/groups/at-home/join', { agreement: '1' });
    const page = await (await person.client.get('/groups/at-home')).text();
    expect(page).toContain('12 Linden Row');
    expect(page).toContain('The Okafor home');
  });

  it('tells the API only whether a support group has a seat, never how many', async () => {
    const groupId = await makeGroup('small-circle', { capacity: 5 });
    for (let i = 0; i < 2; i++) {
      const person = await signedInUser(t);
      await person.client.post('/groups/small-circle/join', { agreement: '1' });
    }
    const api = await (await new Client(t.app).get('/api/v1/groups/small-circle')).json();
    expect(api.capacity).toBe(5);
    expect(api.seatsLeft).toBeNull();
    expect(api.seatsAvailable).toBe(true);
    await t.db.update(groups).set({ seatsTaken: 5 }).where(eq(groups.id, groupId));
    directoryChanged(t.db);
    const full = await (await new Client(t.app).get('/api/v1/groups/small-circle')).json();
    expect(full.seatsAvailable).toBe(false);
    expect(full.seatsLeft).toBeNull();
  });

  it('shows fellow members’ names only when the group opts in', async () => {
    const groupId = await makeGroup('names');
    const a = await signedInUser(t, { name: 'Sparrow' });
    const b = await signedInUser(t, { name: 'Heron' });
    await a.client.post('/groups/names/join', { agreement: '1' });
    await b.client.post('/groups/names/join', { agreement: '1' });
    expect(await (await a.client.get('/groups/names')).text()).not.toContain('Heron');
    await t.db.update(groups).set({ showMemberNames: true }).where(eq(groups.id, groupId));
    expect(await (await a.client.get('/groups/names')).text()).toContain('Heron');
    const outsider = await signedInUser(t);
    expect(await (await outsider.client.get('/groups/names')).text()).not.toContain('Heron');
  });

  it('leaving frees the seat for the first person waiting, who is offered it', async () => {
    const groupId = await makeGroup('one-seat', { capacity: 1 });
    const a = await signedInUser(t);
    const b = await signedInUser(t);
    await a.client.post('/groups/one-seat/join', { agreement: '1' });
    const waiting = await b.client.post('/groups/one-seat/join', { agreement: '1' });
    expect(waiting.headers.get('location')).toContain('done=waitlisted');
    expect(await (await b.client.get('/groups/one-seat')).text()).toContain(
      'number 1 on the waitlist',
    );
    expect((await a.client.get('/groups/one-seat/leave')).status).toBe(200);
    await a.client.post('/groups/one-seat/leave', {});
    expect(await statusOf(groupId, b.id)).toBe('offered');
    expect((await lastMail(t.db, b.email))?.subject).toContain('A seat is free for you');
    const took = await b.client.post('/groups/one-seat/offer', { answer: 'accept' });
    expect(took.headers.get('location')).toContain('done=seat');
    expect(await statusOf(groupId, b.id)).toBe('member');
  });

  it('a member’s data export lists their groups; deleting the account passes their seat on', async () => {
    const groupId = await makeGroup('privacy-seat', { capacity: 1 });
    const a = await signedInUser(t);
    const b = await signedInUser(t);
    await a.client.post('/groups/privacy-seat/join', { agreement: '1' });
    await b.client.post('/groups/privacy-seat/join', { agreement: '1' });
    const exported = await (await a.client.post('/account/export', {})).json();
    expect(exported.groups).toEqual([
      expect.objectContaining({ slug: 'privacy-seat', status: 'member', intakeAnswers: null }),
    ]);
    const gone = await a.client.post('/account/delete', {
      password: TEST_PASSWORD,
      confirm: 'yes',
    });
    expect(gone.status).toBe(200);
    expect(await statusOf(groupId, a.id)).toBeUndefined();
    expect(await statusOf(groupId, b.id)).toBe('offered');
    const [g] = await t.db
      .select({ n: groups.seatsTaken })
      .from(groups)
      .where(eq(groups.id, groupId));
    expect(g?.n).toBe(1);
  });

  it('notices follow the person’s choice and carry a one-click unsubscribe; a held seat is always told', async () => {
    await makeGroup('quiet', { capacity: 1 });
    const a = await signedInUser(t);
    const b = await signedInUser(t);
    await a.client.post('/groups/quiet/join', { agreement: '1' });
    const joined = await lastMail(t.db, a.email);
    expect(joined?.text).toMatch(/\/unsubscribe\/\S+/);
    await t.db
      .update(users)
      .set({ notifications: { groupNotices: false } })
      .where(eq(users.id, b.id));
    await b.client.post('/groups/quiet/join', { agreement: '1' });
    expect((await lastMail(t.db, b.email))?.subject ?? '').not.toContain('waitlist');
    expect((await lastMail(t.db, a.email))?.subject).toBe('You joined a group · Gatherwell');
    await a.client.post('/groups/quiet/leave', {});
    expect((await lastMail(t.db, b.email))?.subject).toContain('A seat is free for you');
  });

  it('asks members to accept a changed agreement', async () => {
    const groupId = await makeGroup('new-agreement');
    const a = await signedInUser(t);
    await a.client.post('/groups/new-agreement/join', { agreement: '1' });
    await t.db.insert(groupAgreements).values({ groupId, version: 2, body: 'New words.' });
    expect(await (await a.client.get('/groups/new-agreement')).text()).toContain(
      'The group changed its agreement',
    );
    expect(
      (await a.client.post('/groups/new-agreement/agreement', { agreement: '1' })).status,
    ).toBe(400);
    await a.client.post('/groups/new-agreement/agreement', { agreement: '2' });
    expect(await (await a.client.get('/groups/new-agreement')).text()).not.toContain(
      'The group changed its agreement',
    );
  });
});

describe('forms that send mail', () => {
  it('take at most ten join requests an hour from one person', async () => {
    await makeGroup('revolving', { policy: 'approval' });
    const person = await signedInUser(t);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await person.client.post('/groups/revolving/join', { agreement: '1' })).status,
      );
      await person.client.post('/groups/revolving/leave', {});
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(303));
    expect(statuses[10]).toBe(429);
  });
});
