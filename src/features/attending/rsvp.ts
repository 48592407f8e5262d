import { and, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groupOccurrences, rsvps } from '../../db/schema/index.js';

/** Whether `startsAt` is a meeting of the group that has not started yet. */
export async function isUpcomingMeeting(db: Db, groupId: string, startsAt: Date, now = new Date()) {
  const [row] = await db
    .select({ startsAt: groupOccurrences.startsAt })
    .from(groupOccurrences)
    .where(
      and(
        eq(groupOccurrences.groupId, groupId),
        eq(groupOccurrences.startsAt, startsAt),
        gt(groupOccurrences.startsAt, now),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Going or not going to one meeting; saying it again changes the answer. */
export async function setRsvp(
  db: Db,
  rsvp: { groupId: string; userId: string; startsAt: Date; going: boolean },
) {
  await db
    .insert(rsvps)
    .values(rsvp)
    .onConflictDoUpdate({
      target: [rsvps.groupId, rsvps.startsAt, rsvps.userId],
      set: { going: rsvp.going, updatedAt: sql`now()` },
    });
}

/** One person's answers for some meetings of one group, by start time in ms. */
export async function rsvpsOf(
  db: Db,
  userId: string,
  groupId: string,
  starts: Date[],
): Promise<Map<number, boolean>> {
  if (starts.length === 0) return new Map();
  const rows = await db
    .select({ startsAt: rsvps.startsAt, going: rsvps.going })
    .from(rsvps)
    .where(
      and(eq(rsvps.userId, userId), eq(rsvps.groupId, groupId), inArray(rsvps.startsAt, starts)),
    );
  return new Map(rows.map((r) => [r.startsAt.getTime(), r.going]));
}

/**
 * How many members said "going" to each meeting of a group between two instants, by start time
 * in ms (for the leaders' tools: a count, never names). Only current members are counted.
 */
export async function goingCounts(
  db: Db,
  groupId: string,
  from: Date,
  to: Date,
): Promise<Map<number, number>> {
  const rows = await db
    .select({ startsAt: rsvps.startsAt, going: sql<number>`count(*)::int` })
    .from(rsvps)
    .where(
      and(
        eq(rsvps.groupId, groupId),
        eq(rsvps.going, true),
        gte(rsvps.startsAt, from),
        lt(rsvps.startsAt, to),
        sql`EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = ${rsvps.groupId}
                    AND m.user_id = ${rsvps.userId} AND m.status = 'member')`,
      ),
    )
    .groupBy(rsvps.startsAt);
  return new Map(rows.map((r) => [r.startsAt.getTime(), r.going]));
}
