import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { auditEvents, groupLeaders } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { scheduleMeasureRequests } from './requests.js';
import {
  answered,
  DAY,
  HOUR,
  measure,
  memberOf,
  therapistOf,
  therapyGroup,
} from './test-fixtures.js';

/**
 * Issue 20: the policy matrix over every measures route, for a visitor, the group's therapist,
 * another therapist, a co-leader who is not a professional, the member, another member and an
 * administrator. Administrators never read scores. A refused request changes nothing, and a
 * refused look at scores is audited.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

type Persona =
  | 'visitor'
  | 'therapist'
  | 'otherTherapist'
  | 'peerCoLeader'
  | 'member'
  | 'otherMember'
  | 'admin';
const PERSONAS: Persona[] = [
  'visitor',
  'therapist',
  'otherTherapist',
  'peerCoLeader',
  'member',
  'otherMember',
  'admin',
];

async function world() {
  const g = await therapyGroup(t, [
    new Date(Date.now() + 2 * HOUR),
    new Date(Date.now() + 9 * DAY),
  ]);
  const therapist = await therapistOf(t, g.id);
  const otherTherapist = await signedInUser(t, { professional: 'verified', twoFactor: true });
  const peer = await signedInUser(t, { name: 'Peer' });
  await t.db.insert(groupLeaders).values({ groupId: g.id, userId: peer.id, role: 'co_leader' });
  const member = await memberOf(t, g.id, 'Wren');
  const otherMember = await memberOf(t, g.id, 'Ash', false);
  const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
  await answered(t, g.id, member.id, 'phq9', new Date(Date.now() - 7 * DAY), 14);
  await measure(t, g.id, therapist.id, 'every', ['phq9']);
  expect(await scheduleMeasureRequests(t.db)).toBe(1);
  const [request] = await queryRows<{ id: string }>(
    t.db,
    sql`SELECT id FROM measure_requests WHERE user_id = ${member.id} AND answered_at IS NULL`,
  );
  const clients: Record<Persona, Client> = {
    visitor: new Client(t.app, '198.51.100.251'),
    therapist: therapist.client,
    otherTherapist: otherTherapist.client,
    peerCoLeader: peer.client,
    member: member.client,
    otherMember: otherMember.client,
    admin: admin.client,
  };
  return { g, request: request!.id, member, admin, clients };
}

type W = Awaited<ReturnType<typeof world>>;
type Row = {
  name: string;
  method: 'get' | 'post';
  path: (w: W) => string;
  body?: Record<string, string>;
  expect: Partial<Record<Persona, number>>;
  otherwise: number;
};

const own = (w: W) => `/groups/${w.g.slug}/measures`;
const lead = (w: W) => `/lead/${w.g.slug}/measures`;
// Question 9 at 0: this matrix is about who may answer, not the alert (measures-flow.test.ts).
const NINE = Object.fromEntries(
  Array.from({ length: 9 }, (_, i) => [`q${i + 1}`, i === 8 ? '0' : '1']),
);

// In order: the member answers their request before the rows that follow it; withdrawing last.
const ROUTES: Row[] = [
  {
    name: 'one’s own check-ins',
    method: 'get',
    path: own,
    expect: { member: 200, otherMember: 200 },
    otherwise: 403,
  },
  {
    name: 'agreeing',
    method: 'post',
    path: (w) => `${own(w)}/consent`,
    expect: { member: 303, otherMember: 303 },
    otherwise: 403,
  },
  {
    // Another member's request is not theirs: the same 404 as one that does not exist.
    name: 'a check-in form',
    method: 'get',
    path: (w) => `${own(w)}/${w.request}`,
    expect: { member: 200, otherMember: 404 },
    otherwise: 403,
  },
  {
    name: 'answering a check-in',
    method: 'post',
    path: (w) => `${own(w)}/${w.request}`,
    body: NINE,
    expect: { member: 303, otherMember: 404 },
    otherwise: 403,
  },
  {
    name: 'the group’s measures',
    method: 'get',
    path: lead,
    expect: { therapist: 200 },
    otherwise: 403,
  },
  {
    name: 'the schedule',
    method: 'post',
    path: (w) => `${lead(w)}/schedule`,
    body: { instruments: 'gad7', cadence: 'every_other' },
    expect: { therapist: 303 },
    otherwise: 403,
  },
  {
    name: 'a member’s scores',
    method: 'get',
    path: (w) => `${lead(w)}/${w.member.id}`,
    expect: { therapist: 200 },
    otherwise: 403,
  },
  {
    name: 'withdrawing',
    method: 'post',
    path: (w) => `${own(w)}/withdraw`,
    expect: { member: 303, otherMember: 303 },
    otherwise: 403,
  },
];

const counts = async () =>
  (
    await queryRows<{ n: string }>(
      t.db,
      sql`SELECT (SELECT count(*) FROM measure_responses) || '/' ||
                 (SELECT count(*) FROM measure_consents WHERE withdrawn_at IS NULL) || '/' ||
                 (SELECT count(*) FROM measure_requests WHERE cancelled_at IS NULL) || '/' ||
                 (SELECT string_agg(cadence || instruments::text, ',') FROM measure_schedules) AS n`,
    )
  )[0]?.n;

describe('the measures policy matrix', () => {
  let w: W;
  beforeAll(async () => {
    w = await world();
  });

  for (const row of ROUTES) {
    it(`${row.name}: ${PERSONAS.map((p) => `${p} ${p === 'visitor' ? 'signs in' : (row.expect[p] ?? row.otherwise)}`).join(', ')}`, async () => {
      for (const persona of PERSONAS) {
        const path = row.path(w);
        const before = await counts();
        const client = w.clients[persona];
        const res =
          row.method === 'get' ? await client.get(path) : await client.post(path, row.body ?? {});
        if (persona === 'visitor') {
          expect([302, 303], `${persona} ${row.method} ${path}`).toContain(res.status);
          expect(res.headers.get('location') ?? '').toContain('/sign-in');
        } else {
          expect(res.status, `${persona} ${row.method} ${path}`).toBe(
            row.expect[persona] ?? row.otherwise,
          );
          if (res.status === 200) expect(res.headers.get('cache-control')).toContain('no-store');
        }
        if (res.status >= 400 || persona === 'visitor')
          expect(await counts(), `${persona} changed nothing`).toBe(before);
      }
    });
  }

  it('audits every look at scores, allowed or refused; an administrator is refused', async () => {
    const events = await t.db
      .select({ action: auditEvents.action, actor: auditEvents.actorId })
      .from(auditEvents)
      .where(sql`${auditEvents.action} IN ('measures.read', 'measures.read_denied')`);
    const of = (action: string, actor: string) =>
      events.filter((e) => e.action === action && e.actor === actor).length;
    expect(of('measures.read_denied', w.admin.id)).toBe(2);
    expect(of('measures.read', w.admin.id)).toBe(0);
    // The therapist: the group's page twice (its page, and nothing else), the member once.
    const reads = await t.db
      .select({ type: auditEvents.targetType, target: auditEvents.targetId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'measures.read')));
    expect(reads).toContainEqual({ type: 'user', target: w.member.id });
    expect(reads).toContainEqual({ type: 'group', target: w.g.id });
  });

  it('an administrator who is also a verified professional leading the group never reads scores', async () => {
    const both = await signedInUser(t, {
      role: 'admin',
      twoFactor: true,
      professional: 'verified',
    });
    await t.db.insert(groupLeaders).values({ groupId: w.g.id, userId: both.id, role: 'co_leader' });
    expect((await both.client.get(lead(w))).status).toBe(403);
    expect((await both.client.get(`${lead(w)}/${w.member.id}`)).status).toBe(403);
    // The same person as a plain therapist would have been let in: the role is what refuses.
    expect((await w.clients.therapist.get(`${lead(w)}/${w.member.id}`)).status).toBe(200);
  });
});
