// Pure proleptic-Gregorian calendar arithmetic on "day numbers" (days since 1970-01-01).
// Working in whole days keeps recurrence expansion independent of time zones until the
// very last step, which is what makes wall-clock times survive daylight-saving changes.

const MS_PER_DAY = 86_400_000;

export type LocalDate = { year: number; month: number; day: number };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): LocalDate {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses 'YYYY-MM-DD' to a day number, or null when it is not a real calendar date. */
export function parseDate(s: string): number | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

/** Parses 'HH:MM' (24-hour) to minutes after midnight, or null. */
export function parseTime(s: string): number | null {
  const m = TIME_RE.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function formatTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Months since year 0, so that "every n months" is plain integer arithmetic. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthIndex(i: number): { year: number; month: number } {
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** The nth (1-based, or negative from the end) weekday of a month, or null if it has none. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: number,
  nth: number,
): number | null {
  const first = dayNumber(year, month, 1);
  const length = daysInMonth(year, month);
  if (nth > 0) {
    const day = first + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
    return day < first + length ? day : null;
  }
  const last = first + length - 1;
  const day = last - ((weekdayOf(last) - weekday + 7) % 7) + (nth + 1) * 7;
  return day >= first ? day : null;
}

/** Day `monthDay` of a month, or null when the month is too short (RFC 5545 skips it). */
export function monthDayOf(year: number, month: number, monthDay: number): number | null {
  return monthDay <= daysInMonth(year, month) ? dayNumber(year, month, monthDay) : null;
}
