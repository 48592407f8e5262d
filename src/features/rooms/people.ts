import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { appendEvent, toPerson } from './events.js';
import type { RoomStanding } from './policies.js';
import type { RoomSession } from './sessions.js';

/** A person is "here" with an open stream, or (without JavaScript) seen in the last 2 minutes. */
export const SEEN_WINDOW_MS = 2 * 60_000;

export type RoomPerson = {
  userId: string;
  name: string;
  state: 'waiting' | 'in' | 'removed';
  muted: boolean;
  handRaisedAt: Date | null;
  here: boolean;
  /** One of the group's leaders: a facilitator, shown as one, whom no control can touch. */
  leads: boolean;
};

type Row = {
  user_id: string;
  name: string;
  state: RoomPerson['state'];
  muted: boolean;
  hand_raised_at: Date | string | null;
  here: boolean;
  leads: boolean;
};

const toPersonRow = (r: Row): RoomPerson => ({
  userId: r.user_id,
  name: r.name,
  state: r.state,
  muted: r.muted,
  handRaisedAt: r.hand_raised_at === null ? null : new Date(r.hand_raised_at),
  here: r.here,
  leads: r.leads,
});

const HERE = (now: Date) =>
  sql`(streams > 0 OR seen_at > ${new Date(now.getTime() - SEEN_WINDOW_MS)}) AS here`;

/** A leader of the session's group (room_people has no role: leaders can change mid-meeting). */
export const LEADS = sql`EXISTS (SELECT 1 FROM room_sessions s JOIN group_leaders l
  ON l.group_id = s.group_id WHERE s.id = room_people.session_id
  AND l.user_id = room_people.user_id) AS leads`;

/** Everyone who came to a session (waiting, in, removed), in order of arrival. */
export async function peopleOf(db: Db, sessionId: string, now = new Date()) {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT user_id, name, state, muted, hand_raised_at, ${HERE(now)}, ${LEADS}
          FROM room_people WHERE session_id = ${sessionId} ORDER BY entered_at, name`,
  );
  return rows.map(toPersonRow);
}

export async function personIn(db: Db, sessionId: string, userId: string, now = new Date()) {
  const [row] = await queryRows<Row>(
    db,
    sql`SELECT user_id, name, state, muted, hand_raised_at, ${HERE(now)}, ${LEADS}
          FROM room_people WHERE session_id = ${sessionId} AND user_id = ${userId}`,
  );
  return row ? toPersonRow(row) : null;
}

/** What the room policies need about one viewer and the open session (or none). */
export async function roomStanding(
  db: Db,
  session: RoomSession | null,
  userId: string | null,
): Promise<RoomStanding> {
  if (!session) return { open: false, locked: false, paused: false, person: null };
  const person = userId ? await personIn(db, session.id, userId) : null;
  return {
    open: session.closedAt === null,
    locked: session.locked,
    paused: session.paused,
    person: person && { state: person.state, muted: person.muted },
  };
}

/**
 * Come in (or to the waiting room). The first time, everyone's list changes; a member entering
 * a meeting's room is marked present for that meeting (a leader's correction is kept).
 */
export async function enterRoom(
  db: Db,
  session: RoomSession,
  who: { id: string; name: string },
  o: { state: 'in' | 'waiting'; attends: boolean },
) {
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const [row] = await queryRows<{ inserted: boolean }>(
      tx,
      sql`INSERT INTO room_people (session_id, user_id, name, state)
          VALUES (${session.id}, ${who.id}, ${who.name}, ${o.state})
          ON CONFLICT (session_id, user_id) DO UPDATE SET seen_at = now()
          RETURNING (xmax = 0) AS inserted`,
    );
    if (!row?.inserted) return;
    if (o.state === 'in' && o.attends) await markPresent(tx, session, who.id);
    await appendEvent(tx, session.id, { kind: 'state', data: { change: o.state } });
  });
}

async function markPresent(tx: Db, session: RoomSession, userId: string) {
  if (!session.meetingStartsAt) return;
  await queryRows(
    tx,
    sql`INSERT INTO attendance (group_id, user_id, starts_at, present, recorded_by)
        VALUES (${session.groupId}, ${userId}, ${session.meetingStartsAt}, true, NULL)
        ON CONFLICT DO NOTHING`,
  );
}

/** A page view or a post: still here, for people without a stream. */
export async function seen(db: Db, sessionId: string, userId: string) {
  await queryRows(
    db,
    sql`UPDATE room_people SET seen_at = now() WHERE session_id = ${sessionId} AND user_id = ${userId}`,
  );
}

/**
 * A stream opened or closed. Presence changes (someone arrives or leaves) are told to everyone;
 * other openings (a second tab, a reconnect) are not.
 */
export async function streamChanged(db: Db, sessionId: string, userId: string, delta: 1 | -1) {
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const [row] = await queryRows<{ streams: number }>(
      tx,
      sql`UPDATE room_people SET streams = greatest(streams + ${delta}, 0), seen_at = now()
           WHERE session_id = ${sessionId} AND user_id = ${userId} RETURNING streams`,
    );
    if (!row) return;
    const presenceChanged = delta === 1 ? row.streams === 1 : row.streams === 0;
    if (presenceChanged)
      await appendEvent(tx, sessionId, { kind: 'state', data: { change: 'presence' } });
  });
}

/** Admit a waiting visitor: they are in, and their waiting page is told to come in. */
export async function admit(tx: Db, session: RoomSession, personId: string, attends: boolean) {
  const [row] = await queryRows(
    tx,
    sql`UPDATE room_people SET state = 'in' WHERE session_id = ${session.id}
         AND user_id = ${personId} AND state = 'waiting' RETURNING user_id`,
  );
  if (!row) return false;
  if (attends) await markPresent(tx, session, personId);
  await appendEvent(tx, session.id, {
    kind: 'state',
    audience: toPerson(personId),
    waiting: true,
    data: { change: 'admitted' },
  });
  return true;
}
