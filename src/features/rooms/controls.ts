import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { audit } from '../accounts/audit.js';
import { appendEvent, toPerson } from './events.js';
import { admit } from './people.js';
import {
  CLOSE_AFTER_MS,
  closeSession,
  HAND_OPEN_MS,
  meetingNow,
  openSession,
  type RoomSession,
} from './sessions.js';

/** What a facilitator can do to the room or to one person in it (issue 18, item 3). */
export const CONTROLS = [
  'admit',
  'mute',
  'unmute',
  'remove',
  'lock',
  'unlock',
  'pause',
  'resume',
  'queue_add',
  'queue_up',
  'queue_drop',
  'next',
  'done',
  'pin',
  'unpin',
  'release',
  'end',
] as const;
export type Control = (typeof CONTROLS)[number];
export const isControl = (v: string): v is Control => (CONTROLS as readonly string[]).includes(v);

/** Controls that name a person in the room, and those that name a message. */
const ON_PERSON = new Set<Control>([
  'admit',
  'mute',
  'unmute',
  'remove',
  'queue_add',
  'queue_up',
  'queue_drop',
]);
const ON_MESSAGE = new Set<Control>(['pin', 'release']);
export const needsPerson = (c: Control) => ON_PERSON.has(c);
export const needsMessage = (c: Control) => ON_MESSAGE.has(c);

export type ControlInput = { control: Control; person?: string; message?: number };

/**
 * Apply one control in one transaction, tell every screen (a `state` event, or for a removal a
 * `removed` event that ends that person's streams), and audit who did what to whom (codes only).
 * Returns false when it changed nothing (the person or message is not in this session).
 */
export async function applyControl(
  db: Db,
  session: RoomSession,
  actor: { id: string; ip: string | null },
  input: ControlInput,
  o: { attends: (userId: string) => Promise<boolean> },
): Promise<boolean> {
  if (input.control === 'end') {
    const ended = await closeSession(db, session.id, actor.id);
    if (ended) await auditControl(db, session, actor, input);
    return ended;
  }
  // Asked before the transaction: PGlite has one connection, which the transaction holds.
  const attends = input.control === 'admit' && input.person ? await o.attends(input.person) : false;
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const changed = await change(tx, session, input, attends);
    if (!changed) return false;
    if (input.control === 'remove') {
      await appendEvent(tx, session.id, {
        kind: 'removed',
        audience: toPerson(input.person ?? ''),
      });
    }
    await appendEvent(tx, session.id, {
      kind: 'state',
      data: { control: input.control, ...(input.message ? { message: input.message } : {}) },
    });
    await auditControl(tx, session, actor, input);
    return true;
  });
}

async function change(
  tx: Db,
  s: RoomSession,
  { control, person = '', message = 0 }: ControlInput,
  attends: boolean,
): Promise<boolean> {
  const anyone = sql`session_id = ${s.id} AND user_id = ${person}`;
  // Muting or removing never reaches one of the group's leaders (co-leaders included).
  const inRoom = sql`${anyone} AND NOT EXISTS
    (SELECT 1 FROM group_leaders l WHERE l.group_id = ${s.groupId} AND l.user_id = ${person})`;
  const one = async (q: ReturnType<typeof sql>) => (await queryRows(tx, q)).length > 0;
  switch (control) {
    case 'admit':
      return admit(tx, s, person, attends);
    case 'mute':
    case 'unmute':
      return one(
        sql`UPDATE room_people SET muted = ${control === 'mute'}
             WHERE ${inRoom} AND state = 'in' RETURNING 1`,
      );
    case 'remove': {
      const removed = await one(
        sql`UPDATE room_people SET state = 'removed', hand_raised_at = NULL
             WHERE ${inRoom} AND state <> 'removed' RETURNING 1`,
      );
      if (removed) await dropFromOrder(tx, s.id, person);
      return removed;
    }
    case 'lock':
    case 'unlock':
      return setSession(tx, s.id, sql`locked = ${control === 'lock'}`);
    case 'pause':
    case 'resume':
      return setSession(tx, s.id, sql`paused = ${control === 'pause'}`);
    case 'queue_add':
      // From a raised hand (or anyone in the room) to the end of the order; the hand goes down.
      return (
        (await one(
          sql`UPDATE room_people SET hand_raised_at = NULL
               WHERE ${anyone} AND state = 'in' RETURNING 1`,
        )) &&
        setSession(
          tx,
          s.id,
          sql`queue = array_append(array_remove(queue, ${person}), ${person})`,
          sql`sharing_now IS DISTINCT FROM ${person}`,
        )
      );
    case 'queue_up':
      // One place earlier in the order.
      return setSession(
        tx,
        s.id,
        sql`queue = (SELECT array_agg(p ORDER BY CASE WHEN p = ${person} THEN i - 1.5 ELSE i END)
                      FROM unnest(queue) WITH ORDINALITY AS q(p, i))`,
        sql`${person} = ANY(queue)`,
      );
    case 'queue_drop':
      return setSession(
        tx,
        s.id,
        sql`queue = array_remove(queue, ${person})`,
        sql`${person} = ANY(queue)`,
      );
    case 'next':
      return setSession(
        tx,
        s.id,
        sql`sharing_now = queue[1], queue = coalesce(queue[2:], '{}')`,
        sql`cardinality(queue) > 0`,
      );
    case 'done':
      return setSession(tx, s.id, sql`sharing_now = NULL`, sql`sharing_now IS NOT NULL`);
    case 'pin':
      return (
        (await messageOf(tx, s.id, message)) &&
        setSession(tx, s.id, sql`pinned_event_id = ${message}`)
      );
    case 'unpin':
      return setSession(tx, s.id, sql`pinned_event_id = NULL`, sql`pinned_event_id IS NOT NULL`);
    case 'release':
      return one(
        sql`UPDATE room_events SET held = false
             WHERE id = ${message} AND session_id = ${s.id} AND held RETURNING 1`,
      );
    case 'end':
      return false;
  }
}

async function setSession(tx: Db, id: string, set: ReturnType<typeof sql>, when = sql`true`) {
  const rows = await queryRows(
    tx,
    sql`UPDATE room_sessions SET ${set} WHERE id = ${id} AND closed_at IS NULL AND ${when} RETURNING 1`,
  );
  return rows.length > 0;
}

async function dropFromOrder(tx: Db, sessionId: string, person: string) {
  await queryRows(
    tx,
    sql`UPDATE room_sessions SET queue = array_remove(queue, ${person}),
               sharing_now = CASE WHEN sharing_now = ${person} THEN NULL ELSE sharing_now END
         WHERE id = ${sessionId}`,
  );
}

/** A shown (not held) message of this session, which may be pinned. */
async function messageOf(tx: Db, sessionId: string, id: number) {
  const rows = await queryRows(
    tx,
    sql`SELECT 1 FROM room_events WHERE id = ${id} AND session_id = ${sessionId}
         AND kind = 'message' AND audience = 'all' AND NOT held`,
  );
  return rows.length > 0;
}

async function auditControl(
  db: Db,
  session: RoomSession,
  actor: { id: string; ip: string | null },
  input: Omit<ControlInput, 'control'> & { control: Control | 'open' },
) {
  await audit(db, {
    action: 'room.control',
    actorId: actor.id,
    targetType: 'group',
    targetId: session.groupId,
    ip: actor.ip,
    details: {
      control: input.control,
      session: session.id,
      person: input.person ?? null,
      message: input.message ?? null,
    },
  });
}

/**
 * A leader opens the room outside a meeting's room time (or after ending it early): for 3
 * hours, or until 30 minutes after the meeting under way. Audited like the controls.
 */
export async function openByHand(
  db: Db,
  groupId: string,
  actor: { id: string; ip: string | null },
) {
  const now = new Date();
  const meeting = await meetingNow(db, groupId, now);
  const closesAt = new Date(
    Math.max(now.getTime() + HAND_OPEN_MS, (meeting?.endsAt.getTime() ?? 0) + CLOSE_AFTER_MS),
  );
  const session = await openSession(db, groupId, {
    meetingStartsAt: meeting?.startsAt ?? null,
    closesAt,
    openedBy: actor.id,
  });
  if (session) await auditControl(db, session, actor, { control: 'open' });
}

/** A person raises or lowers their own hand (no audit: it is not a control over anyone). */
export async function setHand(db: Db, session: RoomSession, userId: string, up: boolean) {
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const rows = await queryRows(
      tx,
      sql`UPDATE room_people SET hand_raised_at = ${up ? sql`coalesce(hand_raised_at, now())` : null}
           WHERE session_id = ${session.id} AND user_id = ${userId} AND state = 'in'
             AND (hand_raised_at IS NULL) = ${up} RETURNING 1`,
    );
    if (rows.length > 0)
      await appendEvent(tx, session.id, { kind: 'state', data: { change: 'hand' } });
  });
}
