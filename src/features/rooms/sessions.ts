import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { enqueue } from '../jobs/queue.js';
import { appendEvent } from './events.js';

/** The room opens this long before a meeting and closes this long after it (issue 18). */
export const OPEN_BEFORE_MS = 15 * 60_000;
export const CLOSE_AFTER_MS = 30 * 60_000;
/** A room a leader opens outside a meeting closes by itself after this long. */
export const HAND_OPEN_MS = 3 * 3_600_000;
/** The job that closes a session at its time, and the one that deletes kept messages. */
export const CLOSE_JOB = 'rooms.close';
export const PURGE_JOB = 'rooms.purge';

export type RoomSession = {
  id: string;
  groupId: string;
  meetingStartsAt: Date | null;
  openedAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  keepUntil: Date | null;
  locked: boolean;
  paused: boolean;
  sharingNow: string | null;
  queue: string[];
  pinnedEventId: number | null;
};

type Row = {
  id: string;
  group_id: string;
  meeting_starts_at: Date | string | null;
  opened_at: Date | string;
  closes_at: Date | string;
  closed_at: Date | string | null;
  keep_until: Date | string | null;
  locked: boolean;
  paused: boolean;
  sharing_now: string | null;
  queue: string[];
  pinned_event_id: string | null;
};

const date = (v: Date | string | null) => (v === null ? null : new Date(v));
const toSession = (r: Row): RoomSession => ({
  id: r.id,
  groupId: r.group_id,
  meetingStartsAt: date(r.meeting_starts_at),
  openedAt: new Date(r.opened_at),
  closesAt: new Date(r.closes_at),
  closedAt: date(r.closed_at),
  keepUntil: date(r.keep_until),
  locked: r.locked,
  paused: r.paused,
  sharingNow: r.sharing_now,
  queue: r.queue ?? [],
  pinnedEventId: r.pinned_event_id === null ? null : Number(r.pinned_event_id),
});

export async function sessionById(db: Db, id: string): Promise<RoomSession | null> {
  const [row] = await queryRows<Row>(db, sql`SELECT * FROM room_sessions WHERE id = ${id}`);
  return row ? toSession(row) : null;
}

/** The meeting whose room time (15 minutes before to 30 after) contains `now`. */
export async function meetingNow(db: Db, groupId: string, now: Date) {
  const [row] = await queryRows<{ starts_at: Date | string; ends_at: Date | string }>(
    db,
    sql`SELECT starts_at, ends_at FROM group_occurrences
         WHERE group_id = ${groupId}
           AND starts_at <= ${new Date(now.getTime() + OPEN_BEFORE_MS)}
           AND ends_at > ${new Date(now.getTime() - CLOSE_AFTER_MS)}
         ORDER BY starts_at LIMIT 1`,
  );
  return row ? { startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) } : null;
}

/**
 * The group's open session, opening it when a meeting's room time has begun. Opening is
 * idempotent across instances (one open session per group, by a unique index). A session past
 * its closing time is closed on the way, and a meeting a leader ended early is not reopened.
 */
export async function currentSession(
  db: Db,
  groupId: string,
  now = new Date(),
): Promise<RoomSession | null> {
  const [open] = await queryRows<Row>(
    db,
    sql`SELECT * FROM room_sessions WHERE group_id = ${groupId} AND closed_at IS NULL`,
  );
  if (open) {
    const session = toSession(open);
    if (session.closesAt > now) {
      if (session.meetingStartsAt) return session;
      // Opened by hand: when a meeting's room time begins, the session becomes that meeting's.
      const meeting = await meetingNow(db, groupId, now);
      return meeting ? ((await adoptMeeting(db, session, meeting)) ?? session) : session;
    }
    await closeSession(db, session.id, null, now);
  }
  const meeting = await meetingNow(db, groupId, now);
  if (!meeting) return null;
  return openSession(db, groupId, {
    meetingStartsAt: meeting.startsAt,
    closesAt: new Date(meeting.endsAt.getTime() + CLOSE_AFTER_MS),
    openedBy: null,
  });
}

/** Open a session (a meeting's, or a leader's by hand); the one already open if there is one. */
export async function openSession(
  db: Db,
  groupId: string,
  o: { meetingStartsAt: Date | null; closesAt: Date; openedBy: string | null },
): Promise<RoomSession | null> {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    if (o.meetingStartsAt && o.openedBy === null) {
      // A meeting whose room a leader already closed stays closed.
      const [ended] = await queryRows(
        tx,
        sql`SELECT 1 FROM room_sessions WHERE group_id = ${groupId}
             AND meeting_starts_at = ${o.meetingStartsAt} AND closed_at IS NOT NULL`,
      );
      if (ended) return null;
    }
    const [made] = await queryRows<Row>(
      tx,
      sql`INSERT INTO room_sessions (group_id, meeting_starts_at, closes_at, opened_by)
          VALUES (${groupId}, ${o.meetingStartsAt}, ${o.closesAt}, ${o.openedBy})
          ON CONFLICT (group_id) WHERE closed_at IS NULL DO NOTHING
          RETURNING *`,
    );
    if (made) {
      await scheduleClose(tx, made.id, o.closesAt);
      return toSession(made);
    }
    const [open] = await queryRows<Row>(
      tx,
      sql`SELECT * FROM room_sessions WHERE group_id = ${groupId} AND closed_at IS NULL`,
    );
    return open ? toSession(open) : null;
  });
}

/** The job that closes a session at `at` (one per closing time, so a later one can be added). */
export async function scheduleClose(tx: Db, sessionId: string, at: Date) {
  await enqueue(tx, {
    kind: CLOSE_JOB,
    payload: { session: sessionId },
    runAt: at,
    dedupeKey: `room-close:${sessionId}:${at.getTime()}`,
  });
}

/**
 * A room a leader opened by hand becomes the meeting's when its room time begins: it stays open
 * until 30 minutes after the meeting at least, a leader ending it keeps that meeting's room
 * closed, and the members already inside are marked present, as if they had come in now.
 */
async function adoptMeeting(
  db: Db,
  session: RoomSession,
  meeting: { startsAt: Date; endsAt: Date },
): Promise<RoomSession | null> {
  const closesAt = new Date(
    Math.max(session.closesAt.getTime(), meeting.endsAt.getTime() + CLOSE_AFTER_MS),
  );
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const [row] = await queryRows<Row>(
      tx,
      sql`UPDATE room_sessions SET meeting_starts_at = ${meeting.startsAt}, closes_at = ${closesAt}
           WHERE id = ${session.id} AND meeting_starts_at IS NULL AND closed_at IS NULL
           RETURNING *`,
    );
    if (!row) return null;
    if (closesAt.getTime() !== session.closesAt.getTime())
      await scheduleClose(tx, session.id, closesAt);
    await queryRows(
      tx,
      sql`INSERT INTO attendance (group_id, user_id, starts_at, present, recorded_by)
          SELECT ${session.groupId}, p.user_id, ${meeting.startsAt}, true, NULL
            FROM room_people p JOIN memberships m
              ON m.group_id = ${session.groupId} AND m.user_id = p.user_id AND m.status = 'member'
           WHERE p.session_id = ${session.id} AND p.state = 'in'
          ON CONFLICT DO NOTHING`,
    );
    return toSession(row);
  });
}

/**
 * Close a session: every stream ends (an `ended` event), and its messages are deleted at once
 * unless the group keeps them for members, when a purge is scheduled for the end of that time.
 * Returns false when it was already closed.
 */
export async function closeSession(db: Db, sessionId: string, by: string | null, now = new Date()) {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const [state] = await queryRows<{ closed_at: Date | null; keep_days: number }>(
      tx,
      sql`SELECT s.closed_at, coalesce(k.keep_days, 0) AS keep_days
            FROM room_sessions s LEFT JOIN room_settings k ON k.group_id = s.group_id
           WHERE s.id = ${sessionId} FOR UPDATE OF s`,
    );
    if (!state || state.closed_at) return false;
    const keepDays = Number(state.keep_days);
    const keepUntil = keepDays > 0 ? new Date(now.getTime() + keepDays * 86_400_000) : null;
    await queryRows(
      tx,
      sql`UPDATE room_sessions SET closed_at = ${now}, keep_until = ${keepUntil},
                 sharing_now = NULL, queue = '{}', locked = false, paused = false
           WHERE id = ${sessionId}`,
    );
    await appendEvent(tx, sessionId, { kind: 'ended', data: { by } });
    if (!keepUntil) {
      await purgeMessages(tx, sessionId);
    } else {
      await enqueue(tx, {
        kind: PURGE_JOB,
        payload: { session: sessionId },
        runAt: keepUntil,
        dedupeKey: `room-purge:${sessionId}`,
      });
    }
    return true;
  });
}

/** Delete what was said in a closed session; the `ended` marker stays for late streams. */
export async function purgeMessages(db: Db, sessionId: string) {
  await queryRows(
    db,
    sql`DELETE FROM room_events WHERE session_id = ${sessionId} AND kind <> 'ended'`,
  );
  await queryRows(db, sql`UPDATE room_sessions SET keep_until = NULL WHERE id = ${sessionId}`);
}

/** The last closed session whose messages members may still read. */
export async function keptSession(db: Db, groupId: string, now = new Date()) {
  const [row] = await queryRows<Row>(
    db,
    sql`SELECT * FROM room_sessions WHERE group_id = ${groupId} AND keep_until > ${now}
         ORDER BY closed_at DESC LIMIT 1`,
  );
  return row ? toSession(row) : null;
}
