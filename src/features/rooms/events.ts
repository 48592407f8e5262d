import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

/** The channel every instance listens on; the payload is `SESSION_ID:EVENT_ID`. */
export const ROOM_CHANNEL = 'room_events';

export type RoomEventKind = 'message' | 'state' | 'alert' | 'removed' | 'ended';

export type RoomEvent = {
  id: number;
  sessionId: string;
  kind: RoomEventKind;
  audience: string;
  authorId: string | null;
  authorName: string | null;
  body: string | null;
  waiting: boolean;
  held: boolean;
  data: Record<string, unknown> | null;
  createdAt: Date;
};

export type NewEvent = {
  kind: RoomEventKind;
  audience?: string;
  authorId?: string | null;
  authorName?: string | null;
  body?: string | null;
  waiting?: boolean;
  held?: boolean;
  data?: Record<string, unknown> | null;
};

/** One person as an event's audience. */
export const toPerson = (userId: string) => `user:${userId}`;

/**
 * Append an event inside the caller's transaction and tell every instance when it commits.
 * The session's row is locked first, so a session's events commit in the order of their ids:
 * a stream that has seen id N can ask for "after N" and never skip one still being written.
 */
export async function appendEvent(tx: Db, sessionId: string, e: NewEvent): Promise<number> {
  await queryRows(tx, sql`SELECT 1 FROM room_sessions WHERE id = ${sessionId} FOR UPDATE`);
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO room_events (session_id, kind, audience, author_id, author_name, body,
                                 waiting, held, data)
        VALUES (${sessionId}, ${e.kind}, ${e.audience ?? 'all'}, ${e.authorId ?? null},
                ${e.authorName ?? null}, ${e.body ?? null}, ${e.waiting ?? false},
                ${e.held ?? false}, ${e.data ? JSON.stringify(e.data) : null}::jsonb)
        RETURNING id`,
  );
  const id = Number((row as { id: string }).id);
  await queryRows(tx, sql`SELECT pg_notify(${ROOM_CHANNEL}, ${`${sessionId}:${id}`})`);
  return id;
}

type Row = {
  id: string;
  session_id: string;
  kind: RoomEventKind;
  audience: string;
  author_id: string | null;
  author_name: string | null;
  body: string | null;
  waiting: boolean;
  held: boolean;
  data: Record<string, unknown> | null;
  created_at: Date | string;
};

const toEvent = (r: Row): RoomEvent => ({
  id: Number(r.id),
  sessionId: r.session_id,
  kind: r.kind,
  audience: r.audience,
  authorId: r.author_id,
  authorName: r.author_name,
  body: r.body,
  waiting: r.waiting,
  held: r.held,
  data: r.data,
  createdAt: new Date(r.created_at),
});

/** A session's events after `afterId`, oldest first (at most `limit`). */
export async function eventsAfter(
  db: Db,
  sessionId: string,
  afterId: number,
  limit = 500,
): Promise<RoomEvent[]> {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT * FROM room_events WHERE session_id = ${sessionId} AND id > ${afterId}
         ORDER BY id LIMIT ${limit}`,
  );
  return rows.map(toEvent);
}

/** The last `limit` messages of a session, oldest first: what a page shows on arrival. */
export async function recentMessages(db: Db, sessionId: string, limit = 200) {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT * FROM (SELECT * FROM room_events
                        WHERE session_id = ${sessionId} AND kind IN ('message', 'alert')
                        ORDER BY id DESC LIMIT ${limit}) m ORDER BY id`,
  );
  return rows.map(toEvent);
}

/** The newest event id of a session (0 when none): where a page's stream starts. */
export async function lastEventId(db: Db, sessionId: string): Promise<number> {
  const [row] = await queryRows<{ id: string | null }>(
    db,
    sql`SELECT max(id) AS id FROM room_events WHERE session_id = ${sessionId}`,
  );
  return Number(row?.id ?? 0);
}

export async function eventById(db: Db, id: number): Promise<RoomEvent | null> {
  const [row] = await queryRows<Row>(db, sql`SELECT * FROM room_events WHERE id = ${id}`);
  return row ? toEvent(row) : null;
}

/** Who is looking, for deciding what of an event they may see. */
export type Looker = { id: string; leads: boolean; waiting?: boolean };

/**
 * Whether `who` sees an event: held messages only by the facilitators and their writer;
 * waiting-room talk only by that visitor and the facilitators; alerts only by facilitators.
 */
export function visibleTo(e: RoomEvent, who: Looker): boolean {
  // Someone in the waiting room sees only their own talk with the facilitators and the end.
  if (who.waiting) return e.audience === toPerson(who.id) || e.kind === 'ended';
  if (e.audience === 'leaders') return who.leads;
  if (e.audience.startsWith('user:'))
    return e.audience === toPerson(who.id) || (who.leads && e.waiting);
  if (e.held) return who.leads || e.authorId === who.id;
  return true;
}
