import { DateTime } from 'luxon';
import type { ScheduleInput } from '../directory/model.js';
import type { RecordContext, Settings } from './context.js';
import { isTimezone, minutesOf, readDays, readTime, text } from './fields.js';
import type { Placed } from './place.js';

/** What the spec's consumers assume when a meeting has no end_time. */
const DEFAULT_MINUTES = 60;
/** Longer than this is a typo ("7:00" for 7 PM), not a meeting. */
const MAX_MINUTES = 12 * 60;

function duration(start: string, endValue: unknown, ctx: RecordContext): number {
  const end = readTime(endValue);
  if (!end.ok) {
    ctx.warn('end_time', `${end.error}; assuming ${DEFAULT_MINUTES} minutes`);
    return DEFAULT_MINUTES;
  }
  if (end.value === undefined) return DEFAULT_MINUTES;
  // An end before the start is a meeting that runs past midnight.
  const minutes = (minutesOf(end.value) - minutesOf(start) + 1440) % 1440;
  if (minutes === 0 || minutes > MAX_MINUTES) {
    ctx.warn(
      'end_time',
      `end_time ${end.value} after a ${start} start is not plausible; assuming ${DEFAULT_MINUTES} minutes`,
    );
    return DEFAULT_MINUTES;
  }
  return minutes;
}

/**
 * The record's own zone wins (the spec allows one per meeting); then the zone at its place,
 * which is evidence about this meeting where the feed's default is a guess about all of them;
 * then that default. A default that disagrees with the place is reported, since it is more
 * often a wrong default than a wrong place.
 */
function timezone(
  record: Record<string, unknown>,
  ctx: RecordContext,
  settings: Settings,
  placed: Placed,
): string | undefined {
  const own = text(record.timezone);
  if (own && isTimezone(own)) return own;
  if (own) ctx.warn('timezone', `"${own}" is not an IANA time zone; it was ignored`);
  if (placed.zone && isTimezone(placed.zone)) {
    if (settings.timezone && !sameOffsets(placed.zone, settings.timezone, settings.today)) {
      ctx.warn(
        'timezone',
        `its place is in ${placed.zone}, not ${settings.timezone}; its times are read in ${placed.zone}`,
      );
    }
    return placed.zone;
  }
  return settings.timezone;
}

/** America/Edmonton and America/Denver keep the same clocks; only a real difference is news. */
function sameOffsets(a: string, b: string, today: string): boolean {
  if (a === b) return true;
  const year = Number(today.slice(0, 4));
  return [1, 7].every((month) => {
    const at = DateTime.fromObject({ year, month, day: 15 }, { zone: 'utc' });
    return at.setZone(a).offset === at.setZone(b).offset;
  });
}

/**
 * One weekly schedule per record. A record whose day or time is unreadable is dropped (it
 * is broken, not "by appointment"); a record with no day or time is kept unscheduled.
 */
export function readSchedules(
  record: Record<string, unknown>,
  ctx: RecordContext,
  settings: Settings,
  placed: Placed,
): ScheduleInput[] {
  const days = readDays(record.day);
  if (!days.ok) ctx.skip('day', days.error);
  const start = readTime(record.time);
  if (!start.ok) ctx.skip('time', start.error);
  if (days.value.length === 0) {
    ctx.warn('day', 'no day (by appointment); listed without a schedule');
    return [];
  }
  if (start.value === undefined) {
    ctx.warn('time', 'a day but no time; listed without a schedule');
    return [];
  }
  const zone = timezone(record, ctx, settings, placed);
  // A meeting listed without its time would look like one "by appointment": leave it out.
  if (!zone) {
    ctx.skip(
      'timezone',
      `its time zone cannot be known: the record has none, no time zone was given for the feed, and ${placed.why}`,
    );
  }
  return [
    {
      kind: 'weekly',
      days: days.value,
      interval: 1,
      startDate: settings.today,
      startTime: start.value,
      durationMinutes: duration(start.value, record.end_time, ctx),
      timezone: zone,
    },
  ];
}
