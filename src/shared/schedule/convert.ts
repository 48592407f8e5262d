import type { ScheduleInput } from '../../features/directory/model.js';
import {
  formatDate,
  formatTime,
  fromDayNumber,
  fromMonthIndex,
  monthDayOf,
  monthIndex,
  nthWeekdayOfMonth,
  parseDate,
  parseTime,
  weekdayOf,
} from './calendar.js';
import {
  formatRRule,
  MAX_COUNT,
  MAX_INTERVAL,
  NTH_VALUES,
  parseRRule,
  type RRule,
  ScheduleError,
  type StoredSchedule,
  untilLocalDate,
} from './rrule.js';
import { isValidZone, wallToInstant } from './zone.js';

export const MIN_DURATION = 5;
export const MAX_DURATION = 1440;

const DTSTART_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** Splits a stored 'YYYY-MM-DDTHH:MM' into a day number and minutes after midnight. */
export function parseDtstart(dtstart: string): { day: number; minutes: number } {
  const m = DTSTART_RE.exec(dtstart);
  const day = m ? parseDate(m[1]!) : null;
  const minutes = m ? parseTime(m[2]!) : null;
  if (day === null || minutes === null) {
    throw new ScheduleError(
      'dtstart',
      `"${dtstart}" must be a local date-time like 2027-03-02T18:30`,
    );
  }
  return { day, minutes };
}

function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function requireDate(field: string, value: unknown): number {
  const day = typeof value === 'string' ? parseDate(value) : null;
  if (day === null) {
    throw new ScheduleError(field, `"${String(value)}" is not a date in the form YYYY-MM-DD`);
  }
  return day;
}

function requireDays(input: ScheduleInput): number[] {
  const days = input.days;
  if (!Array.isArray(days) || days.length === 0) {
    throw new ScheduleError('days', 'choose at least one day of the week');
  }
  for (const d of days) {
    if (!isInt(d, 0, 6)) {
      throw new ScheduleError(
        'days',
        `${String(d)} is not a day of the week (0 = Sunday ... 6 = Saturday)`,
      );
    }
  }
  return [...new Set(days)].sort((a, b) => a - b);
}

function requireInterval(input: ScheduleInput): number {
  const interval = input.interval ?? 1;
  if (!isInt(interval, 1, MAX_INTERVAL)) {
    throw new ScheduleError('interval', `must be a whole number from 1 to ${MAX_INTERVAL}`);
  }
  return interval;
}

/** The first date on or after `from` that the rule produces, so DTSTART is an occurrence. */
function firstMatch(rule: RRule, from: number): number {
  if (rule.freq === 'WEEKLY') {
    let day = from;
    while (!rule.byDay.some((d) => d.weekday === weekdayOf(day))) day++;
    return day;
  }
  const start = fromDayNumber(from);
  // A month-day that exists and a 1st-4th/last weekday recur within a year, so this ends.
  for (let i = monthIndex(start.year, start.month); ; i++) {
    const { year, month } = fromMonthIndex(i);
    const byDay = rule.byDay[0];
    const day =
      rule.byMonthDay !== undefined
        ? monthDayOf(year, month, rule.byMonthDay)
        : nthWeekdayOfMonth(year, month, byDay!.weekday, byDay!.nth!);
    if (day !== null && day >= from) return day;
  }
}

function ruleFor(input: ScheduleInput): RRule | null {
  switch (input.kind) {
    case 'once':
      return null;
    case 'weekly':
    case 'series': {
      const rule: RRule = {
        freq: 'WEEKLY',
        interval: requireInterval(input),
        byDay: requireDays(input).map((weekday) => ({ weekday })),
      };
      if (input.kind === 'series') {
        if (!isInt(input.count, 1, MAX_COUNT)) {
          throw new ScheduleError(
            'count',
            `a series needs a number of sessions from 1 to ${MAX_COUNT}`,
          );
        }
        if (input.endDate !== undefined) {
          throw new ScheduleError('endDate', 'a series ends after its count; leave endDate out');
        }
        rule.count = input.count;
      }
      return rule;
    }
    case 'monthly_nth': {
      if (!isInt(input.weekday, 0, 6)) {
        throw new ScheduleError(
          'weekday',
          'choose a day of the week (0 = Sunday ... 6 = Saturday)',
        );
      }
      if (!(NTH_VALUES as readonly unknown[]).includes(input.nth)) {
        throw new ScheduleError('nth', 'must be 1, 2, 3, 4 or -1 (last)');
      }
      const byDay = [{ weekday: input.weekday, nth: input.nth }];
      return { freq: 'MONTHLY', interval: requireInterval(input), byDay };
    }
    case 'monthly_date':
      if (!isInt(input.monthDay, 1, 31)) {
        throw new ScheduleError('monthDay', 'must be a day of the month from 1 to 31');
      }
      return {
        freq: 'MONTHLY',
        interval: requireInterval(input),
        byDay: [],
        byMonthDay: input.monthDay,
      };
    default:
      throw new ScheduleError(
        'kind',
        `"${String((input as { kind: unknown }).kind)}" is not a schedule kind`,
      );
  }
}

export function toStoredSchedule(input: ScheduleInput): StoredSchedule {
  if (!isValidZone(input.timezone)) {
    throw new ScheduleError(
      'timezone',
      `"${String(input.timezone)}" is not an IANA time zone like America/New_York`,
    );
  }
  const startDay = requireDate('startDate', input.startDate);
  const minutes = typeof input.startTime === 'string' ? parseTime(input.startTime) : null;
  if (minutes === null) {
    throw new ScheduleError(
      'startTime',
      `"${String(input.startTime)}" is not a 24-hour time like 18:30`,
    );
  }
  if (!isInt(input.durationMinutes, MIN_DURATION, MAX_DURATION)) {
    throw new ScheduleError(
      'durationMinutes',
      `must be a whole number of minutes from ${MIN_DURATION} to ${MAX_DURATION}`,
    );
  }
  const exdates = (input.exceptions ?? []).map((d) => formatDate(requireDate('exceptions', d)));
  const rule = ruleFor(input);
  const first = rule ? firstMatch(rule, startDay) : startDay;

  if (rule && input.endDate !== undefined) {
    const endDay = requireDate('endDate', input.endDate);
    if (endDay < first) {
      throw new ScheduleError(
        'endDate',
        `no meeting falls between ${formatDate(first)} and ${input.endDate}`,
      );
    }
    // The end of the end date's local day, as a UTC instant (RFC 5545 UNTIL with a TZID).
    const nextMidnight = (endDay + 1) * 86_400_000;
    rule.until = new Date(wallToInstant(input.timezone, nextMidnight) - 1000);
  }
  return {
    rrule: rule ? formatRRule(rule) : null,
    dtstart: `${formatDate(first)}T${formatTime(minutes)}`,
    timezone: input.timezone,
    durationMinutes: input.durationMinutes,
    exdates: [...new Set(exdates)].sort(),
  };
}

/** The friendly form of a stored schedule, for edit forms and exports. */
export function toScheduleInput(s: StoredSchedule): ScheduleInput {
  const { day, minutes } = parseDtstart(s.dtstart);
  const base = {
    startDate: formatDate(day),
    startTime: formatTime(minutes),
    durationMinutes: s.durationMinutes,
    timezone: s.timezone,
    ...(s.exdates.length > 0 ? { exceptions: [...s.exdates] } : {}),
  };
  if (s.rrule === null) return { kind: 'once', ...base };
  const rule = parseRRule(s.rrule);
  const end = rule.until ? { endDate: untilLocalDate(rule.until, s.timezone) } : {};
  const interval = rule.interval;
  if (rule.freq === 'WEEKLY') {
    const days = rule.byDay.map((d) => d.weekday).sort((a, b) => a - b);
    if (rule.count !== undefined)
      return { kind: 'series', days, interval, count: rule.count, ...base };
    return { kind: 'weekly', days, interval, ...base, ...end };
  }
  if (rule.byMonthDay !== undefined) {
    return { kind: 'monthly_date', monthDay: rule.byMonthDay, interval, ...base, ...end };
  }
  const { weekday, nth } = rule.byDay[0]!;
  return {
    kind: 'monthly_nth',
    weekday,
    nth: nth as ScheduleInput['nth'],
    interval,
    ...base,
    ...end,
  };
}
