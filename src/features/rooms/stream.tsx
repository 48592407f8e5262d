import type { DbHandle } from '../../db/client.js';
import { type Batch, type RoomState, releasedIn, roomBus } from './bus.js';
import { eventsAfter, type Looker, type RoomEvent, toPerson, visibleTo } from './events.js';
import { streamChanged } from './people.js';
import type { EventSink } from './sink.js';
import { type Me, MessageItem, StatePanel } from './views.js';

/** A comment line this often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;
/** The people panel is redrawn at most this often on one stream. */
const PANEL_EVERY_MS = 1_000;
/** Events read at a time when a stream catches up. */
const PAGE = 500;

/**
 * One timer for every stream of this instance, not one each: a ping goes to every open stream
 * every HEARTBEAT_MS (a stream's first may come sooner, which only keeps it open).
 */
const beating = new Set<EventSink>();
let heartbeat: ReturnType<typeof setInterval> | undefined;
export function beat(sink: EventSink) {
  beating.add(sink);
  heartbeat ??= setInterval(() => {
    for (const s of beating) s.ping();
  }, HEARTBEAT_MS).unref();
  return () => {
    beating.delete(sink);
    if (beating.size === 0 && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
  };
}

/**
 * What a stream keeps of the room its guard found: only this, not the viewer's or the group's
 * rows, which hundreds of streams would each hold for hours.
 */
export type StreamOf = { sessionId: string; leads: boolean; waiting: boolean };

/** What a batch's streams render the same way, rendered once (keyed by event and way of seeing). */
function shared(batch: Batch, key: string, draw: () => string) {
  batch.rendered ??= new Map();
  let html = batch.rendered.get(key);
  if (html === undefined) {
    html = draw();
    batch.rendered.set(key, html);
  }
  return html;
}

/** The same for the people panel, per state read (one read serves every stream here). */
const panels = new WeakMap<RoomState, Map<string, string>>();
function sharedPanel(state: RoomState, key: string, draw: () => string) {
  let byKey = panels.get(state);
  if (!byKey) {
    byKey = new Map();
    panels.set(state, byKey);
  }
  let html = byKey.get(key);
  if (html === undefined) {
    html = draw();
    byKey.set(key, html);
  }
  return html;
}

/**
 * Calls `run` with the newest value at most once per `everyMs`: the first change at once, the
 * ones after it within the window folded into one call at its end.
 */
function throttled<T>(everyMs: number, run: (value: T) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: T | undefined;
  let lastAt = 0;
  const flush = () => {
    timer = undefined;
    if (pending === undefined) return;
    const value = pending;
    pending = undefined;
    lastAt = Date.now();
    run(value);
  };
  return {
    changed(value: T) {
      pending = value;
      if (timer) return;
      const wait = lastAt + everyMs - Date.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    stop() {
      if (timer) clearTimeout(timer);
      pending = undefined;
    },
  };
}

/**
 * Everything after `from`, page by page (a browser away for long may have missed thousands).
 * Its own function, so the pages are not kept alive by the stream's closures.
 */
async function catchUp(
  database: DbHandle,
  sessionId: string,
  from: number,
  deliver: (batch: Batch) => void,
) {
  for (let after = from; ; ) {
    const page = await eventsAfter(database.db, sessionId, after, PAGE);
    deliver({ events: page, released: await releasedIn(database.db, page) });
    if (page.length < PAGE) return;
    after = (page.at(-1) as RoomEvent).id;
  }
}

/** The batches that arrived while the stream caught up, in order. */
function drain(queued: Batch[], deliver: (batch: Batch) => void) {
  for (const b of queued.splice(0)) deliver(b);
}

/**
 * The people panel as the stream starts (read here, so the stream does not hold the read). The
 * bus's recent state is shared by the streams starting together, and so is its rendering
 * (sharedPanel); the changes after it reach the stream as they reach every stream.
 */
async function firstPanel(database: DbHandle, sessionId: string, show: (state: RoomState) => void) {
  const state = await roomBus(database).recentState(sessionId);
  if (state) show(state);
}

/**
 * One person's server-sent events for one session (ADR 31). Each event carries its row's id, so
 * a browser that reconnects sends Last-Event-ID and gets exactly what it missed. The stream
 * reads its backlog after subscribing to the bus and skips ids it has sent, so nothing falls
 * between the two. A removal or the end of the meeting closes the stream at once.
 */
export async function streamRoom(
  database: DbHandle,
  sink: EventSink,
  r: StreamOf,
  from: number,
  me: Me,
) {
  const looker: Looker = { id: me.id, leads: r.leads, waiting: r.waiting };
  let last = from;
  let ready = false;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  const queued: Batch[] = [];
  const send = (event: string, data: string, id?: number) => sink.send(event, data, id);

  // Messages this stream passed over because they were held: when one is released, it is sent.
  // (One released before the stream read it came as an ordinary row; one older than the page
  // the viewer loaded was held there too, or the release would be older than the page.)
  const withheld = new Set<number>();
  // How this viewer sees a message: as a facilitator, as its writer, or as anyone else.
  const html = (batch: Batch, e: RoomEvent) => {
    const role = r.leads ? 'L' : e.authorId === me.id ? `A${me.id}` : 'O';
    return shared(batch, `${e.id}|${role}|${me.view}`, () => String(<MessageItem e={e} me={me} />));
  };

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
      if (!visibleTo(e, looker)) {
        if (e.kind === 'message' && e.held) withheld.add(e.id);
        continue;
      }
      if (e.kind === 'state') send(e.data?.change === 'admitted' ? 'admitted' : 'tick', '', e.id);
      else send(e.kind === 'alert' ? 'alert' : 'message', html(batch, e), e.id);
    }
    // A released message reaches those who could not see it while it was held.
    for (const m of batch.released) {
      if (looker.leads || looker.waiting || m.authorId === me.id) continue;
      if (m.id > from && !withheld.delete(m.id)) continue;
      send('message', html(batch, m));
    }
    if (batch.state && !looker.waiting) panel.changed(batch.state);
  };

  // The people panel, redrawn at most once a second however fast people come and go: a room
  // filling up would otherwise send every stream a panel per arrival.
  const panel = throttled(PANEL_EVERY_MS, (state: RoomState) => {
    const self = state.people.find((p) => p.userId === me.id);
    const role = r.leads ? 'L' : `M${self?.state}${self?.muted}${Boolean(self?.handRaisedAt)}`;
    send(
      'state',
      sharedPanel(state, `${role}|${me.view}`, () => String(<StatePanel state={state} me={me} />)),
    );
  });

  const unsubscribe = await roomBus(database).subscribe(r.sessionId, (batch) => {
    if (ready) deliver(batch);
    else queued.push(batch);
  });
  await streamChanged(database.db, r.sessionId, me.id, 1);
  const stopBeating = beat(sink);
  sink.onClose(() => done());
  try {
    await catchUp(database, r.sessionId, from, deliver);
    if (!looker.waiting) await firstPanel(database, r.sessionId, panel.changed);
    ready = true;
    // In a function of its own: a suspended async function keeps its loop's last value, which
    // here would be a batch with the whole room's state, for the stream's whole life.
    drain(queued, deliver);
    await finished;
    await sink.end();
  } finally {
    stopBeating();
    panel.stop();
    unsubscribe();
    await streamChanged(database.db, r.sessionId, me.id, -1).catch(() => {});
  }
}
