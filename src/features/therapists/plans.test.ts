import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupLeaders } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { setStatus } from '../attending/test-fixtures.js';
import { parsePlan } from './plans.js';
import { therapyGroup } from './test-fixtures.js';

/**
 * Issue 20, item 2: session plans. The policy matrix over every plan route; a series of eight
 * weekly sessions dated from its schedule; a plan saved, refused when it is not one, and the
 * next session's plan on the group page for members only, and only once it is shared.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

const tomorrow = DateTime.now().setZone('America/New_York').plus({ days: 1 }).toISODate() ?? '';

async function world() {
  const g = await therapyGroup(t.db, {
    sessions: 8,
    schedules: [
      {
        kind: 'series',
        days: [DateTime.fromISO(tomorrow).weekday % 7],
        interval: 1,
        count: 8,
        startDate: tomorrow,
        startTime: '18:00',
        durationMinutes: 90,
        timezone: 'America/New_York',
      },
    ] as never,
  });
  const therapist = await signedInUser(t, {
    name: 'Dr Adeyemi',
    professional: 'verified',
    twoFactor: true,
  });
  await t.db.insert(groupLeaders).values({ groupId: g.id, userId: therapist.id, role: 'owner' });
  const coLeader = await signedInUser(t, { name: 'Peer co-leader' });
  await t.db.insert(groupLeaders).values({ groupId: g.id, userId: coLeader.id, role: 'co_leader' });
  const other = await signedInUser(t, {
    name: 'Dr Other',
    professional: 'verified',
    twoFactor: true,
  });
  const member = await signedInUser(t, { name: 'Kestrel' });
  await setStatus(t.db, g.id, member.id, 'member');
  const stranger = await signedInUser(t, { name: 'Stranger' });
  const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
  return { g, therapist, coLeader, other, member, stranger, admin, plans: `/lead/${g.slug}/plans` };
}

describe('session plans', () => {
  it('only the group’s therapists reach the plans; nobody else changes them', async () => {
    const w = await world();
    const routes: [string, 'get' | 'post', string, Record<string, string>?][] = [
      ['list', 'get', w.plans],
      ['form', 'get', `${w.plans}/3`],
      ['save', 'post', `${w.plans}/3`, { title: 'Thoughts and feelings' }],
      ['delete', 'post', `${w.plans}/3/delete`],
    ];
    for (const [name, method, path, body] of routes) {
      for (const [who, person, expected] of [
        ['another therapist', w.other, 403],
        ['a co-leader who is not a professional', w.coLeader, 403],
        ['a member', w.member, 403],
        ['someone else', w.stranger, 403],
        ['an administrator', w.admin, 403],
      ] as const) {
        const res =
          method === 'get'
            ? await person.client.get(path)
            : await person.client.post(path, body ?? {});
        expect(res.status, `${who}: ${name}`).toBe(expected);
      }
      const anon = new Client(t.app, '198.51.100.201');
      const res = method === 'get' ? await anon.get(path) : await anon.post(path, body ?? {});
      expect(res.status, `a visitor: ${name}`).toBe(303);
      expect(res.headers.get('location') ?? '').toContain('/sign-in');
    }
    const list = await w.therapist.client.get(w.plans);
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html.match(/<li class="plan-line">/g)).toHaveLength(8);
    expect(html).toContain('Session 8');
    expect(html).not.toContain('Session 9');
  });

  it('saves a plan, refuses one with no title, and shows the next shared plan to members only', async () => {
    const w = await world();
    const bad = await w.therapist.client.post(`${w.plans}/1`, { title: ' ', goals: 'x' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Give the session a title');
    const plan = {
      title: 'Getting started',
      goals: 'Know each other and the group’s agreement.',
      technique: 'CBT, module 1',
      agenda: 'Welcome\nThe agreement\nWhat brings you here',
      materials: 'Read https://example.org/worksheet-1 before we meet.',
    };
    expect((await w.therapist.client.post(`${w.plans}/1`, plan)).status).toBe(303);
    const page = `/groups/${w.g.slug}`;
    // Saved but not shared: nobody sees it on the group page.
    expect(await (await w.member.client.get(page)).text()).not.toContain('Getting started');
    await w.therapist.client.post(`${w.plans}/1`, { ...plan, shared: 'on' });
    const seen = await (await w.member.client.get(page)).text();
    expect(seen).toContain('Next session (1 of 8): Getting started');
    expect(seen).toContain('<li>The agreement</li>');
    expect(seen).toContain('href="https://example.org/worksheet-1"');
    expect(await (await w.stranger.client.get(page)).text()).not.toContain('Getting started');
    expect(await (await new Client(t.app, '198.51.100.202').get(page)).text()).not.toContain(
      'Getting started',
    );
    expect((await w.therapist.client.post(`${w.plans}/1/delete`, {})).status).toBe(303);
    expect(await (await w.member.client.get(page)).text()).not.toContain('Getting started');
  });
});

describe('what a plan may be', () => {
  it.each([
    [1, { title: 'Fine' }, []],
    [0, { title: 'Fine' }, ['number']],
    [201, { title: 'Fine' }, ['number']],
    [2, { title: '' }, ['title']],
    [2, { title: 't'.repeat(121) }, ['title']],
    [2, { title: 'Fine', goals: 'g'.repeat(2001) }, ['long']],
    [
      2,
      { title: 'Fine', agenda: Array.from({ length: 21 }, (_, i) => `item ${i}`).join('\n') },
      ['long'],
    ],
  ] as const)('session %i, %j: %j', (n, body, errors) => {
    const parsed = parsePlan(n, body as Record<string, string>);
    expect(parsed.ok ? [] : parsed.errors).toEqual(errors);
  });
});
