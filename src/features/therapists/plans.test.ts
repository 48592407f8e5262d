import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupLeaders } from '../../db/schema/index.js';
import { toStoredSchedule } from '../../shared/schedule/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { setStatus } from '../attending/test-fixtures.js';
import type { ScheduleInput } from '../directory/model.js';
import { nextSharedPlan, parsePlan, sessionDates, sessionsOf } from './plans.js';
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

/*
 * Session n is the n-th meeting the group actually holds: every schedule's meetings in order, a
 * moved one at its new time (changeMeeting stores it as a one-off schedule and its old date as
 * an exception), a cancelled one left out. Times are 18:00 in New York unless given.
 */
const ZONE = 'America/New_York';
const series = (o: Partial<ScheduleInput> = {}): ScheduleInput => ({
  kind: 'series',
  days: [2],
  interval: 1,
  count: 8,
  startDate: '2030-01-08',
  startTime: '18:00',
  durationMinutes: 90,
  timezone: ZONE,
  ...o,
});
const once = (date: string, time = '18:00'): ScheduleInput => ({
  kind: 'once',
  startDate: date,
  startTime: time,
  durationMinutes: 90,
  timezone: ZONE,
});
const TUESDAYS = ['01-08', '01-15', '01-22', '01-29', '02-05', '02-12', '02-19', '02-26'];
const at = (days: string[]) => days.map((d) => (d.includes(' ') ? d : `${d} 18:00`));

describe('which meeting is session n', () => {
  it.each([
    ['a weekly series of eight', [series()], null, at(TUESDAYS), 8],
    [
      'the second moved to the morning after the first: numbers unchanged',
      [series({ exceptions: ['2030-01-15'] }), once('2030-01-09', '08:00')],
      null,
      at(['01-08', '01-09 08:00', ...TUESDAYS.slice(2)]),
      8,
    ],
    [
      'the fourth moved to the Thursday: it keeps its number at its new time',
      [series({ exceptions: ['2030-01-29'] }), once('2030-01-31')],
      null,
      at([...TUESDAYS.slice(0, 3), '01-31', ...TUESDAYS.slice(4)]),
      8,
    ],
    [
      'the third cancelled: the fourth meeting is session 3, and there are seven',
      [series({ exceptions: ['2030-01-22'] })],
      null,
      at([...TUESDAYS.slice(0, 2), ...TUESDAYS.slice(3)]),
      7,
    ],
    [
      'the third cancelled in a listing of eight sessions: still of 8, the eighth undated',
      [series({ exceptions: ['2030-01-22'] })],
      8,
      at([...TUESDAYS.slice(0, 2), ...TUESDAYS.slice(3)]),
      8,
    ],
    [
      'a second schedule (Thursdays, four): merged in order',
      [series(), series({ days: [4], count: 4, startDate: '2030-01-10' })],
      null,
      at([
        '01-08',
        '01-10',
        '01-15',
        '01-17',
        '01-22',
        '01-24',
        '01-29',
        '01-31',
        ...TUESDAYS.slice(4),
      ]),
      12,
    ],
    [
      'the second schedule’s first meeting moved before the series starts: it is session 1',
      [
        series(),
        series({ days: [4], count: 2, startDate: '2030-01-03', exceptions: ['2030-01-03'] }),
        once('2030-01-07'),
      ],
      null,
      at(['01-07', '01-08', '01-10', ...TUESDAYS.slice(1)]),
      10,
    ],
    [
      'an ongoing weekly group with one cancelled: no count, the numbers close up',
      [series({ kind: 'weekly', count: undefined, exceptions: ['2030-01-15'] })],
      null,
      at(['01-08', '01-22', '01-29']),
      null,
    ],
    [
      'an ongoing group in a listing of six sessions: six',
      [series({ kind: 'weekly', count: undefined })],
      6,
      at(TUESDAYS.slice(0, 6)),
      6,
    ],
  ] as const)('%s', (_name, schedules, declared, expected, total) => {
    const { dates, series: of } = sessionsOf(
      schedules.map((s) => toStoredSchedule(s as ScheduleInput)),
      declared,
      new Date(Date.UTC(2031, 0, 1)),
    );
    const local = dates.map((d) =>
      DateTime.fromJSDate(d.start).setZone(ZONE).toFormat('MM-dd HH:mm'),
    );
    expect(total === null ? local.slice(0, expected.length) : local).toEqual(expected);
    expect(of).toBe(total);
  });

  it('a moved and a cancelled meeting, through the meetings page: plans, the group page and the next session agree', async () => {
    const w = await world();
    for (const n of [1, 2, 3])
      await w.therapist.client.post(`${w.plans}/${n}`, { title: `Plan ${n}`, shared: 'on' });
    const before = (await sessionDates(t.db, w.g.id)).dates;
    const meeting = (d: Date) =>
      `/lead/${w.g.slug}/meetings/${encodeURIComponent(d.toISOString())}`;
    const morning = DateTime.fromJSDate(before[0]!.start).setZone(ZONE).plus({ days: 1 });
    const move = await w.therapist.client.post(`${meeting(before[1]!.start)}/move`, {
      date: morning.toISODate()!,
      time: '08:00',
      note: '',
    });
    expect(move.status).toBe(303);
    const page = `/groups/${w.g.slug}`;
    expect(await (await w.member.client.get(page)).text()).toContain(
      'Next session (1 of 8): Plan 1',
    );
    const moved = await sessionDates(t.db, w.g.id);
    expect(moved.series).toBe(8);
    expect(moved.dates.map((d) => d.start.getTime())).toEqual([
      before[0]!.start.getTime(),
      morning.set({ hour: 8 }).toMillis(),
      ...before.slice(2).map((d) => d.start.getTime()),
    ]);
    const list = await (await w.therapist.client.get(w.plans)).text();
    expect(list.match(/<li class="plan-line">/g)).toHaveLength(8);
    expect(list).not.toContain('no meeting scheduled');
    // Once the first has ended, the next session is the moved one, still session 2.
    const after = new Date(before[0]!.end.getTime() + 60_000);
    expect(await nextSharedPlan(t.db, w.g.id, after)).toMatchObject({
      plan: { number: 2 },
      at: moved.dates[1]!.start,
      of: 8,
    });

    // The third cancelled: the fourth meeting holds session 3; the listing's eighth is undated.
    expect(
      (await w.therapist.client.post(`${meeting(before[2]!.start)}/cancel`, { note: '' })).status,
    ).toBe(303);
    const cancelled = await sessionDates(t.db, w.g.id);
    expect(cancelled.dates.map((d) => d.start.getTime())).toEqual(
      moved.dates.filter((_, i) => i !== 2).map((d) => d.start.getTime()),
    );
    const third = new Date(moved.dates[1]!.end.getTime() + 60_000);
    expect(await nextSharedPlan(t.db, w.g.id, third)).toMatchObject({
      plan: { number: 3 },
      at: before[3]!.start,
    });
    const last = await (await w.therapist.client.get(w.plans)).text();
    expect(last.match(/no meeting scheduled/g)).toHaveLength(1);
  });
});
