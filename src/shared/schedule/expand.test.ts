import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '../../features/directory/model.js';
import { toStoredSchedule } from './convert.js';
import { nextOccurrences, occurrences } from './expand.js';
import type { StoredSchedule } from './rrule.js';

const at = (iso: string) => new Date(iso);
const utc = (s: StoredSchedule, from: string, to: string) =>
  occurrences(s, at(from), at(to)).map((o) => o.start.toISOString());
const dates = (s: StoredSchedule, from: string, to: string) =>
  occurrences(s, at(from), at(to)).map((o) => o.localDate);

const base = { durationMinutes: 90, startTime: '18:30', timezone: 'America/New_York' } as const;
const weekly = (extra: Partial<ScheduleInput>): StoredSchedule =>
  toStoredSchedule({ kind: 'weekly', days: [2], startDate: '2027-01-05', ...base, ...extra });

describe('daylight-saving changes', () => {
  it('keeps 18:30 on Tuesdays in New York across the March and November 2027 changes', () => {
    const s = weekly({});
    expect(utc(s, '2027-03-08T00:00Z', '2027-03-18T00:00Z')).toEqual([
      '2027-03-09T23:30:00.000Z', // EST, UTC-5
      '2027-03-16T22:30:00.000Z', // EDT from 14 March
    ]);
    expect(utc(s, '2027-11-01T00:00Z', '2027-11-11T00:00Z')).toEqual([
      '2027-11-02T22:30:00.000Z',
      '2027-11-09T23:30:00.000Z', // EST again from 7 November
    ]);
    const end = occurrences(s, at('2027-03-16T00:00Z'), at('2027-03-17T00:00Z'))[0]!.end;
    expect(end.toISOString()).toBe('2027-03-17T00:00:00.000Z');
  });

  it('keeps 10:00 on the last Friday in London across late March and late October', () => {
    const s = toStoredSchedule({
      kind: 'monthly_nth',
      weekday: 5,
      nth: -1,
      startDate: '2027-01-01',
      startTime: '10:00',
      durationMinutes: 90,
      timezone: 'Europe/London',
    });
    expect(utc(s, '2027-03-01T00:00Z', '2027-05-01T00:00Z')).toEqual([
      '2027-03-26T10:00:00.000Z', // GMT; BST starts 28 March
      '2027-04-30T09:00:00.000Z',
    ]);
    expect(utc(s, '2027-10-01T00:00Z', '2027-12-01T00:00Z')).toEqual([
      '2027-10-29T09:00:00.000Z', // still BST; GMT from 31 October
      '2027-11-26T10:00:00.000Z',
    ]);
  });

  it('follows the southern-hemisphere changes in Sydney (April and October)', () => {
    const s = toStoredSchedule({
      kind: 'weekly',
      days: [3],
      startDate: '2027-03-01',
      startTime: '19:00',
      durationMinutes: 60,
      timezone: 'Australia/Sydney',
    });
    expect(utc(s, '2027-03-30T00:00Z', '2027-04-08T00:00Z')).toEqual([
      '2027-03-31T08:00:00.000Z', // AEDT, UTC+11
      '2027-04-07T09:00:00.000Z', // AEST from 4 April
    ]);
    expect(utc(s, '2027-09-28T00:00Z', '2027-10-07T00:00Z')).toEqual([
      '2027-09-29T09:00:00.000Z',
      '2027-10-06T08:00:00.000Z', // AEDT from 3 October
    ]);
  });

  it('moves a time skipped by spring-forward to after the gap, on the same local date', () => {
    const s = weekly({ days: [0], startDate: '2027-03-07', startTime: '02:30' });
    const [o] = occurrences(s, at('2027-03-14T00:00Z'), at('2027-03-15T00:00Z'));
    expect(o?.localDate).toBe('2027-03-14');
    expect(o?.start.toISOString()).toBe('2027-03-14T07:30:00.000Z'); // 03:30 EDT
  });

  it('uses the first of two 01:30s when clocks go back (RFC 5545)', () => {
    const s = weekly({ days: [0], startDate: '2027-10-31', startTime: '01:30' });
    expect(utc(s, '2027-11-06T00:00Z', '2027-11-08T00:00Z')).toEqual([
      '2027-11-07T05:30:00.000Z', // 01:30 EDT, not 01:30 EST
    ]);
  });
});

describe('rules', () => {
  it('finds the last Friday of several months', () => {
    const s = toStoredSchedule({
      ...base,
      kind: 'monthly_nth',
      weekday: 5,
      nth: -1,
      startDate: '2027-01-01',
    });
    expect(dates(s, '2027-01-01T00:00Z', '2028-01-01T00:00Z')).toEqual([
      '2027-01-29',
      '2027-02-26',
      '2027-03-26',
      '2027-04-30',
      '2027-05-28',
      '2027-06-25',
      '2027-07-30',
      '2027-08-27',
      '2027-09-24',
      '2027-10-29',
      '2027-11-26',
      '2027-12-31',
    ]);
  });

  it('finds the 2nd Wednesday every other month', () => {
    const s = toStoredSchedule({
      ...base,
      kind: 'monthly_nth',
      weekday: 3,
      nth: 2,
      interval: 2,
      startDate: '2027-01-01',
    });
    expect(dates(s, '2027-05-01T00:00Z', '2027-12-31T00:00Z')).toEqual([
      '2027-05-12',
      '2027-07-14',
      '2027-09-08',
      '2027-11-10',
    ]);
  });

  it('gives a 10-session series exactly 10 meetings, 9 with one cancelled', () => {
    const input: ScheduleInput = {
      ...base,
      kind: 'series',
      days: [1],
      count: 10,
      startDate: '2027-01-11',
    };
    const all = nextOccurrences(toStoredSchedule(input), at('2027-01-01T00:00Z'), 50);
    expect(all).toHaveLength(10);
    expect(all[9]?.localDate).toBe('2027-03-15');
    const cancelled = toStoredSchedule({ ...input, exceptions: ['2027-02-01'] });
    const nine = occurrences(cancelled, at('2027-01-01T00:00Z'), at('2028-01-01T00:00Z'));
    expect(nine).toHaveLength(9);
    expect(nine.map((o) => o.localDate)).not.toContain('2027-02-01');
    expect(nine[8]?.localDate).toBe('2027-03-15'); // the cancelled date still counts
  });

  it('counts a fortnightly two-day series from DTSTART even when the window starts later', () => {
    const s = toStoredSchedule({
      ...base,
      kind: 'series',
      days: [1, 4],
      interval: 2,
      count: 5,
      startDate: '2027-01-14', // a Thursday: the Monday of that week is before DTSTART
    });
    expect(dates(s, '2027-01-01T00:00Z', '2027-12-31T00:00Z')).toEqual([
      '2027-01-14',
      '2027-01-25',
      '2027-01-28',
      '2027-02-08',
      '2027-02-11',
    ]);
    expect(dates(s, '2027-02-01T00:00Z', '2027-12-31T00:00Z')).toEqual([
      '2027-02-08',
      '2027-02-11',
    ]);
  });

  it('keeps fortnightly meetings on alternate weeks counted from DTSTART months later', () => {
    const s = weekly({ interval: 2 }); // from Tuesday 5 January 2027
    const got = dates(s, '2027-09-01T00:00Z', '2027-10-01T00:00Z');
    expect(got).toEqual(['2027-09-14', '2027-09-28']);
    const dtstart = Date.UTC(2027, 0, 5);
    for (const d of got) expect(((Date.parse(d) - dtstart) / 86_400_000) % 14).toBe(0);
  });

  it('skips months without a 31st for BYMONTHDAY=31', () => {
    const s = toStoredSchedule({
      ...base,
      kind: 'monthly_date',
      monthDay: 31,
      startDate: '2027-01-01',
    });
    expect(dates(s, '2027-01-01T00:00Z', '2028-01-01T00:00Z')).toEqual([
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
      '2027-07-31',
      '2027-08-31',
      '2027-10-31',
      '2027-12-31',
    ]);
  });

  it('includes the end date, even for a late meeting that is the next day in UTC', () => {
    const s = weekly({
      startTime: '23:30',
      timezone: 'America/Los_Angeles',
      endDate: '2027-06-29',
    });
    const all = occurrences(s, at('2027-01-01T00:00Z'), at('2028-01-01T00:00Z'));
    expect(all.at(-1)?.localDate).toBe('2027-06-29');
    expect(all.at(-1)?.start.toISOString()).toBe('2027-06-30T06:30:00.000Z');
    expect(all).toHaveLength(26);
  });

  it('returns a one-off meeting once, and a meeting already in progress', () => {
    const s = toStoredSchedule({
      ...base,
      kind: 'once',
      startDate: '2027-03-06',
      startTime: '10:00',
    });
    expect(utc(s, '2027-01-01T00:00Z', '2028-01-01T00:00Z')).toEqual(['2027-03-06T15:00:00.000Z']);
    expect(utc(s, '2027-03-06T16:00Z', '2027-03-06T17:00Z')).toHaveLength(1); // ends 16:30Z
    expect(utc(s, '2027-03-06T16:30Z', '2027-03-07T00:00Z')).toHaveLength(0);
  });

  it('respects limit and returns nothing for an empty window', () => {
    const s = weekly({});
    expect(occurrences(s, at('2027-01-01T00:00Z'), at('2028-01-01T00:00Z'), 3)).toHaveLength(3);
    expect(occurrences(s, at('2027-02-01T00:00Z'), at('2027-02-01T00:00Z'))).toEqual([]);
    // 2 February 18:30 EST is 23:30Z and runs until 01:00Z on the 3rd.
    const next = (now: string) => nextOccurrences(s, at(now), 2).map((o) => o.localDate);
    expect(next('2027-02-03T00:30Z')).toEqual(['2027-02-02', '2027-02-09']);
    expect(next('2027-02-03T01:00Z')).toEqual(['2027-02-09', '2027-02-16']);
  });
});

describe('speed', () => {
  it('expands six weeks of a weekly rule in well under a millisecond', () => {
    const s = weekly({ days: [2, 4] });
    const from = at('2027-05-01T00:00Z');
    const to = at('2027-06-12T00:00Z');
    occurrences(s, from, to); // warm the zone's offset table
    const runs = 2000;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) occurrences(s, from, to);
    expect((performance.now() - t0) / runs).toBeLessThan(0.5);
  });

  it('jumps to a window decades after DTSTART without walking there', () => {
    const s = weekly({ interval: 3 });
    const t0 = performance.now();
    const got = occurrences(s, at('2090-01-01T00:00Z'), at('2090-02-01T00:00Z'));
    expect(performance.now() - t0).toBeLessThan(50);
    const dtstart = Date.UTC(2027, 0, 5);
    expect(got.length).toBeGreaterThan(0);
    for (const o of got) expect(((Date.parse(o.localDate) - dtstart) / 86_400_000) % 21).toBe(0);
  });
});
