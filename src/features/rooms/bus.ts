import type { Db, DbHandle } from '../../db/client.js';
import { eventById, eventsAfter, lastEventId, ROOM_CHANNEL, type RoomEvent } from './events.js';
import { peopleOf, type RoomPerson } from './people.js';
import { type RoomSession, sessionById } from './sessions.js';

/**
 * What the room looks like now: read once per change for every stream on this instance. The
 * pinned message is there only while nobody holds it.
 */
export type RoomState = { session: RoomSession; people: RoomPerson[]; pinned: RoomEvent | null };

/**
 * One batch for the streams of a session: new events, and the state when it changed. Streams
 * that see an event the same way share its rendering through `rendered` (stream.tsx).
 */
export type Batch = {
  events: RoomEvent[];
  state?: RoomState;
  released: RoomEvent[];
  rendered?: Map<string, string>;
};
type Subscriber = (batch: Batch) => void;

type Room = {
  subs: Set<Subscriber>;
  /** The newest event id fetched for this session (known once `ready`). */
  last: number;
  ready: boolean;
  init?: Promise<void>;
  fetching: boolean;
  again: boolean;
};

/**
 * The rooms' events on one app instance (ADR 31). Every instance LISTENs on one channel; a
 * NOTIFY says which session has a new event. For a session with streams here, the instance
 * reads the new events once (however many streams), and hands the batch to each stream, which
 * decides what its viewer may see. Notifications are only a wake-up: the rows are the truth,
 * so a lost notification (a reconnect) is made good by reading again.
 */
export class RoomBus {
  private readonly rooms = new Map<string, Room>();
  private started: Promise<void> | undefined;

  constructor(private readonly database: DbHandle) {}

  /**
   * Receive a session's batches. Resolves once events after the returned id will be delivered:
   * the stream reads its own backlog (up to that id) after this, and skips ids it has sent.
   */
  async subscribe(sessionId: string, sub: Subscriber): Promise<() => void> {
    this.started ??= this.database
      .listen(
        ROOM_CHANNEL,
        (payload) => this.notified(payload),
        () => this.resync(),
      )
      .then(
        () => undefined,
        (error) => {
          this.started = undefined;
          throw error;
        },
      );
    await this.started;
    let room = this.rooms.get(sessionId);
    if (!room) {
      const made: Room = { subs: new Set(), last: 0, ready: false, fetching: false, again: false };
      this.rooms.set(sessionId, made);
      // Until the newest id is known, notifications only ask for a read later.
      made.init = lastEventId(this.database.db, sessionId).then((last) => {
        made.last = last;
        made.ready = true;
        if (made.again) void this.fetch(sessionId, made);
      });
      room = made;
    }
    room.subs.add(sub);
    await room.init;
    const r = room;
    return () => {
      r.subs.delete(sub);
      if (r.subs.size === 0 && this.rooms.get(sessionId) === r) this.rooms.delete(sessionId);
    };
  }

  /** How many streams this instance serves (for the benchmark and /metrics). */
  get streams() {
    let n = 0;
    for (const r of this.rooms.values()) n += r.subs.size;
    return n;
  }

  private notified(payload: string) {
    const [sessionId, id] = payload.split(':');
    const room = sessionId ? this.rooms.get(sessionId) : undefined;
    if (!room || (room.ready && Number(id) <= room.last)) return;
    void this.fetch(sessionId as string, room);
  }

  private resync() {
    for (const [id, room] of this.rooms) void this.fetch(id, room);
  }

  /** Read what is new, one read at a time per session; a notification meanwhile asks again. */
  private async fetch(sessionId: string, room: Room) {
    if (room.fetching || !room.ready) {
      room.again = true;
      return;
    }
    room.fetching = true;
    try {
      do {
        room.again = false;
        const events = await eventsAfter(this.database.db, sessionId, room.last);
        if (events.length === 0) continue;
        room.last = (events.at(-1) as RoomEvent).id;
        if (events.length === 500) room.again = true;
        this.deliver(room, await this.batch(sessionId, events));
      } while (room.again);
    } catch {
      // The database is away: the next notification or resync reads again from room.last.
    } finally {
      room.fetching = false;
    }
  }

  private async batch(sessionId: string, events: RoomEvent[]): Promise<Batch> {
    const { db } = this.database;
    const changed = events.some((e) => e.kind === 'state' && e.audience === 'all');
    const state = changed ? await roomState(this.database, sessionId) : undefined;
    return { events, state: state ?? undefined, released: await releasedIn(db, events) };
  }

  private deliver(room: Room, batch: Batch) {
    for (const sub of room.subs) {
      try {
        sub(batch);
      } catch {
        // One stream's failure is its own.
      }
    }
  }
}

/** The messages a facilitator released among `events`, as they are now (no longer held). */
export async function releasedIn(db: Db, events: RoomEvent[]): Promise<RoomEvent[]> {
  const released: RoomEvent[] = [];
  for (const e of events) {
    const id = e.kind === 'state' && e.data?.control === 'release' ? Number(e.data.message) : 0;
    const message = id ? await eventById(db, id) : null;
    if (message) released.push(message);
  }
  return released;
}

export async function roomState(database: DbHandle, sessionId: string): Promise<RoomState | null> {
  const session = await sessionById(database.db, sessionId);
  if (!session) return null;
  const pinned = session.pinnedEventId ? await eventById(database.db, session.pinnedEventId) : null;
  return {
    session,
    people: await peopleOf(database.db, sessionId),
    pinned: pinned && !pinned.held ? pinned : null,
  };
}

const buses = new WeakMap<DbHandle, RoomBus>();

/** The bus of this instance's database handle, made on first use. */
export function roomBus(database: DbHandle): RoomBus {
  let bus = buses.get(database);
  if (!bus) {
    bus = new RoomBus(database);
    buses.set(database, bus);
  }
  return bus;
}
