import type { LocationInput, ScheduleInput } from '../directory/model.js';
import type { RecordContext, Settings } from './context.js';
import { isTimezone, minutesOf, readDays, readTime, text } from './fields.js';

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

function timezone(
  record: Record<string, unknown>,
  ctx: RecordContext,
  settings: Settings,
  location: LocationInput | undefined,
): string | undefined {
  const own = text(record.timezone);
  if (own && isTimezone(own)) return own;
  if (own) ctx.warn('timezone', `"${own}" is not an IANA time zone; using the feed's default`);
  if (settings.timezone) return settings.timezone;
  const { latitude, longitude } = location ?? {};
  if (settings.timezoneAt && latitude !== undefined && longitude !== undefined) {
    const found = settings.timezoneAt(latitude, longitude);
    if (found && isTimezone(found)) return found;
  }
  return undefined;
}

/**
 * One weekly schedule per record. A record whose day or time is unreadable is dropped (it
 * is broken, not "by appointment"); a record with no day or time is kept unscheduled.
 */
export function readSchedules(
  record: Record<string, unknown>,
  ctx: RecordContext,
  settings: Settings,
  location: LocationInput | undefined,
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
  const zone = timezone(record, ctx, settings, location);
  if (!zone) {
    ctx.warn(
      'timezone',
      'no time zone: none in the record, no default given, and no coordinates to look one up; listed without a schedule',
    );
    return [];
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
