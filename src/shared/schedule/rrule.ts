import { formatDate } from './calendar.js';
import { instantToWall } from './zone.js';

/**
 * How a schedule is stored: an RFC 5545 rule anchored at a local wall-clock start.
 * `dtstart` is 'YYYY-MM-DDTHH:MM' in `timezone` and is itself the first occurrence.
 */
export type StoredSchedule = {
  /** RRULE value without the 'RRULE:' prefix; null for a one-off meeting. */
  rrule: string | null;
  dtstart: string;
  timezone: string;
  durationMinutes: number;
  /** Cancelled local dates, 'YYYY-MM-DD'. */
  exdates: string[];
};

export class ScheduleError extends Error {
  override name = 'ScheduleError';
  /** The ScheduleInput field (or RRULE part) at fault. */
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

export type ByDay = { weekday: number; nth?: number };

/** The subset of RFC 5545 RRULE this app writes and reads. */
export type RRule = {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** WEEKLY: the weekdays (no ordinal). MONTHLY: exactly one weekday with `nth`. */
  byDay: ByDay[];
  byMonthDay?: number;
  count?: number;
  /** Inclusive end, a UTC instant as RFC 5545 requires when DTSTART has a TZID. */
  until?: Date;
};

export const MAX_INTERVAL = 12;
export const MAX_COUNT = 200;
export const NTH_VALUES = [1, 2, 3, 4, -1] as const;

export const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const BYDAY_RE = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;
const UNTIL_RE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function intIn(part: string, value: string, min: number, max: number): number {
  if (!/^[+-]?\d+$/.test(value)) throw new ScheduleError(part, `"${value}" is not a whole number`);
  const n = Number(value);
  if (n < min || n > max) throw new ScheduleError(part, `${n} is outside ${min}..${max}`);
  return n;
}

function parseUntil(value: string): Date {
  const m = UNTIL_RE.exec(value);
  if (!m)
    throw new ScheduleError('UNTIL', `"${value}" must be a UTC date-time like 20271231T045959Z`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    throw new ScheduleError('UNTIL', `"${value}" is not a real date-time`);
  }
  return date;
}

export function parseRRule(rrule: string): RRule {
  const text = rrule
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '');
  const parts = new Map<string, string>();
  for (const piece of text.split(';')) {
    const eq = piece.indexOf('=');
    const key = eq > 0 ? piece.slice(0, eq) : piece;
    if (eq <= 0 || eq === piece.length - 1) {
      throw new ScheduleError('RRULE', `"${piece}" is not a NAME=VALUE part`);
    }
    if (parts.has(key)) throw new ScheduleError(key, 'appears more than once');
    parts.set(key, piece.slice(eq + 1));
  }
  for (const key of parts.keys()) {
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL'].includes(key)) {
      throw new ScheduleError(key, 'is not supported');
    }
  }
  const freq = parts.get('FREQ');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    throw new ScheduleError('FREQ', `must be WEEKLY or MONTHLY, not ${freq ?? 'missing'}`);
  }
  const rule: RRule = { freq, interval: 1, byDay: [] };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined) rule.interval = intIn('INTERVAL', interval, 1, MAX_INTERVAL);

  const byDay = parts.get('BYDAY');
  for (const item of byDay?.split(',') ?? []) {
    const m = BYDAY_RE.exec(item);
    if (!m) throw new ScheduleError('BYDAY', `"${item}" is not a weekday like TU or 2TU`);
    const weekday = DAY_CODES.indexOf(m[2] as (typeof DAY_CODES)[number]);
    if (rule.byDay.some((d) => d.weekday === weekday)) {
      throw new ScheduleError('BYDAY', `${m[2]} is listed twice`);
    }
    if (m[1] === undefined) rule.byDay.push({ weekday });
    else rule.byDay.push({ weekday, nth: Number(m[1]) });
  }
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay !== undefined) rule.byMonthDay = intIn('BYMONTHDAY', byMonthDay, 1, 31);

  if (freq === 'WEEKLY') {
    if (rule.byDay.length === 0) throw new ScheduleError('BYDAY', 'is required for WEEKLY');
    if (rule.byDay.some((d) => d.nth !== undefined)) {
      throw new ScheduleError('BYDAY', 'ordinals (like 2TU) are only supported with MONTHLY');
    }
    if (byMonthDay !== undefined) throw new ScheduleError('BYMONTHDAY', 'is not used with WEEKLY');
  } else {
    if ((byDay === undefined) === (byMonthDay === undefined)) {
      throw new ScheduleError('BYDAY', 'MONTHLY needs exactly one of BYDAY or BYMONTHDAY');
    }
    const [only, ...rest] = rule.byDay;
    if (byDay !== undefined) {
      const nth = only?.nth;
      if (
        rest.length > 0 ||
        nth === undefined ||
        !(NTH_VALUES as readonly number[]).includes(nth)
      ) {
        throw new ScheduleError('BYDAY', 'MONTHLY needs one weekday with 1-4 or -1, like 2TU');
      }
    }
  }

  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) {
    throw new ScheduleError('COUNT', 'COUNT and UNTIL cannot both be given (RFC 5545)');
  }
  if (count !== undefined) {
    if (freq !== 'WEEKLY') throw new ScheduleError('COUNT', 'is only supported with WEEKLY');
    rule.count = intIn('COUNT', count, 1, MAX_COUNT);
  }
  if (until !== undefined) rule.until = parseUntil(until);
  return rule;
}

export function formatUntil(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function formatRRule(rule: RRule): string {
  const out = [`FREQ=${rule.freq}`, `INTERVAL=${rule.interval}`];
  if (rule.byDay.length > 0) {
    const days = rule.byDay.map((d) => `${d.nth ?? ''}${DAY_CODES[d.weekday]}`);
    out.push(`BYDAY=${days.join(',')}`);
  }
  if (rule.byMonthDay !== undefined) out.push(`BYMONTHDAY=${rule.byMonthDay}`);
  if (rule.count !== undefined) out.push(`COUNT=${rule.count}`);
  if (rule.until) out.push(`UNTIL=${formatUntil(rule.until)}`);
  return out.join(';');
}

/** The local date on which a rule's UNTIL instant falls, i.e. the form's end date. */
export function untilLocalDate(until: Date, zone: string): string {
  const wall = instantToWall(zone, until.getTime());
  return formatDate(Math.floor(wall / 86_400_000));
}
