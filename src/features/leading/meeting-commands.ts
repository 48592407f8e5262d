import { and, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../../db/client.js';
import {
  attendance,
  groupOccurrences,
  groupSchedules,
  meetingChanges,
} from '../../db/schema/index.js';
import type { ScheduleInput } from '../directory/model.js';
import { asDb, rewriteGroup } from './commands.js';

/** A group's meetings as its leaders change them: one cancelled or moved, and who came. */

export type MeetingChange =
  | { kind: 'cancelled'; note: string }
  | { kind: 'moved'; note: string; date: string; time: string };

/**
 * Cancel or move one upcoming meeting. Its date becomes an exception of the schedule that made
 * it (a meeting moved before is simply dropped), a moved meeting becomes a one-off schedule,
 * and the change is recorded with its note. Null when no such meeting is coming.
 */
export async function changeMeeting(
  db: Db,
  groupId: string,
  startsAt: Date,
  change: MeetingChange,
  by: string,
  now = new Date(),
): Promise<{ newStartsAt: Date | null } | null> {
  const [occurrence] = await db
    .select({ position: groupSchedules.position, endsAt: groupOccurrences.endsAt })
    .from(groupOccurrences)
    .innerJoin(groupSchedules, eq(groupSchedules.id, groupOccurrences.scheduleId))
    .where(and(eq(groupOccurrences.groupId, groupId), eq(groupOccurrences.startsAt, startsAt)));
  if (!occurrence || startsAt <= now) return null;
  let newStartsAt: Date | null = null;
  let newEndsAt: Date | null = null;
  await db.transaction(async (tx) => {
    await rewriteGroup(asDb(tx), groupId, (input) => {
      const schedules = [...input.schedules];
      const source = schedules[occurrence.position];
      if (!source) throw new Error('changeMeeting: schedule not found');
      const zone = source.timezone;
      const localDate = DateTime.fromJSDate(startsAt).setZone(zone).toISODate()!;
      if (occurrence.position > 0 && source.kind === 'once')
        schedules.splice(occurrence.position, 1);
      else {
        const exceptions = [...new Set([...(source.exceptions ?? []), localDate])].sort();
        schedules[occurrence.position] = { ...source, exceptions };
      }
      if (change.kind === 'moved') {
        const moved: ScheduleInput = {
          kind: 'once',
          startDate: change.date,
          startTime: change.time,
          durationMinutes: source.durationMinutes,
          timezone: zone,
        };
        const start = DateTime.fromISO(`${change.date}T${change.time}`, { zone });
        newStartsAt = start.toJSDate();
        newEndsAt = start.plus({ minutes: source.durationMinutes }).toJSDate();
        schedules.push(moved);
      }
      return { ...input, schedules };
    });
    await tx.insert(meetingChanges).values({
      groupId,
      originalStartsAt: startsAt,
      kind: change.kind,
      newStartsAt,
      newEndsAt,
      note: change.note,
      createdBy: by,
    });
  });
  return { newStartsAt };
}

/** Who came: one row per member listed on the form, present or not. */
export async function recordAttendance(
  db: Db,
  groupId: string,
  startsAt: Date,
  marks: { userId: string; present: boolean }[],
  by: string,
  now = new Date(),
) {
  if (marks.length === 0) return;
  await db
    .insert(attendance)
    .values(marks.map((m) => ({ groupId, startsAt, ...m, recordedBy: by, recordedAt: now })))
    .onConflictDoUpdate({
      target: [attendance.groupId, attendance.startsAt, attendance.userId],
      set: {
        present: sql`excluded.present`,
        recordedBy: sql`excluded.recorded_by`,
        recordedAt: sql`excluded.recorded_at`,
      },
    });
}
