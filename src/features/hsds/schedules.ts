import { DateTime } from 'luxon';
import {
  describeSchedule,
  isValidZone,
  nextOccurrences,
  ScheduleError,
  toStoredSchedule,
} from '../../shared/schedule/index.js';
import { offsetAt, wallToInstant } from '../../shared/schedule/zone.js';
import type { ScheduleInput } from '../directory/model.js';

/** The HSDS 3.0 `schedule` fields we write and read. */
export type HsdsSchedule = {
  id: string;
  service_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  timezone?: number;
  until?: string;
  count?: number;
  wkst?: string;
  freq?: string;
  interval?: number;
  byday?: string;
  bymonthday?: string;
  byweekno?: string;
  byyearday?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  attending_type?: string;
  notes?: string;
};

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

function offsetSuffix(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const ZONE_NOTE = /Time zone: ([A-Za-z0-9_+\-/]+)\./;
const CANCELLED_NOTE = /No meeting on: ([0-9-, ]+)\./;

/**
 * One of our schedules as one HSDS schedule. HSDS gives a UTC offset where we keep an IANA
 * zone, so the offset (in `timezone`, and on opens_at/closes_at) is the one in force at the
 * rule's next meeting as of `now`, and the zone itself is named in `notes`, which is what
 * a reader (and our import) should follow across daylight-saving changes. docs/open-data.md.
 */
export function toHsdsSchedule(
  s: ScheduleInput,
  part: { id: string; serviceId: string; attendingType: string; now: Date },
): HsdsSchedule {
  const stored = toStoredSchedule(s);
  const firstDate = stored.dtstart.slice(0, 10);
  const firstMs = wallToInstant(s.timezone, Date.parse(`${stored.dtstart}:00Z`));
  const [next] = nextOccurrences(stored, part.now, 1);
  const at = next?.start.getTime() ?? firstMs;
  const offset = offsetAt(s.timezone, at);
  const [h, m] = s.startTime.split(':').map(Number);
  const opens = h! * 60 + m!;
  const rule: Partial<HsdsSchedule> = { interval: s.interval ?? 1 };
  let validTo = s.endDate;
  switch (s.kind) {
    case 'weekly':
    case 'series':
      rule.freq = 'WEEKLY';
      rule.byday = (s.days ?? []).map((d) => DAYS[d]).join(',');
      // Our expansion starts weeks on Monday (RFC 5545's default); it decides which weeks
      // a fortnightly group meets in, so say it.
      if ((s.interval ?? 1) > 1) rule.wkst = 'MO';
      if (s.kind === 'series') {
        rule.count = s.count;
        const all = nextOccurrences(stored, new Date(firstMs - 1), s.count ?? 1);
        validTo = all.at(-1)?.localDate;
      } else if (s.endDate) rule.until = s.endDate;
      break;
    case 'monthly_nth':
      rule.freq = 'MONTHLY';
      rule.byday = `${s.nth}${DAYS[s.weekday ?? 0]}`;
      if (s.endDate) rule.until = s.endDate;
      break;
    case 'monthly_date':
      rule.freq = 'MONTHLY';
      rule.bymonthday = String(s.monthDay);
      if (s.endDate) rule.until = s.endDate;
      break;
    case 'once':
      // HSDS has no one-off schedule: a weekly rule that happens once says the same.
      rule.freq = 'WEEKLY';
      rule.byday = DAYS[new Date(`${firstDate}T00:00:00Z`).getUTCDay()];
      rule.count = 1;
      validTo = s.startDate;
      break;
  }
  const when = next ? DateTime.fromJSDate(next.start, { zone: s.timezone }).toISODate() : firstDate;
  const cancelled = s.exceptions?.length ? ` No meeting on: ${s.exceptions.join(', ')}.` : '';
  return {
    id: part.id,
    service_id: part.serviceId,
    valid_from: s.startDate,
    ...(validTo ? { valid_to: validTo } : {}),
    dtstart: firstDate,
    timezone: offset / 60,
    ...rule,
    description: describeSchedule(stored, 'en'),
    opens_at: `${clock(opens)}${offsetSuffix(offset)}`,
    closes_at: `${clock(opens + s.durationMinutes)}${offsetSuffix(offset)}`,
    attending_type: part.attendingType,
    notes: `Time zone: ${s.timezone}. Meetings keep their local time (${s.startTime}) across daylight-saving changes; the UTC offset given (${offset / 60}) is the one in force at the next meeting, on ${when}.${cancelled}`,
  };
}

export type ScheduleProblem = { field: string; message: string };

/** A fixed offset as a zone: Etc/GMT+5 is UTC-05:00 (POSIX signs are inverted). */
function zoneOfOffset(hours: number): string | undefined {
  if (!Number.isInteger(hours) || Math.abs(hours) > 14) return undefined;
  return hours === 0 ? 'UTC' : `Etc/GMT${hours < 0 ? '+' : '-'}${Math.abs(hours)}`;
}

const TIME_RE = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const dateOf = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;

function zoneOf(h: HsdsSchedule, suffix: string | undefined): string | undefined {
  const named = ZONE_NOTE.exec(h.notes ?? '')?.[1];
  if (named && isValidZone(named)) return named;
  if (typeof h.timezone === 'number') return zoneOfOffset(h.timezone);
  if (suffix === 'Z') return 'UTC';
  if (suffix) {
    const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(suffix) ?? [];
    if (mm === '00') return zoneOfOffset(Number(`${sign}${hh}`));
  }
  return undefined;
}

/**
 * An HSDS schedule back as one of ours, or the problems that stop it (each naming the field).
 * `warnings` are guesses the import made and reports.
 */
export function fromHsdsSchedule(h: HsdsSchedule): {
  schedule?: ScheduleInput;
  problems: ScheduleProblem[];
  warnings: ScheduleProblem[];
} {
  const problems: ScheduleProblem[] = [];
  const warnings: ScheduleProblem[] = [];
  const opens = TIME_RE.exec(h.opens_at ?? '');
  if (!opens) problems.push({ field: 'opens_at', message: 'a meeting needs a start time (HH:MM)' });
  const timezone = zoneOf(h, opens?.[3]);
  if (!timezone) {
    problems.push({
      field: 'timezone',
      message:
        'no time zone: name it in notes ("Time zone: America/Chicago.") or give a whole-hour UTC offset',
    });
  } else if (!ZONE_NOTE.test(h.notes ?? '')) {
    warnings.push({
      field: 'timezone',
      message: `a fixed UTC offset (${timezone}) is used, which does not follow daylight saving time`,
    });
  }
  const startDate = dateOf(h.valid_from) ?? dateOf(h.dtstart);
  if (!startDate)
    problems.push({
      field: 'valid_from',
      message: 'neither valid_from nor dtstart gives a first date',
    });
  for (const field of ['byweekno', 'byyearday'] as const) {
    if (h[field]) problems.push({ field, message: `${field} rules are not supported` });
  }
  if (problems.length || !opens || !timezone || !startDate) return { problems, warnings };

  const startMinutes = Number(opens[1]) * 60 + Number(opens[2]);
  const closes = TIME_RE.exec(h.closes_at ?? '');
  let durationMinutes = 60;
  if (closes) {
    durationMinutes = Number(closes[1]) * 60 + Number(closes[2]) - startMinutes;
    if (durationMinutes <= 0) durationMinutes += 1440;
  } else {
    warnings.push({
      field: 'closes_at',
      message: 'no end time: meetings are taken to last an hour',
    });
  }
  const exceptions = CANCELLED_NOTE.exec(h.notes ?? '')?.[1]
    ?.split(/,\s*/)
    .filter(Boolean);
  const base = {
    startDate,
    startTime: clock(startMinutes),
    durationMinutes,
    timezone,
    ...(exceptions?.length ? { exceptions } : {}),
  };
  const interval = h.interval ?? 1;
  const until = dateOf(h.until);
  const parts = (h.byday ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  let schedule: ScheduleInput | undefined;
  if (h.freq === 'MONTHLY') {
    if (h.bymonthday) {
      schedule = { kind: 'monthly_date', monthDay: Number(h.bymonthday), interval, ...base };
    } else {
      const [, nth, day] = /^([+-]?\d)(SU|MO|TU|WE|TH|FR|SA)$/.exec(parts[0] ?? '') ?? [];
      if (parts.length !== 1 || !day) {
        problems.push({
          field: 'byday',
          message: 'a monthly rule needs one day such as 2TU or -1FR',
        });
      } else {
        const weekday = DAYS.indexOf(day);
        schedule = { kind: 'monthly_nth', nth: Number(nth) as 1, weekday, interval, ...base };
      }
    }
    if (schedule && until) schedule.endDate = until;
  } else if (h.freq === 'WEEKLY' || h.freq === undefined) {
    const days = parts.map((p) => DAYS.indexOf(p));
    if (h.count === 1) {
      schedule = { kind: 'once', ...base, startDate: dateOf(h.dtstart) ?? startDate };
    } else if (days.length === 0 || days.includes(-1)) {
      problems.push({ field: 'byday', message: 'a weekly rule needs days such as MO,TH' });
    } else if (h.count !== undefined) {
      schedule = { kind: 'series', days, interval, count: h.count, ...base };
    } else {
      schedule = { kind: 'weekly', days, interval, ...base, ...(until ? { endDate: until } : {}) };
    }
  }
  if (schedule) {
    try {
      toStoredSchedule(schedule);
    } catch (error) {
      if (!(error instanceof ScheduleError)) throw error;
      problems.push({ field: error.field, message: error.message });
      schedule = undefined;
    }
  }
  return { schedule, problems, warnings };
}
