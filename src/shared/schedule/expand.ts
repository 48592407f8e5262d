import {
  formatDate,
  fromDayNumber,
  fromMonthIndex,
  monthDayOf,
  monthIndex,
  nthWeekdayOfMonth,
  weekdayOf,
} from './calendar.js';
import { parseDtstart } from './convert.js';
import { parseRRule, type RRule, type StoredSchedule } from './rrule.js';
import { wallToInstant } from './zone.js';

export type Occurrence = { start: Date; end: Date; localDate: string };

const DAY = 86_400_000;
const MINUTE = 60_000;
// Generous enough for a yearly-ish rule to yield n meetings, bounded so a rule whose
// remaining dates are all cancelled still ends.
const NEXT_HORIZON_YEARS = 100;

/**
 * Calls `visit(day, index)` for each local date the rule produces from `startDay` on, in
 * order, beginning near `fromDay` and stopping after `toDay`. `index` is the 0-based position
 * counted from DTSTART, so COUNT can be applied without walking from the start.
 */
function eachDate(
  rule: RRule,
  startDay: number,
  fromDay: number,
  toDay: number,
  visit: (day: number, index: number) => boolean,
): void {
  const count = rule.count ?? Number.POSITIVE_INFINITY;
  if (rule.freq === 'WEEKLY') {
    // Weeks start on Monday (RFC 5545's default WKST), which matters for INTERVAL > 1.
    const week0 = startDay - ((weekdayOf(startDay) + 6) % 7);
    const offsets = [...new Set(rule.byDay.map((d) => (d.weekday + 6) % 7))].sort((a, b) => a - b);
    const perWeek = offsets.length;
    const skippedInFirst = offsets.filter((o) => week0 + o < startDay).length;
    const firstWeek = Math.floor((Math.max(fromDay, startDay) - week0) / 7);
    for (let k = Math.ceil(firstWeek / rule.interval); ; k++) {
      const weekStart = week0 + k * rule.interval * 7;
      if (weekStart > toDay) return;
      for (let i = 0; i < perWeek; i++) {
        const day = weekStart + offsets[i]!;
        if (day < startDay) continue;
        const index = k === 0 ? i - skippedInFirst : perWeek * k - skippedInFirst + i;
        if (index >= count || day > toDay || !visit(day, index)) return;
      }
    }
  }
  const start = fromDayNumber(startDay);
  const month0 = monthIndex(start.year, start.month);
  const from = fromDayNumber(Math.max(fromDay, startDay));
  const byDay = rule.byDay[0];
  // Without COUNT the index is never used, so jump straight to the first useful month.
  const kFrom =
    rule.count === undefined
      ? Math.max(0, Math.floor((monthIndex(from.year, from.month) - month0) / rule.interval))
      : 0;
  let index = 0;
  for (let k = kFrom; ; k++) {
    const { year, month } = fromMonthIndex(month0 + k * rule.interval);
    const day =
      rule.byMonthDay !== undefined
        ? monthDayOf(year, month, rule.byMonthDay)
        : nthWeekdayOfMonth(year, month, byDay!.weekday, byDay!.nth!);
    if (day === null) {
      if (monthDayOf(year, month, 1)! > toDay) return;
      continue;
    }
    if (day > toDay || index >= count) return;
    if (day >= startDay && !visit(day, index++)) return;
  }
}

/**
 * Occurrences that overlap [from, to) (end > from and start < to), sorted, without cancelled
 * dates. Cancelled dates still use up COUNT, as in RFC 5545. Each local date gets the stored
 * wall-clock time, so "18:30 every Tuesday" is 18:30 local before and after a DST change; see
 * wallToInstant for times that are skipped or repeated by a change.
 */
export function occurrences(s: StoredSchedule, from: Date, to: Date, limit = 1000): Occurrence[] {
  const out: Occurrence[] = [];
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!(toMs > fromMs) || limit <= 0) return out;
  const { day: startDay, minutes } = parseDtstart(s.dtstart);
  const duration = s.durationMinutes * MINUTE;
  const cancelled = new Set(s.exdates);
  const rule = s.rrule === null ? null : parseRRule(s.rrule);

  const emit = (day: number): boolean => {
    const startMs = wallToInstant(s.timezone, day * DAY + minutes * MINUTE);
    if (startMs >= toMs) return false;
    if (rule?.until && startMs > rule.until.getTime()) return false;
    const localDate = formatDate(day);
    if (startMs + duration > fromMs && !cancelled.has(localDate)) {
      out.push({ start: new Date(startMs), end: new Date(startMs + duration), localDate });
    }
    return out.length < limit;
  };

  if (!rule) {
    emit(startDay);
    return out;
  }
  // Local dates that could matter: UTC offsets stay within ±14 h, plus the meeting length.
  const fromDay = Math.floor((fromMs - duration - 14 * 60 * MINUTE) / DAY) - 1;
  const toDay = Math.floor((toMs + 14 * 60 * MINUTE) / DAY) + 1;
  eachDate(rule, startDay, fromDay, toDay, (day) => emit(day));
  return out;
}

/** The next `n` meetings that have not ended by `now` (one in progress is included). */
export function nextOccurrences(s: StoredSchedule, now: Date, n: number): Occurrence[] {
  const horizon = new Date(now.getTime() + NEXT_HORIZON_YEARS * 366 * DAY);
  return occurrences(s, now, horizon, n);
}
