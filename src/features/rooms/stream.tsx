import type { Context } from 'hono';
import type { SSEStreamingApi } from 'hono/streaming';
import type { AppEnv } from '../../app-env.js';
import { type Batch, releasedIn, roomBus, roomState } from './bus.js';
import {
  eventById,
  eventsAfter,
  type Looker,
  type RoomEvent,
  toPerson,
  visibleTo,
} from './events.js';
import type { Room } from './guard.js';
import { streamChanged } from './people.js';
import type { RoomSession } from './sessions.js';
import { type Me, MessageItem, StatePanel } from './views.js';

/** A comment line this often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * One person's server-sent events for one session (ADR 31). Each event carries its row's id, so
 * a browser that reconnects sends Last-Event-ID and gets exactly what it missed. The stream
 * reads its backlog after subscribing to the bus and skips ids it has sent, so nothing falls
 * between the two. A removal or the end of the meeting closes the stream at once.
 */
export async function streamRoom(
  c: Context<AppEnv>,
  stream: SSEStreamingApi,
  r: Room & { session: RoomSession },
  from: number,
  me: Me,
) {
  const { database } = c.var.deps;
  const looker: Looker = {
    id: me.id,
    leads: r.leads,
    waiting: r.standing.person?.state === 'waiting',
  };
  let last = from;
  let ready = false;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  const queued: Batch[] = [];
  // Writes go out one after another, in order.
  let writing = Promise.resolve();
  const send = (event: string, data: string, id?: number) => {
    writing = writing
      .then(() =>
        stream.writeSSE({
          event,
          data: data.replace(/\n/g, ' '),
          id: id === undefined ? undefined : String(id),
        }),
      )
      .catch(() => done());
  };

  const html = (e: RoomEvent) => String(<MessageItem e={e} me={me} />);
  // Messages sent to this viewer, so a released one is not sent twice (once as a new row that
  // is no longer held, once as released).
  const shown = new Set<number>();

  const deliver = (batch: Batch) => {
    for (const e of batch.events) {
      if (e.id <= last) continue;
      last = e.id;
      if (e.kind === 'ended') {
        send('end', '', e.id);
        done();
        return;
      }
      if (e.kind === 'removed') {
        if (e.audience === toPerson(me.id)) {
          send('removed', '', e.id);
          done();
          return;
        }
        continue;
      }
      if (!visibleTo(e, looker)) continue;
      if (e.kind === 'state') send(e.data?.change === 'admitted' ? 'admitted' : 'tick', '', e.id);
      else {
        if (e.kind === 'message') shown.add(e.id);
        send(e.kind === 'alert' ? 'alert' : 'message', html(e), e.id);
      }
    }
    // A released message reaches those who could not see it while it was held.
    for (const m of batch.released) {
      if (looker.leads || looker.waiting || m.authorId === me.id || shown.has(m.id)) continue;
      shown.add(m.id);
      send('message', html(m));
    }
    if (batch.state && !looker.waiting) void sendState(batch);
  };

  const sendState = async (batch: Batch) => {
    const state = batch.state;
    if (!state) return;
    const pinnedId = state.session.pinnedEventId;
    const pinned = pinnedId ? await eventById(database.db, pinnedId) : null;
    send(
      'state',
      String(<StatePanel state={state} me={me} pinned={pinned && !pinned.held ? pinned : null} />),
    );
  };

  const unsubscribe = await roomBus(database).subscribe(r.session.id, (batch) => {
    if (ready) deliver(batch);
    else queued.push(batch);
  });
  await streamChanged(database.db, r.session.id, me.id, 1);
  const heartbeat = setInterval(() => {
    writing = writing
      .then(() => stream.write(': ping\n\n'))
      .then(
        () => undefined,
        () => done(),
      );
  }, HEARTBEAT_MS);
  stream.onAbort(() => done());
  try {
    const backlog = await eventsAfter(database.db, r.session.id, from);
    deliver({ events: backlog, released: await releasedIn(database.db, backlog) });
    if (!looker.waiting) {
      const state = await roomState(database, r.session.id);
      if (state) await sendState({ events: [], released: [], state });
    }
    ready = true;
    for (const b of queued.splice(0)) deliver(b);
    await finished;
    await writing;
  } finally {
    clearInterval(heartbeat);
    unsubscribe();
    await streamChanged(database.db, r.session.id, me.id, -1).catch(() => {});
  }
}
