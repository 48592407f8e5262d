import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../../db/client.js';
import {
  calendarFeeds,
  groupLeaders,
  groupSchedules,
  groups,
  meetingChanges,
  memberships,
} from '../../db/schema/index.js';
import { buildCalendar, type CalendarEvent, occurrences } from '../../shared/schedule/index.js';

const DAY = 86_400_000;
/** The feed holds the last 30 days (so a calendar keeps recent meetings) and the next 26 weeks. */
const PAST_DAYS = 30;
const FUTURE_DAYS = 182;
/** A bound on what one feed may hold, whatever the schedules say. */
const MAX_EVENTS = 1000;

/** The secret in a feed's URL: 32 random bytes, base64url (43 characters). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Make (or replace) a person's feed secret. Only its hash is stored, so the URL is shown once;
 * replacing the row makes the old URL answer 404 at once.
 */
export async function resetCalendarFeed(db: Db, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashOf(token);
  await db
    .insert(calendarFeeds)
    .values({ userId, tokenHash })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { tokenHash, createdAt: sql`now()` },
    });
  return token;
}

export async function hasCalendarFeed(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return row !== undefined;
}

/** Whose feed a token opens, or null. */
export async function feedOwner(db: Db, token: string): Promise<string | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const [row] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, hashOf(token)));
  return row?.userId ?? null;
}

/** The wall-clock time of an instant in a zone, as a one-off schedule's 'YYYY-MM-DDTHH:MM'. */
const wallClock = (at: Date, zone: string) =>
  DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

/**
 * The meetings of every group the person belongs to or leads, one event per meeting: each
 * schedule is expanded (DST-correct, in its own zone), cancelled and moved meetings are taken
 * out, and moved ones come back at their new time. Each event keeps the schedule's zone (TZID
 * with a VTIMEZONE), so a calendar shows 6 pm on both sides of a clock change. Events carry the
 * group's name and page only: nothing about other people.
 */
export async function calendarFeed(
  db: Db,
  userId: string,
  options: { origin: string; calendarName: string; now?: Date },
): Promise<string> {
  const now = options.now ?? new Date();
  const from = new Date(now.getTime() - PAST_DAYS * DAY);
  const to = new Date(now.getTime() + FUTURE_DAYS * DAY);
  const mine = await db
    .select({ id: groups.id, slug: groups.slug, name: groups.name, updatedAt: groups.updatedAt })
    .from(groups)
    .where(
      and(
        // An ended or closed group does not meet, even if its schedules were never closed: its
        // events leave subscribed calendars at their next refresh.
        eq(groups.status, 'active'),
        or(
          sql`${groups.id} IN (SELECT ${memberships.groupId} FROM ${memberships}
             WHERE ${memberships.userId} = ${userId} AND ${memberships.status} = 'member')`,
          sql`${groups.id} IN (SELECT ${groupLeaders.groupId} FROM ${groupLeaders}
             WHERE ${groupLeaders.userId} = ${userId})`,
        ),
      ),
    );
  const ids = mine.map((g) => g.id);
  if (ids.length === 0) return buildCalendar({ name: options.calendarName, events: [], now });
  const schedules = await db
    .select({
      groupId: groupSchedules.groupId,
      rrule: groupSchedules.rrule,
      dtstart: groupSchedules.dtstart,
      timezone: groupSchedules.timezone,
      durationMinutes: groupSchedules.durationMinutes,
      exdates: groupSchedules.exdates,
    })
    .from(groupSchedules)
    .where(inArray(groupSchedules.groupId, ids))
    .orderBy(groupSchedules.groupId, groupSchedules.position);
  const changes = await db
    .select({
      groupId: meetingChanges.groupId,
      original: meetingChanges.originalStartsAt,
      kind: meetingChanges.kind,
      newStartsAt: meetingChanges.newStartsAt,
      newEndsAt: meetingChanges.newEndsAt,
    })
    .from(meetingChanges)
    .where(inArray(meetingChanges.groupId, ids));
  const changed = new Set(changes.map((c) => `${c.groupId}|${c.original.getTime()}`));

  type Meeting = { groupId: string; start: Date; end: Date; zone: string };
  const meetings = new Map<string, Meeting>();
  const add = (m: Meeting) => {
    const key = `${m.groupId}|${m.start.getTime()}`;
    if (!meetings.has(key) && meetings.size < MAX_EVENTS) meetings.set(key, m);
  };
  for (const s of schedules) {
    for (const o of occurrences(s, from, to)) {
      if (!changed.has(`${s.groupId}|${o.start.getTime()}`)) {
        add({ groupId: s.groupId, start: o.start, end: o.end, zone: s.timezone });
      }
    }
  }
  // A moved meeting at its new time (once, even if the move also added a one-off schedule).
  for (const c of changes) {
    if (c.kind !== 'moved' || !c.newStartsAt || c.newStartsAt < from || c.newStartsAt > to)
      continue;
    const zone = schedules.find((s) => s.groupId === c.groupId)?.timezone ?? 'UTC';
    const end = c.newEndsAt ?? new Date(c.newStartsAt.getTime() + 60 * 60_000);
    add({ groupId: c.groupId, start: c.newStartsAt, end, zone });
  }

  const byId = new Map(mine.map((g) => [g.id, g]));
  const events: CalendarEvent[] = [...meetings.values()]
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .map((m) => {
      const g = byId.get(m.groupId)!;
      return {
        uid: `${g.id}-${m.start.getTime()}@gatherwell`,
        summary: g.name,
        url: `${options.origin}/groups/${g.slug}`,
        lastModified: g.updatedAt,
        schedule: {
          rrule: null,
          dtstart: wallClock(m.start, m.zone),
          timezone: m.zone,
          durationMinutes: Math.max(1, Math.round((m.end.getTime() - m.start.getTime()) / 60_000)),
          exdates: [],
        },
      };
    });
  return buildCalendar({
    name: options.calendarName,
    prodId: '-//Gatherwell//My meetings//EN',
    events,
    now,
  });
}
