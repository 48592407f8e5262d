/**
 * Calendar helpers and schedule shapes for the demo directory. Dates are plain local calendar
 * dates (YYYY-MM-DD), handled as UTC midnights so no time zone or DST can shift them.
 */
import type { ScheduleInput } from '../model.js';
import type { Rng } from './random.js';

const DAY_MS = 86_400_000;

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The first date on or after `date` that falls on `weekday`. */
export function onOrAfter(date: string, weekday: number): string {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/** The dates of a `series` schedule: `count` sessions on `days`, every `interval` weeks. */
export function seriesDates(start: string, days: number[], interval: number, count: number) {
  const dates: string[] = [];
  const weekStart = addDays(start, -((weekdayOf(start) + 6) % 7)); // Monday, as RRULE's WKST
  for (let offset = 0; dates.length < count && offset < count * interval * 7 + 7; offset++) {
    const date = addDays(start, offset);
    const week = Math.floor((Date.parse(date) - Date.parse(weekStart)) / (7 * DAY_MS));
    if (days.includes(weekdayOf(date)) && week % interval === 0) dates.push(date);
  }
  return dates;
}

export type PartOfDay = 'Morning' | 'Lunchtime' | 'Afternoon' | 'Evening' | 'Night';

export type TimeSlot = { startTime: string; part: PartOfDay };

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function partOf(hour: number): PartOfDay {
  if (hour < 12) return 'Morning';
  if (hour < 13) return 'Lunchtime';
  if (hour < 17) return 'Afternoon';
  if (hour < 20) return 'Evening';
  return 'Night';
}

/** Evenings on weekdays, mornings and afternoons at weekends, with some of everything. */
export function pickTime(rng: Rng, weekday: number): TimeSlot {
  const weekend = weekday === 0 || weekday === 6;
  const hours: [number, number][] = weekend
    ? [
        [9, 10],
        [10, 14],
        [11, 10],
        [13, 6],
        [14, 7],
        [15, 3],
        [17, 2],
        [18, 2],
      ]
    : [
        [7, 2],
        [9, 3],
        [10, 6],
        [11, 3],
        [12, 7],
        [13, 5],
        [14, 6],
        [15, 3],
        [17, 7],
        [18, 24],
        [19, 20],
        [20, 7],
        [21, 1],
      ];
  const hour = rng.weighted(hours);
  const minute = rng.weighted([
    [0, 6],
    [30, 4],
    [15, 1],
    [45, 1],
  ]);
  return { startTime: clock(hour, minute), part: partOf(hour) };
}

export function pickWeekday(rng: Rng, weekendShare = 0.22): number {
  if (rng.chance(weekendShare)) return rng.chance(0.6) ? 6 : 0;
  return rng.weighted([
    [1, 17],
    [2, 20],
    [3, 20],
    [4, 19],
    [5, 7],
  ]);
}

export type SupportScheduleKind =
  | 'weekly'
  | 'twice_weekly'
  | 'fortnightly'
  | 'monthly_nth'
  | 'monthly_date'
  | 'once';

const DAY_PAIRS: number[][] = [
  [1, 4],
  [2, 4],
  [1, 3],
  [2, 6],
  [3, 6],
  [2, 5],
];

const ORDINALS = { 1: 'First', 2: 'Second', 3: 'Third', 4: 'Fourth', [-1]: 'Last' } as const;

export type BuiltSchedule = {
  schedule: ScheduleInput;
  part: PartOfDay;
  /** "Tuesday" or "Last Friday" when the schedule has one clear day, for names. */
  dayLabel?: string;
};

export function supportSchedule(
  rng: Rng,
  kind: SupportScheduleKind,
  today: string,
  timezone: string,
): BuiltSchedule {
  const durationMinutes = rng.weighted([
    [60, 30],
    [75, 14],
    [90, 42],
    [120, 14],
  ]);
  const base = { startDate: today, durationMinutes, timezone };
  if (kind === 'twice_weekly') {
    const days = rng.pick(DAY_PAIRS);
    const slot = pickTime(rng, days[0] ?? 1);
    return { schedule: { ...base, kind: 'weekly', days, interval: 1, ...slot }, part: slot.part };
  }
  const weekday = pickWeekday(rng, kind === 'monthly_nth' || kind === 'once' ? 0.4 : 0.2);
  const { startTime, part } = pickTime(rng, weekday);
  const dayLabel = WEEKDAYS[weekday];
  switch (kind) {
    case 'weekly':
    case 'fortnightly': {
      const interval = kind === 'weekly' ? 1 : 2;
      const schedule: ScheduleInput = {
        ...base,
        kind: 'weekly',
        days: [weekday],
        interval,
        startTime,
      };
      if (rng.chance(0.08)) {
        schedule.exceptions = [addDays(onOrAfter(today, weekday), 7 * interval * rng.int(2, 5))];
      }
      return { schedule, part, dayLabel };
    }
    case 'monthly_nth': {
      const nth = rng.weighted<1 | 2 | 3 | 4 | -1>([
        [1, 4],
        [2, 3],
        [3, 3],
        [4, 1],
        [-1, 3],
      ]);
      return {
        schedule: { ...base, kind: 'monthly_nth', weekday, nth, interval: 1, startTime },
        part,
        dayLabel: `${ORDINALS[nth]} ${dayLabel}`,
      };
    }
    case 'monthly_date': {
      const monthDay = rng.pick([1, 5, 10, 12, 15, 20, 25]);
      return {
        schedule: { ...base, kind: 'monthly_date', monthDay, interval: 1, startTime },
        part,
      };
    }
    case 'once': {
      const date = addDays(onOrAfter(addDays(today, 7), weekday), 7 * rng.int(0, 5));
      return { schedule: { ...base, kind: 'once', startDate: date, startTime }, part };
    }
  }
}

export type TherapySchedule = BuiltSchedule & { dates?: string[] };

/** A cohort (`series`) starting 1 to 10 weeks from today, or an ongoing weekly group. */
export function therapySchedule(
  rng: Rng,
  cohort: boolean,
  today: string,
  timezone: string,
): TherapySchedule {
  const weekday = pickWeekday(rng, 0.08);
  const { startTime, part } = pickTime(rng, weekday);
  const durationMinutes = rng.weighted([
    [75, 2],
    [90, 6],
    [120, 2],
  ]);
  const dayLabel = WEEKDAYS[weekday];
  if (!cohort) {
    return {
      schedule: {
        kind: 'weekly',
        days: [weekday],
        interval: 1,
        startDate: today,
        startTime,
        durationMinutes,
        timezone,
      },
      part,
      dayLabel,
    };
  }
  const count = rng.pick([6, 8, 8, 10, 12, 12, 16]);
  const startDate = addDays(onOrAfter(addDays(today, 7), weekday), 7 * rng.int(0, 8));
  const schedule: ScheduleInput = {
    kind: 'series',
    days: [weekday],
    interval: 1,
    count,
    startDate,
    startTime,
    durationMinutes,
    timezone,
  };
  return { schedule, part, dayLabel, dates: seriesDates(startDate, [weekday], 1, count) };
}
