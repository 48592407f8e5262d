import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '../../features/directory/model.js';
import { toScheduleInput, toStoredSchedule } from './convert.js';
import { formatRRule, parseRRule, ScheduleError } from './rrule.js';

const base = {
  startDate: '2027-03-01', // a Monday
  startTime: '18:30',
  durationMinutes: 90,
  timezone: 'America/New_York',
} as const;

const inputs: Record<string, ScheduleInput> = {
  weekly: {
    ...base,
    kind: 'weekly',
    days: [4, 2],
    endDate: '2027-12-31',
    exceptions: ['2027-03-09'],
  },
  fortnightly: { ...base, kind: 'weekly', days: [2], interval: 2 },
  monthlyNth: { ...base, kind: 'monthly_nth', weekday: 5, nth: -1, interval: 1 },
  monthlySecond: {
    ...base,
    kind: 'monthly_nth',
    weekday: 3,
    nth: 2,
    interval: 3,
    endDate: '2028-06-30',
  },
  monthlyDate: { ...base, kind: 'monthly_date', monthDay: 31, interval: 1 },
  once: { ...base, kind: 'once' },
  series: { ...base, kind: 'series', days: [1], count: 10, interval: 1 },
};

describe('toStoredSchedule', () => {
  it('writes the rules and moves DTSTART to the first meeting', () => {
    const s = (k: string) => toStoredSchedule(inputs[k]!);
    expect(s('weekly')).toEqual({
      rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;UNTIL=20280101T045959Z',
      dtstart: '2027-03-02T18:30',
      timezone: 'America/New_York',
      durationMinutes: 90,
      exdates: ['2027-03-09'],
    });
    expect(s('fortnightly').rrule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
    expect(s('monthlyNth')).toMatchObject({
      rrule: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR',
      dtstart: '2027-03-26T18:30',
    });
    expect(s('monthlySecond').rrule).toBe(
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE;UNTIL=20280701T035959Z',
    );
    expect(s('monthlyDate')).toMatchObject({
      rrule: 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31',
      dtstart: '2027-03-31T18:30',
    });
    expect(s('once')).toMatchObject({ rrule: null, dtstart: '2027-03-01T18:30' });
    expect(s('series')).toMatchObject({
      rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=10',
      dtstart: '2027-03-01T18:30',
    });
  });

  it('finds a monthly DTSTART in a later month when this month’s has passed', () => {
    const s = toStoredSchedule({
      ...base,
      kind: 'monthly_nth',
      weekday: 3,
      nth: 1,
      startDate: '2027-03-15',
    });
    expect(s.dtstart).toBe('2027-04-07T18:30');
    const d = toStoredSchedule({
      ...base,
      kind: 'monthly_date',
      monthDay: 30,
      startDate: '2027-01-31',
    });
    expect(d.dtstart).toBe('2027-03-30T18:30'); // February has no 30th
  });

  const bad: [string, Record<string, unknown>][] = [
    ['timezone', { timezone: 'Mars/Olympus_Mons' }],
    ['timezone', { timezone: '' }],
    ['startTime', { startTime: '25:00' }],
    ['startTime', { startTime: '6:30 pm' }],
    ['startDate', { startDate: '2027-02-30' }],
    ['endDate', { endDate: '2027-13-01' }],
    ['endDate', { endDate: '2027-02-01' }],
    ['exceptions', { exceptions: ['soon'] }],
    ['durationMinutes', { durationMinutes: 4 }],
    ['durationMinutes', { durationMinutes: 1441 }],
    ['durationMinutes', { durationMinutes: 30.5 }],
    ['days', { days: [] }],
    ['days', { days: [7] }],
    ['interval', { interval: 0 }],
    ['interval', { interval: 13 }],
    ['kind', { kind: 'daily' }],
  ];
  it.each(bad)('rejects a bad %s with a message naming it', (field, change) => {
    const input = { ...inputs.weekly!, ...change } as ScheduleInput;
    expect(() => toStoredSchedule(input)).toThrow(ScheduleError);
    expect(() => toStoredSchedule(input)).toThrow(new RegExp(`^${field}: `));
  });

  const badKind: [string, ScheduleInput][] = [
    ['nth', { ...base, kind: 'monthly_nth', weekday: 5, nth: 5 as 1 }],
    ['weekday', { ...base, kind: 'monthly_nth', nth: 1 }],
    ['monthDay', { ...base, kind: 'monthly_date', monthDay: 32 }],
    ['monthDay', { ...base, kind: 'monthly_date' }],
    ['count', { ...base, kind: 'series', days: [1] }],
    ['count', { ...base, kind: 'series', days: [1], count: 201 }],
    ['endDate', { ...base, kind: 'series', days: [1], count: 5, endDate: '2027-06-01' }],
    ['days', { ...base, kind: 'series', count: 5 }],
  ];
  it.each(badKind)('rejects a missing or bad kind-specific %s', (field, input) => {
    const error = (() => {
      try {
        toStoredSchedule(input);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ScheduleError);
    expect((error as ScheduleError).field).toBe(field);
    expect((error as ScheduleError).message).toContain(field);
  });
});

describe('parseRRule and toScheduleInput', () => {
  it.each(Object.entries(inputs))('round-trips the %s rule', (_name, input) => {
    const stored = toStoredSchedule(input);
    if (stored.rrule) expect(formatRRule(parseRRule(stored.rrule))).toBe(stored.rrule);
    const back = toScheduleInput(stored);
    expect(toStoredSchedule(back)).toEqual(stored);
    expect(back.kind).toBe(input.kind);
    if (input.endDate) expect(back.endDate).toBe(input.endDate);
  });

  it('reads the parts it writes', () => {
    expect(parseRRule('FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;UNTIL=20271231T235959Z')).toEqual({
      freq: 'MONTHLY',
      interval: 2,
      byDay: [{ weekday: 5, nth: -1 }],
      until: new Date('2027-12-31T23:59:59Z'),
    });
    expect(parseRRule('RRULE:freq=weekly;byday=mo,we').byDay).toEqual([
      { weekday: 1 },
      { weekday: 3 },
    ]);
  });

  it.each([
    'FREQ=DAILY',
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;BYDAY=TU;BYSETPOS=1',
    'FREQ=WEEKLY;BYDAY=TU;COUNT=3;UNTIL=20271231T000000Z',
    'FREQ=WEEKLY;BYDAY=2TU',
    'FREQ=WEEKLY;BYDAY=TU,TU',
    'FREQ=MONTHLY;BYDAY=5TU',
    'FREQ=MONTHLY;BYDAY=TU',
    'FREQ=MONTHLY;BYMONTHDAY=15;BYDAY=1TU',
    'FREQ=MONTHLY;BYMONTHDAY=0',
    'FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231',
    'FREQ=WEEKLY;BYDAY=TU;INTERVAL=x',
    'FREQ=WEEKLY;FREQ=WEEKLY;BYDAY=TU',
    'nonsense',
  ])('rejects %s', (rule) => {
    expect(() => parseRRule(rule)).toThrow(ScheduleError);
  });
});
