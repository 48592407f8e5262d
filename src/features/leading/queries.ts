import { and, asc, count, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  attendance,
  groupLeaders,
  groupOccurrences,
  groupSchedules,
  groups,
  meetingChanges,
  memberships,
  users,
} from '../../db/schema/index.js';
import { occurrences } from '../../shared/schedule/index.js';

/** What the leaders' pages read. Every function here is called after a policy allowed it. */

const WAITING = ['requested', 'applied', 'screening'] as const;

export type LedGroup = {
  id: string;
  slug: string;
  name: string;
  kind: 'support' | 'therapy';
  mode: 'in_person' | 'online' | 'hybrid';
  published: boolean;
  status: 'active' | 'temporarily_closed' | 'ended';
  role: 'owner' | 'co_leader';
  waiting: number;
  members: number;
  next: Date | null;
};

/** The groups a person leads, with what waits for a decision and the next meeting. */
export async function groupsLedBy(db: Db, userId: string, now = new Date()): Promise<LedGroup[]> {
  const rows = await db
    .select({
      id: groups.id,
      slug: groups.slug,
      name: groups.name,
      kind: groups.kind,
      mode: groups.mode,
      published: groups.published,
      status: groups.status,
      role: groupLeaders.role,
      waiting: sql<number>`(SELECT count(*)::int FROM memberships m
        WHERE m.group_id = ${groups.id} AND m.status IN ('requested', 'applied', 'screening'))`,
      members: sql<number>`(SELECT count(*)::int FROM memberships m
        WHERE m.group_id = ${groups.id} AND m.status = 'member')`,
      next: sql<Date | null>`(SELECT min(o.starts_at) FROM group_occurrences o
        WHERE o.group_id = ${groups.id} AND o.ends_at > ${now.toISOString()}::timestamptz)`,
    })
    .from(groupLeaders)
    .innerJoin(groups, eq(groups.id, groupLeaders.groupId))
    .where(eq(groupLeaders.userId, userId))
    .orderBy(sql`${groups.status} = 'ended'`, asc(groups.name));
  return rows.map((r) => ({ ...r, next: r.next ? new Date(r.next) : null }));
}

/** The next meetings of every group a person leads, soonest first. */
export async function nextMeetingsLedBy(db: Db, userId: string, now = new Date(), limit = 8) {
  return db
    .select({
      slug: groups.slug,
      name: groups.name,
      startsAt: groupOccurrences.startsAt,
      timezone: groupSchedules.timezone,
    })
    .from(groupLeaders)
    .innerJoin(groups, eq(groups.id, groupLeaders.groupId))
    .innerJoin(groupOccurrences, eq(groupOccurrences.groupId, groups.id))
    .innerJoin(groupSchedules, eq(groupSchedules.id, groupOccurrences.scheduleId))
    .where(
      and(
        eq(groupLeaders.userId, userId),
        gt(groupOccurrences.endsAt, now),
        sql`${groups.status} <> 'ended'`,
      ),
    )
    .orderBy(asc(groupOccurrences.startsAt))
    .limit(limit);
}

/** The last meetings with attendance recorded, across a person's groups: how many came. */
export async function recentAttendanceLedBy(db: Db, userId: string, limit = 8) {
  return db
    .select({
      slug: groups.slug,
      name: groups.name,
      startsAt: attendance.startsAt,
      present: sql<number>`count(*) FILTER (WHERE ${attendance.present})::int`,
    })
    .from(groupLeaders)
    .innerJoin(groups, eq(groups.id, groupLeaders.groupId))
    .innerJoin(attendance, eq(attendance.groupId, groups.id))
    .where(eq(groupLeaders.userId, userId))
    .groupBy(groups.slug, groups.name, attendance.startsAt)
    .orderBy(desc(attendance.startsAt))
    .limit(limit);
}

export async function waitingCount(db: Db, groupId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.groupId, groupId), inArray(memberships.status, [...WAITING])));
  return row?.n ?? 0;
}

export type Meeting = { startsAt: Date; endsAt: Date; timezone: string };

/** The coming meetings (from the occurrence window), with the zone of their schedule. */
export async function upcomingMeetings(
  db: Db,
  groupId: string,
  now = new Date(),
  limit = 10,
): Promise<Meeting[]> {
  return db
    .select({
      startsAt: groupOccurrences.startsAt,
      endsAt: groupOccurrences.endsAt,
      timezone: groupSchedules.timezone,
    })
    .from(groupOccurrences)
    .innerJoin(groupSchedules, eq(groupSchedules.id, groupOccurrences.scheduleId))
    .where(and(eq(groupOccurrences.groupId, groupId), gt(groupOccurrences.endsAt, now)))
    .orderBy(asc(groupOccurrences.startsAt))
    .limit(limit);
}

/**
 * Meetings that have started, newest first, worked out from the schedules themselves: the
 * occurrence window keeps only a day of the past, and attendance may be taken later.
 */
export async function pastMeetings(
  db: Db,
  groupId: string,
  now = new Date(),
  weeks = 12,
): Promise<Meeting[]> {
  const schedules = await db
    .select({
      rrule: groupSchedules.rrule,
      dtstart: groupSchedules.dtstart,
      timezone: groupSchedules.timezone,
      durationMinutes: groupSchedules.durationMinutes,
      exdates: groupSchedules.exdates,
    })
    .from(groupSchedules)
    .where(eq(groupSchedules.groupId, groupId));
  const from = new Date(now.getTime() - weeks * 7 * 86_400_000);
  const out: Meeting[] = [];
  for (const s of schedules) {
    for (const o of occurrences(s, from, now)) {
      if (o.start <= now) out.push({ startsAt: o.start, endsAt: o.end, timezone: s.timezone });
    }
  }
  return out.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
}

/** Whether `startsAt` is a meeting of the group that has started (and so can be recorded). */
export async function startedMeeting(
  db: Db,
  groupId: string,
  startsAt: Date,
  now = new Date(),
): Promise<Meeting | null> {
  if (startsAt > now) return null;
  const weeks = Math.ceil((now.getTime() - startsAt.getTime()) / (7 * 86_400_000)) + 1;
  if (weeks > 60) return null;
  const past = await pastMeetings(db, groupId, now, weeks);
  return past.find((m) => m.startsAt.getTime() === startsAt.getTime()) ?? null;
}

export type Member = { userId: string; name: string };

/** Current members, by display name. */
export async function membersOf(db: Db, groupId: string): Promise<Member[]> {
  return db
    .select({ userId: memberships.userId, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.groupId, groupId), eq(memberships.status, 'member')))
    .orderBy(asc(users.name));
}

/** Members with the address and language a mail to them needs. */
export async function membersToTell(db: Db, groupId: string) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      locale: users.locale,
      timezone: users.timezone,
      notifications: users.notifications,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.groupId, groupId),
        eq(memberships.status, 'member'),
        isNull(users.disabledAt),
      ),
    );
}

/** Who was recorded at one meeting (members and anyone recorded then who has since left). */
export async function attendanceAt(db: Db, groupId: string, startsAt: Date) {
  return db
    .select({ userId: attendance.userId, name: users.name, present: attendance.present })
    .from(attendance)
    .innerJoin(users, eq(users.id, attendance.userId))
    .where(and(eq(attendance.groupId, groupId), eq(attendance.startsAt, startsAt)));
}

/** Per meeting: how many came; per person: how many meetings they came to. */
export async function attendanceHistory(db: Db, groupId: string) {
  const perMeeting = await db
    .select({
      startsAt: attendance.startsAt,
      present: sql<number>`count(*) FILTER (WHERE ${attendance.present})::int`,
      recorded: sql<number>`count(*)::int`,
    })
    .from(attendance)
    .where(eq(attendance.groupId, groupId))
    .groupBy(attendance.startsAt)
    .orderBy(desc(attendance.startsAt))
    .limit(52);
  const perMember = await db
    .select({
      name: users.name,
      attended: sql<number>`count(*) FILTER (WHERE ${attendance.present})::int`,
      recorded: sql<number>`count(*)::int`,
    })
    .from(attendance)
    .innerJoin(users, eq(users.id, attendance.userId))
    .where(eq(attendance.groupId, groupId))
    .groupBy(attendance.userId, users.name)
    .orderBy(asc(users.name));
  return { perMeeting, perMember };
}

/** Changes to meetings still to come or just past, for the meetings page. */
export async function recentChanges(db: Db, groupId: string, now = new Date()) {
  return db
    .select({
      originalStartsAt: meetingChanges.originalStartsAt,
      kind: meetingChanges.kind,
      newStartsAt: meetingChanges.newStartsAt,
      note: meetingChanges.note,
    })
    .from(meetingChanges)
    .where(
      and(
        eq(meetingChanges.groupId, groupId),
        gt(meetingChanges.originalStartsAt, new Date(now.getTime() - 30 * 86_400_000)),
      ),
    )
    .orderBy(asc(meetingChanges.originalStartsAt));
}

export async function leadersOfGroup(db: Db, groupId: string) {
  return db
    .select({ userId: groupLeaders.userId, name: users.name, role: groupLeaders.role })
    .from(groupLeaders)
    .innerJoin(users, eq(users.id, groupLeaders.userId))
    .where(eq(groupLeaders.groupId, groupId))
    .orderBy(sql`${groupLeaders.role} = 'owner' DESC`, asc(groupLeaders.addedAt));
}

export async function groupName(db: Db, groupId: string) {
  const [row] = await db
    .select({ name: groups.name, slug: groups.slug })
    .from(groups)
    .where(eq(groups.id, groupId));
  return row ?? null;
}
