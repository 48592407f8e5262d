import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../app-env.js';
import { type DbHandle, queryRows } from '../../db/client.js';
import { attendance, groupLeaders, jobs, roomEvents, safetyAlerts } from '../../db/schema/index.js';
import { createTestDatabase, secondInstance } from '../../test/harness.js';
import { minutesAhead, onceAt, person, savedGroup, setStatus } from '../attending/test-fixtures.js';
import { type Batch, RoomBus } from './bus.js';
import { applyControl, openByHand } from './controls.js';
import { eventsAfter, type RoomEvent, visibleTo } from './events.js';
import { roomJobHandlers } from './jobs.js';
import { enterRoom, roomStanding } from './people.js';
import { postRoomMessage } from './posting.js';
import {
  CLOSE_JOB,
  closeSession,
  currentSession,
  PURGE_JOB,
  type RoomSession,
  sessionById,
} from './sessions.js';

/**
 * Issue 18, the room's core: a meeting's room opens 15 minutes before it and closes 30 after;
 * events are rows, read in id order, so a reconnect "after N" gets exactly what it missed; every
 * instance's bus hears every other's writes through LISTEN/NOTIFY; urgent messages are held and
 * alert the facilitators; what was said is deleted when the room closes unless the group keeps it.
 */
let database: DbHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function meetingRoom(startsInMs = 5 * 60_000, keepDays = 0) {
  const db = database.db;
  const g = await savedGroup(db, {
    mode: 'online',
    schedules: [onceAt(minutesAhead(startsInMs), 60)],
  });
  if (keepDays) {
    await queryRows(
      db,
      sql`INSERT INTO room_settings (group_id, keep_days) VALUES (${g.id}, ${keepDays})`,
    );
  }
  const leader = await person(db);
  await db.insert(groupLeaders).values({ groupId: g.id, userId: leader.id, role: 'owner' });
  const member = await person(db);
  await setStatus(db, g.id, member.id, 'member');
  const session = (await currentSession(db, g.id)) as RoomSession;
  return { g, leader, member, session };
}

const collect = () => {
  const batches: Batch[] = [];
  const ids = () => batches.flatMap((b) => b.events.map((e) => e.id));
  return { batches, ids, sub: (b: Batch) => batches.push(b) };
};

async function until(check: () => boolean, ms = 3_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('not in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('opening and closing', () => {
  it('opens 15 minutes before a meeting, once for any number of callers, and not earlier', async () => {
    const db = database.db;
    const early = await savedGroup(db, {
      mode: 'online',
      schedules: [onceAt(minutesAhead(40 * 60_000))],
    });
    expect(await currentSession(db, early.id)).toBeNull();
    const { g, session } = await meetingRoom();
    expect(session.meetingStartsAt).not.toBeNull();
    const again = await Promise.all([currentSession(db, g.id), currentSession(db, g.id)]);
    expect(again.map((s) => s?.id)).toEqual([session.id, session.id]);
    expect(session.closesAt.getTime()).toBe(
      (session.meetingStartsAt as Date).getTime() + 90 * 60_000,
    );
    const [close] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `room-close:${session.id}:${session.closesAt.getTime()}`));
    expect(close?.runAt.getTime()).toBe(session.closesAt.getTime());
  });

  it('deletes what was said when the room closes, and a meeting ended early stays closed', async () => {
    const db = database.db;
    const { g, member, session } = await meetingRoom();
    await postRoomMessage(db, session, { id: member.id, name: 'Wren', leads: false }, 'Hello all', {
      waiting: false,
    });
    expect(await closeSession(db, session.id, null)).toBe(true);
    expect(await closeSession(db, session.id, null)).toBe(false);
    const left = await db.select().from(roomEvents).where(eq(roomEvents.sessionId, session.id));
    expect(left.map((e) => e.kind)).toEqual(['ended']);
    expect(await currentSession(db, g.id)).toBeNull();
  });

  it('keeps messages for members when the group chose to, and schedules their deletion', async () => {
    const db = database.db;
    const { member, session } = await meetingRoom(5 * 60_000, 3);
    await postRoomMessage(
      db,
      session,
      { id: member.id, name: 'Wren', leads: false },
      'Kept words',
      { waiting: false },
    );
    await closeSession(db, session.id, null);
    const kept = await eventsAfter(db, session.id, 0);
    expect(kept.some((e) => e.body === 'Kept words')).toBe(true);
    const [purge] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `room-purge:${session.id}`));
    expect(purge?.runAt.getTime()).toBeGreaterThan(Date.now() + 2.9 * 86_400_000);
  });
});

describe('people and controls', () => {
  it('marks a member present on entering; a removed person cannot come back into that meeting', async () => {
    const db = database.db;
    const { g, leader, member, session } = await meetingRoom();
    await enterRoom(db, session, { id: member.id, name: 'Wren' }, { state: 'in', attends: true });
    const [present] = await db
      .select()
      .from(attendance)
      .where(and(eq(attendance.groupId, g.id), eq(attendance.userId, member.id)));
    expect(present?.present).toBe(true);
    const attends = async () => true;
    expect(
      await applyControl(
        db,
        session,
        { id: leader.id, ip: null },
        { control: 'remove', person: member.id },
        { attends },
      ),
    ).toBe(true);
    const standing = await roomStanding(db, session, member.id);
    expect(standing.person?.state).toBe('removed');
    // Entering again changes nothing.
    await enterRoom(db, session, { id: member.id, name: 'Wren' }, { state: 'in', attends: true });
    expect((await roomStanding(db, session, member.id)).person?.state).toBe('removed');
    const audited = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'room.control'
           AND details->>'control' = 'remove' AND details->>'person' = ${member.id}`,
    );
    expect(audited[0]?.n).toBe(1);
  });

  it('makes a room opened by hand the meeting’s when its time comes, marking who is in', async () => {
    const db = database.db;
    // The meeting is 2 hours away; the leader opens the room now, and a member comes in.
    const { g, leader, member, session } = await meetingRoom(2 * 3_600_000);
    expect(session).toBeNull();
    await openByHand(db, g.id, { id: leader.id, ip: null });
    const early = (await currentSession(db, g.id)) as RoomSession;
    expect(early.meetingStartsAt).toBeNull();
    await enterRoom(db, early, { id: member.id, name: 'Wren' }, { state: 'in', attends: true });
    const marked = () =>
      queryRows(db, sql`SELECT present FROM attendance WHERE group_id = ${g.id}`);
    expect(await marked()).toEqual([]);
    // 14 minutes before the meeting: the same session, now the meeting's, open until 30 after.
    const later = new Date(Date.now() + 2 * 3_600_000 - 14 * 60_000);
    const adopted = (await currentSession(db, g.id, later)) as RoomSession;
    expect(adopted.id).toBe(early.id);
    expect(adopted.meetingStartsAt).not.toBeNull();
    expect(adopted.closesAt.getTime()).toBeGreaterThan(early.closesAt.getTime());
    expect(await marked()).toEqual([{ present: true }]);
    const opened = await queryRows(
      db,
      sql`SELECT 1 FROM audit_events WHERE action = 'room.control'
           AND details->>'control' = 'open' AND target_id = ${g.id}`,
    );
    expect(opened).toHaveLength(1);
  });

  it('runs a talking order: add from a raised hand, move up, next, done', async () => {
    const db = database.db;
    const { leader, session } = await meetingRoom();
    const a = await person(db);
    const b = await person(db);
    for (const p of [a, b])
      await enterRoom(db, session, { id: p.id, name: p.id }, { state: 'in', attends: false });
    const actor = { id: leader.id, ip: null };
    const attends = async () => false;
    const order = async () =>
      (
        await queryRows<{ sharing_now: string | null; queue: string[] }>(
          db,
          sql`SELECT sharing_now, queue FROM room_sessions WHERE id = ${session.id}`,
        )
      )[0];
    await applyControl(db, session, actor, { control: 'queue_add', person: a.id }, { attends });
    await applyControl(db, session, actor, { control: 'queue_add', person: b.id }, { attends });
    await applyControl(db, session, actor, { control: 'queue_up', person: b.id }, { attends });
    expect((await order())?.queue).toEqual([b.id, a.id]);
    await applyControl(db, session, actor, { control: 'next' }, { attends });
    expect(await order()).toEqual({ sharing_now: b.id, queue: [a.id] });
    await applyControl(db, session, actor, { control: 'done' }, { attends });
    expect((await order())?.sharing_now).toBeNull();
    // A control that changes nothing says so, and is not audited.
    expect(await applyControl(db, session, actor, { control: 'done' }, { attends })).toBe(false);
  });
});

describe('safety in the room', () => {
  it('holds an urgent message from everyone but the facilitators and its writer, and alerts the leaders', async () => {
    const db = database.db;
    const { leader, member, session } = await meetingRoom();
    const posted = await postRoomMessage(
      db,
      session,
      { id: member.id, name: 'Wren', leads: false },
      'I have the pills counted out and I am going to take all of them tonight.',
      { waiting: false },
    );
    expect(posted.held).toBe(true);
    expect(posted.safety?.told).toBe('leaders');
    const [alert] = await db
      .select()
      .from(safetyAlerts)
      .where(eq(safetyAlerts.itemId, String(posted.id)));
    expect(alert?.itemKind).toBe('room_message');
    const events = await eventsAfter(db, session.id, 0);
    const message = events.find((e) => e.id === posted.id) as RoomEvent;
    const other = await person(db);
    expect(visibleTo(message, { id: other.id, leads: false })).toBe(false);
    expect(visibleTo(message, { id: member.id, leads: false })).toBe(true);
    expect(visibleTo(message, { id: leader.id, leads: true })).toBe(true);
    const inRoomAlert = events.find((e) => e.kind === 'alert') as RoomEvent;
    expect(visibleTo(inRoomAlert, { id: other.id, leads: false })).toBe(false);
    expect(visibleTo(inRoomAlert, { id: leader.id, leads: true })).toBe(true);
    // The facilitator releases it after checking in.
    await applyControl(
      db,
      session,
      { id: leader.id, ip: null },
      { control: 'release', message: posted.id },
      { attends: async () => false },
    );
    const [after] = await eventsAfter(db, session.id, posted.id - 1, 1);
    expect(after?.held).toBe(false);
  });
});

describe('the bus', () => {
  it('hands each stream every event after the id it subscribed at, in order, once', async () => {
    const db = database.db;
    const { member, session } = await meetingRoom();
    const bus = new RoomBus(database);
    const seen = collect();
    const stop = await bus.subscribe(session.id, seen.sub);
    const posted: number[] = [];
    for (let i = 0; i < 20; i++) {
      const p = await postRoomMessage(
        db,
        session,
        { id: member.id, name: 'Wren', leads: false },
        `m${i}`,
        { waiting: false },
      );
      posted.push(p.id);
    }
    await until(() => seen.ids().length >= 20);
    expect(seen.ids()).toEqual(posted);
    // Reconnecting "after N" reads exactly what came after N.
    const resumed = await eventsAfter(db, session.id, posted[9] as number);
    expect(resumed.map((e) => e.id)).toEqual(posted.slice(10));
    stop();
  });

  it('delivers one instance’s messages to another’s streams, and none of another room’s', async () => {
    const other = await secondInstance(database);
    // On PGlite one process owns the database: the same bus test above covers its one instance.
    if (!other) return;
    try {
      const { member, session } = await meetingRoom();
      const second = await meetingRoom();
      const here = collect();
      const there = collect();
      const stops = [
        await new RoomBus(database).subscribe(session.id, here.sub),
        await new RoomBus(other).subscribe(session.id, there.sub),
      ];
      const stopElsewhere = await new RoomBus(other).subscribe(second.session.id, () => {
        throw new Error('a message reached another room');
      });
      const a = await postRoomMessage(
        database.db,
        session,
        { id: member.id, name: 'W', leads: false },
        'from one',
        { waiting: false },
      );
      const b = await postRoomMessage(
        other.db,
        session,
        { id: member.id, name: 'W', leads: false },
        'from two',
        { waiting: false },
      );
      await until(() => here.ids().length >= 2 && there.ids().length >= 2);
      expect(here.ids()).toEqual([a.id, b.id]);
      expect(there.ids()).toEqual([a.id, b.id]);
      for (const stop of [...stops, stopElsewhere]) stop();
    } finally {
      await other.close();
    }
  });
});

describe('the rooms’ jobs', () => {
  it('close a session at its time and delete kept messages when theirs is up, once', async () => {
    const db = database.db;
    const handlers = roomJobHandlers({ database } as AppDeps);
    const { member, session } = await meetingRoom(5 * 60_000, 1);
    await postRoomMessage(db, session, { id: member.id, name: 'W', leads: false }, 'hi', {
      waiting: false,
    });
    // Not yet its time: nothing happens.
    await handlers[CLOSE_JOB]?.({ session: session.id }, {} as never);
    expect((await sessionById(db, session.id))?.closedAt).toBeNull();
    await queryRows(
      db,
      sql`UPDATE room_sessions SET closes_at = now() - interval '1 minute' WHERE id = ${session.id}`,
    );
    await handlers[CLOSE_JOB]?.({ session: session.id }, {} as never);
    await handlers[CLOSE_JOB]?.({ session: session.id }, {} as never);
    expect((await sessionById(db, session.id))?.closedAt).not.toBeNull();
    expect((await eventsAfter(db, session.id, 0)).some((e) => e.body === 'hi')).toBe(true);
    await queryRows(
      db,
      sql`UPDATE room_sessions SET keep_until = now() - interval '1 minute' WHERE id = ${session.id}`,
    );
    await handlers[PURGE_JOB]?.({ session: session.id }, {} as never);
    expect((await eventsAfter(db, session.id, 0)).map((e) => e.kind)).toEqual(['ended']);
  });
});
