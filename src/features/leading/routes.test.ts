import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupLeaders, groupOccurrences, groups, memberships } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { pledgedLeader, supportForm } from './test-fixtures.js';

/**
 * Every route under /lead against every persona: who gets the page (or may post), who is sent
 * to sign in, and who is refused. A refused post changes nothing (checked by the journeys).
 */

let t: Awaited<ReturnType<typeof createTestApp>>;
type Persona = 'visitor' | 'member' | 'nonLeader' | 'coLeader' | 'owner' | 'therapist' | 'admin';
const clients = {} as Record<Persona, Client>;
let slug = '';
let meetingPath = '';
let pastPath = '';

beforeAll(async () => {
  t = await createTestApp();
  const owner = await pledgedLeader(t, { name: 'Route Owner' });
  const coLeader = await signedInUser(t);
  const member = await signedInUser(t);
  const nonLeader = await signedInUser(t);
  const therapist = await signedInUser(t, { professional: 'verified', twoFactor: true });
  const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
  const created = await owner.client.post('/lead/new', supportForm({ name: 'Route table circle' }));
  slug = /\/lead\/([^?]+)/.exec(created.headers.get('location') ?? '')![1]!;
  // Published, so that refusals are 403s: a draft answers 404 to anyone who may not see it
  // (membership/leaders.test.ts), which would hide what this table checks.
  const [g] = await t.db
    .update(groups)
    .set({ published: true })
    .where(eq(groups.slug, slug))
    .returning();
  await t.db
    .insert(groupLeaders)
    .values({ groupId: g!.id, userId: coLeader.id, role: 'co_leader' });
  await t.db.insert(memberships).values({
    groupId: g!.id,
    userId: member.id,
    status: 'member',
    arrival: sql`nextval('membership_arrival_seq')`,
  });
  const [next] = await t.db
    .select()
    .from(groupOccurrences)
    .where(eq(groupOccurrences.groupId, g!.id))
    .limit(1);
  meetingPath = `/lead/${slug}/meetings/${encodeURIComponent(next!.startsAt.toISOString())}`;
  pastPath = `/lead/${slug}/meetings/${encodeURIComponent(new Date(0).toISOString())}`;
  Object.assign(clients, {
    visitor: new Client(t.app, '198.51.100.250'),
    member: member.client,
    nonLeader: nonLeader.client,
    coLeader: coLeader.client,
    owner: owner.client,
    therapist: therapist.client,
    admin: admin.client,
  });
});
afterAll(() => t.close());

const ALL: Persona[] = ['member', 'nonLeader', 'coLeader', 'owner', 'therapist', 'admin'];
const LEADERS: Persona[] = ['coLeader', 'owner'];

/** [method, path, personas allowed]; every other signed-in persona gets 403, a visitor sign-in. */
const ROUTES: () => [string, string, Persona[], Record<string, string>?][] = () => [
  ['GET', '/lead', ALL],
  ['GET', '/lead/new', ALL],
  ['GET', `/lead/${slug}`, LEADERS],
  ['GET', `/lead/${slug}/edit`, LEADERS],
  ['POST', `/lead/${slug}`, LEADERS, { intent: 'preview' }],
  ['POST', `/lead/${slug}/state`, LEADERS, { change: 'close' }],
  ['GET', `/lead/${slug}/close`, LEADERS],
  ['GET', `/lead/${slug}/end`, ['owner']],
  ['GET', `/lead/${slug}/meetings`, LEADERS],
  ['POST', `${meetingPath}/cancel`, LEADERS, { note: 'x'.repeat(501) }],
  ['POST', `${meetingPath}/move`, LEADERS, { date: 'no' }],
  ['GET', `/lead/${slug}/attendance`, LEADERS],
  ['GET', `/lead/${slug}/leaders`, LEADERS],
  ['POST', `/lead/${slug}/leaders/invite`, ['owner'], { email: 'not an address' }],
  ['POST', `/lead/${slug}/leaders/step-down`, ['coLeader'], {}],
  ['POST', `/lead/${slug}/leaders/nobody/remove`, ['owner'], {}],
  ['GET', `/lead/${slug}/intake`, []],
  ['POST', `/lead/${slug}/intake`, [], { type: 'yes_no', prompt: 'Ready?' }],
];

/** What an allowed persona gets: a page, a form re-rendered with its problem, or a redirect. */
const OK = [200, 303, 400, 404];

describe('every leaders’ route checks its policy', () => {
  it('sends a visitor to sign in everywhere', async () => {
    for (const [method, path, , body] of ROUTES()) {
      const res =
        method === 'GET'
          ? await clients.visitor.get(path)
          : await clients.visitor.post(path, body ?? {});
      expect(res.status, `${method} ${path}`).toBe(303);
      expect(res.headers.get('location'), `${method} ${path}`).toBe(
        method === 'GET' ? `/sign-in?next=${encodeURIComponent(path)}` : '/sign-in',
      );
    }
  });

  it('lets the allowed personas in and refuses the others', async () => {
    for (const [method, path, allowed, body] of ROUTES()) {
      // The step-down route is checked last for the co-leader (it ends their leading).
      for (const persona of ALL) {
        if (persona === 'coLeader' && path.endsWith('/step-down')) continue;
        const client = clients[persona];
        const res = method === 'GET' ? await client.get(path) : await client.post(path, body ?? {});
        const label = `${persona} ${method} ${path}`;
        if (allowed.includes(persona)) expect(OK, label).toContain(res.status);
        else expect(res.status, label).toBe(403);
        if (persona !== 'visitor') expect(res.headers.get('cache-control'), label).toBe('no-store');
      }
    }
    const stepped = await clients.coLeader.post(`/lead/${slug}/leaders/step-down`, {});
    expect(stepped.status).toBe(303);
    expect((await clients.coLeader.get(`/lead/${slug}`)).status).toBe(403);
  });

  it('keeps attendance to meetings that have started', async () => {
    expect((await clients.owner.get(meetingPath)).status).toBe(404);
    expect((await clients.owner.get(pastPath)).status).toBe(404);
    expect((await clients.member.get(meetingPath)).status).toBe(403);
  });

  it('answers 404 for a group that does not exist', async () => {
    expect((await clients.owner.get('/lead/no-such-group')).status).toBe(404);
  });
});
