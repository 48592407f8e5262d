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
 * One batch for the streams of a session: new events, or the state after it changed (in a batch
 * of its own, at most once per STATE_EVERY_MS). Streams that see an event the same way share its
 * rendering through `rendered` (stream.tsx).
 */
export type Batch = {
  events: RoomEvent[];
  state?: RoomState;
  released: RoomEvent[];
  rendered?: Map<string, string>;
};
type Subscriber = (batch: Batch) => void;

/**
 * The room's state (everyone in it) is read at most this often per session on one instance,
 * whatever the number of changes: each stream redraws its people panel at most once a second
 * anyway (stream.tsx), so a read per change would mostly be thrown away. When a room fills up
 * (hundreds arriving within seconds) a read per arrival was most of the server's work, and its
 * garbage (rows and panels of the whole room, alive across database round trips, so promoted to
 * the old generation) was most of the memory the arrivals left behind.
 */
export const STATE_EVERY_MS = 1_000;

type Room = {
  subs: Set<Subscriber>;
  /** The newest event id fetched for this session (known once `ready`). */
  last: number;
  ready: boolean;
  init?: Promise<void>;
  fetching: boolean;
  again: boolean;
  /** The state read in flight, and the one that starts after it (shared by all who ask). */
  reading?: Promise<RoomState | null>;
  nextRead?: Promise<RoomState | null>;
  /** The newest state read, and when its read began. */
  latest?: { state: RoomState | null; at: number };
  /** When the streams were last sent a state, and the timer for the next (see STATE_EVERY_MS). */
  stateAt: number;
  stateTimer?: ReturnType<typeof setTimeout>;
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
      const made: Room = {
        subs: new Set(),
        last: 0,
        ready: false,
        fetching: false,
        again: false,
        stateAt: 0,
      };
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
      if (r.subs.size === 0 && this.rooms.get(sessionId) === r) {
        this.rooms.delete(sessionId);
        clearTimeout(r.stateTimer);
      }
    };
  }

  /**
   * A stream's first people panel: the state read in the last STATE_EVERY_MS if there is one
   * (as a subscriber, the stream is sent every change after that read began, as all streams
   * are), else a new read. A room filling up then reads (and its streams render, sharedPanel in
   * stream.tsx) about one state a second, not one per arriving stream: each was the whole room,
   * rows and rendered panel, alive across database round trips and so promoted to the old
   * generation, and with hundreds arriving that garbage was most of the memory the arrivals
   * left behind (issue 18).
   */
  recentState(sessionId: string): Promise<RoomState | null> {
    const latest = this.rooms.get(sessionId)?.latest;
    if (latest && Date.now() - latest.at < STATE_EVERY_MS) return Promise.resolve(latest.state);
    return this.state(sessionId);
  }

  /**
   * The session's state, read after this call began (so it holds every change made before it).
   * Those who ask while a read is under way share the next one.
   */
  state(sessionId: string): Promise<RoomState | null> {
    const room = this.rooms.get(sessionId);
    if (!room) return roomState(this.database, sessionId);
    if (!room.reading) {
      const at = Date.now();
      const reading: Promise<RoomState | null> = roomState(this.database, sessionId)
        .then((state) => {
          room.latest = { state, at };
          return state;
        })
        .finally(() => {
          if (room.reading === reading) room.reading = undefined;
        });
      room.reading = reading;
      return reading;
    }
    // One already under way may have started before the caller's change: wait for the next.
    room.nextRead ??= room.reading
      .catch(() => null)
      .then(() => {
        room.nextRead = undefined;
        return this.state(sessionId);
      });
    return room.nextRead;
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
        const released = await releasedIn(this.database.db, events);
        this.deliver(room, { events, released });
        if (events.some((e) => e.kind === 'state' && e.audience === 'all')) {
          this.stateChanged(sessionId, room);
        }
      } while (room.again);
    } catch {
      // The database is away: the next notification or resync reads again from room.last.
    } finally {
      room.fetching = false;
    }
  }

  /**
   * The state changed: the streams get it in a batch of its own, at once if none went out in
   * the last STATE_EVERY_MS, else at the end of that window, read then (so it holds every
   * change that came in the window, and the last change always reaches the streams).
   */
  private stateChanged(sessionId: string, room: Room) {
    if (room.stateTimer) return;
    const wait = room.stateAt + STATE_EVERY_MS - Date.now();
    if (wait <= 0) {
      void this.sendState(sessionId, room);
      return;
    }
    room.stateTimer = setTimeout(() => {
      room.stateTimer = undefined;
      void this.sendState(sessionId, room);
    }, wait);
  }

  private async sendState(sessionId: string, room: Room) {
    room.stateAt = Date.now();
    try {
      const state = await this.state(sessionId);
      if (state) this.deliver(room, { events: [], released: [], state });
    } catch {
      // The database is away: the next change reads again.
    }
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
