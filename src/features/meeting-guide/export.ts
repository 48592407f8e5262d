import { describeSchedule, toStoredSchedule } from '../../shared/schedule/index.js';
import type { ScheduleInput } from '../directory/model.js';
import {
  CLOSED_NOTE,
  OPEN_NOTE,
  TYPE_BY_ACCESS,
  TYPE_BY_AUDIENCE,
  TYPE_BY_LANGUAGE,
} from './codes.js';
import { withoutUndefined } from './context.js';
import { addMinutes, formatUpdated, isIsoDate, todayUtc } from './fields.js';
import type {
  AttendanceOption,
  ExportableGroup,
  ExportOptions,
  ExportResult,
  MeetingGuideRecord,
} from './types.js';

/** Why a schedule cannot be a weekly Meeting Guide meeting, or undefined if it can. */
function nonWeeklyReason(schedule: ScheduleInput): string | undefined {
  switch (schedule.kind) {
    case 'monthly_nth':
    case 'monthly_date':
      return 'monthly schedules cannot be expressed in Meeting Guide';
    case 'once':
      return 'one-off meetings cannot be expressed in Meeting Guide (it is weekly only)';
    case 'series':
      return 'a series with a fixed number of sessions cannot be expressed in Meeting Guide';
  }
  if ((schedule.interval ?? 1) !== 1) {
    return `meetings every ${schedule.interval} weeks cannot be expressed in Meeting Guide`;
  }
  return undefined;
}

const ended = (schedule: ScheduleInput, today: string) =>
  Boolean(schedule.endDate && schedule.endDate < today);

/** Why a schedule cannot be written as a Meeting Guide meeting, or undefined if it can. */
function scheduleProblem(schedule: ScheduleInput, today: string): string | undefined {
  const nonWeekly = nonWeeklyReason(schedule);
  if (nonWeekly) return nonWeekly;
  if (!schedule.days?.length) return 'a weekly schedule without days cannot be exported';
  if (ended(schedule, today)) return `its schedule ended on ${schedule.endDate}`;
  return undefined;
}

function exportProblem(
  group: ExportableGroup,
  today: string,
  byAppointment: boolean,
): string | undefined {
  if (group.kind === 'therapy') return 'therapy groups are not meetings in the Meeting Guide sense';
  if (group.status === 'ended') return 'the group has ended';
  if (!formatUpdated(group.updatedAt)) return 'updatedAt is not a valid date';
  // Members-only links are never published; an online group without one has no way in.
  const publicLink =
    group.online?.visibility === 'public' && (group.online.url || group.online.phone);
  if (group.mode === 'online' && !publicLink) {
    return 'an online group whose link is not public cannot be listed';
  }
  let usable = 0;
  for (const schedule of group.schedules) {
    if (byAppointment && nonWeeklyReason(schedule)) {
      if (!ended(schedule, today)) usable++;
      continue;
    }
    const problem = scheduleProblem(schedule, today);
    if (problem && !byAppointment) return problem;
    if (!problem) usable++;
  }
  if (byAppointment && group.schedules.length > 0 && usable === 0)
    return 'every schedule has ended';
  return undefined;
}

function typesOf(group: ExportableGroup): string[] {
  const types = new Set<string>();
  if (group.firstVisit?.startsWith(OPEN_NOTE)) types.add('O');
  if (group.firstVisit?.startsWith(CLOSED_NOTE)) types.add('C');
  for (const audience of group.audiences) types.add(TYPE_BY_AUDIENCE.get(audience) ?? '');
  for (const access of group.accessibility) types.add(TYPE_BY_ACCESS.get(access) ?? '');
  // English is what consumers assume, so it is only tagged beside another language.
  const onlyEnglish = group.languages.length === 1 && group.languages[0] === 'en';
  if (!onlyEnglish)
    for (const language of group.languages) types.add(TYPE_BY_LANGUAGE.get(language) ?? '');
  if (group.status === 'temporarily_closed') types.add('TC');
  types.delete('');
  return [...types].sort();
}

function attendanceOf(group: ExportableGroup, publicLink: boolean): AttendanceOption {
  if (group.status === 'temporarily_closed') return 'inactive';
  if (group.mode === 'hybrid' && !publicLink) return 'in_person';
  return group.mode;
}

/** Fields shared by every record of a group. */
function baseRecord(
  group: ExportableGroup,
  baseUrl: string,
  publishContacts: boolean,
): Omit<MeetingGuideRecord, 'name' | 'slug'> {
  const publicLink = group.online?.visibility === 'public';
  const attendance = attendanceOf(group, publicLink);
  const online = attendance === 'online' || attendance === 'hybrid' ? group.online : undefined;
  const place = group.location;
  // An online group's street is not where it meets; keep only the area it serves.
  const onlineOnly = attendance === 'online';
  return withoutUndefined({
    types: typesOf(group),
    notes: group.description,
    conference_url: online?.url,
    conference_url_notes: online?.url ? online.notes : undefined,
    conference_phone: online?.phone,
    conference_phone_notes: online?.phone && !online.url ? online.notes : undefined,
    attendance_option: attendance,
    location: onlineOnly ? undefined : place?.venue,
    location_notes: onlineOnly ? undefined : place?.notes,
    address: onlineOnly ? undefined : place?.address,
    city: place?.city,
    state: place?.region,
    postal_code: place?.postalCode,
    country: place?.country,
    latitude: onlineOnly ? undefined : place?.latitude,
    longitude: onlineOnly ? undefined : place?.longitude,
    approximate: place ? (onlineOnly || place.approximate ? 'yes' : 'no') : undefined,
    regions: group.regions?.length ? group.regions : undefined,
    updated: formatUpdated(group.updatedAt) ?? '',
    url: group.url ?? `${baseUrl}/groups/${encodeURIComponent(group.slug)}`,
    entity: group.organisation?.name,
    entity_url: group.organisation?.url,
    ...(publishContacts ? contactFields(group) : {}),
  });
}

/** contact_1..3, the format's only places for people: the first three given. */
function contactFields(group: ExportableGroup): Partial<MeetingGuideRecord> {
  const out: Record<string, string | undefined> = {};
  for (const [i, contact] of (group.contacts ?? []).slice(0, 3).entries()) {
    out[`contact_${i + 1}_name`] = contact.name;
    out[`contact_${i + 1}_email`] = contact.email;
    out[`contact_${i + 1}_phone`] = contact.phone;
  }
  return out as Partial<MeetingGuideRecord>;
}

/**
 * A record carries one time, so weekly schedules sharing a time, length and zone merge into one
 * record with several days; any other time becomes its own record, linked by `group`. In
 * by-appointment mode each other schedule becomes a record with no day or time, its notes
 * saying when it really meets.
 */
function recordsOf(group: ExportableGroup, baseUrl: string, options: Required<ExportOptions>) {
  const base = baseRecord(group, baseUrl, options.publishContacts);
  if (group.schedules.length === 0) return [{ name: group.name, slug: group.slug, ...base }];
  const slots = new Map<string, { schedule: ScheduleInput; days: Set<number> }>();
  const appointments: ScheduleInput[] = [];
  for (const schedule of group.schedules) {
    if (nonWeeklyReason(schedule)) {
      if (!ended(schedule, options.today)) appointments.push(schedule);
      continue;
    }
    if (scheduleProblem(schedule, options.today)) continue;
    const key = `${schedule.startTime}|${schedule.durationMinutes}|${schedule.timezone}`;
    const slot = slots.get(key) ?? { schedule, days: new Set<number>() };
    for (const day of schedule.days ?? []) slot.days.add(day);
    slots.set(key, slot);
  }
  const ordered = [...slots.values()].sort((a, b) =>
    a.schedule.startTime.localeCompare(b.schedule.startTime),
  );
  const several = ordered.length + appointments.length > 1;
  const records: MeetingGuideRecord[] = ordered.map(({ schedule, days }) => {
    const list = [...days].sort((a, b) => a - b);
    return withoutUndefined({
      name: group.name,
      slug: '',
      day: list.length === 1 ? list[0] : list,
      time: schedule.startTime,
      end_time: addMinutes(schedule.startTime, schedule.durationMinutes),
      timezone: schedule.timezone,
      ...base,
      group: several ? group.name : undefined,
    });
  });
  for (const schedule of appointments) {
    const when = `${describeSchedule(toStoredSchedule(schedule))}. Not weekly: check the dates.`;
    records.push(
      withoutUndefined({
        name: group.name,
        slug: '',
        timezone: schedule.timezone,
        ...base,
        notes: base.notes ? `${when}\n\n${base.notes}` : when,
        group: several ? group.name : undefined,
      }),
    );
  }
  return records.map((r, n) => ({ ...r, slug: n === 0 ? group.slug : `${group.slug}-${n + 1}` }));
}

export function toMeetingGuideFeed(
  groups: ExportableGroup[],
  options: ExportOptions,
): ExportResult {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const today = options.today ?? todayUtc();
  if (!isIsoDate(today)) throw new RangeError(`options.today "${today}" is not a YYYY-MM-DD date`);
  const all = {
    baseUrl,
    today,
    nonWeekly: options.nonWeekly ?? 'skip',
    publishContacts: options.publishContacts ?? false,
  };
  const records: MeetingGuideRecord[] = [];
  const skipped: ExportResult['skipped'] = [];
  for (const group of groups) {
    const reason = exportProblem(group, today, all.nonWeekly === 'by_appointment');
    if (reason) skipped.push({ slug: group.slug, reason });
    else records.push(...recordsOf(group, baseUrl, all));
  }
  return { records, skipped };
}
