// The SSE listeners: one room event stream each, counting what arrives, when, twice or astray.
import http from 'node:http';
import { log, now } from './options.js';
import type { Person, Room } from './seed.js';
import type { Instance } from './servers.js';

// ---------------------------------------------------------------------------------------------
// Clients: SSE listeners here, form posts in senders.ts, over node:http (cheap enough for
// hundreds of streams).

export const streamAgent = new http.Agent({
  keepAlive: false,
  maxSockets: Number.POSITIVE_INFINITY,
});

/** Highest event id any listener has seen per room: where a newly loaded page's stream starts. */
export const roomLastId: Record<Room, number> = { A: 0, B: 0 };
/** Set once the message phase begins; listeners keep receive times only for sequence numbers. */
export let capacity = 0;
export let stopping = false;
export let lastEventAt = 0;
/** The message phase sets these from its own module (an import cannot be assigned to). */
export function setCapacity(n: number) {
  capacity = n;
}
export function setStopping() {
  stopping = true;
}

const MESSAGE = /bench (\d+) room ([AB])\b/;
const WRITTEN = /datetime="([^"]+)"/;
/** When each message's row was written (its created_at, shown in the message), per room. */
export const writtenAt: Record<Room, Float64Array> = {
  A: new Float64Array(0),
  B: new Float64Array(0),
};

export class Listener {
  /** Receive time (performance.now()) per sequence number of its room's messages. */
  recv: Float64Array = new Float64Array(0);
  lastId = 0;
  events = 0;
  bytes = 0;
  duplicates = 0;
  crossRoom = 0;
  outOfOrder = 0;
  drops = 0;
  cuts = 0;
  private away = 0;
  closedBy: string | null = null;
  connectedMs = Number.NaN;
  private req: http.ClientRequest | undefined;
  private buffer = '';
  /** Until the first state event: the connection's promise. */
  private pending: { resolve: () => void; reject: (e: Error) => void } | undefined;

  constructor(
    readonly person: Person,
    readonly instance: Instance,
    readonly slug: string,
  ) {}

  /** Connect; resolves at the first `state` event (subscribed, backlog sent: in the room). */
  connect(): Promise<void> {
    const started = now();
    return new Promise<void>((resolve, reject) => {
      this.pending = {
        resolve: () => {
          this.connectedMs = now() - started;
          resolve();
        },
        reject,
      };
      this.open({ after: roomLastId[this.person.room] });
    });
  }

  private open(from: { after: number } | { lastEventId: number }) {
    const query = 'after' in from ? `?after=${from.after}` : '';
    const resume = 'lastEventId' in from ? { 'last-event-id': String(from.lastEventId) } : {};
    const req = http.get(
      `${this.instance.base}/groups/${this.slug}/room/events${query}`,
      {
        agent: streamAgent,
        headers: { accept: 'text/event-stream', cookie: this.person.cookie, ...resume },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          this.fail(`stream answered ${res.statusCode}`, true);
          return;
        }
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => this.onData(chunk));
        res.on('end', () => this.fail('the server ended the stream', false));
        res.on('error', (e) => this.fail(e.message, false));
      },
    );
    req.on('error', (e) => this.fail(e.message, false));
    this.req = req;
  }

  /** Before the first state event a failure fails the connection; after it, it reconnects. */
  private fail(why: string, final: boolean) {
    if (stopping || this.closedBy) return;
    const pending = this.pending;
    if (pending) {
      this.pending = undefined;
      this.closedBy = why;
      pending.reject(new Error(why));
      return;
    }
    if (final) {
      this.closedBy = why;
      log(`listener ${this.person.id}: ${why}`);
      return;
    }
    this.onClose(why);
  }

  /** A dropped stream reconnects as EventSource does, with Last-Event-ID. */
  private onClose(why: string) {
    if (stopping || this.closedBy) return;
    const away = this.away;
    this.away = 0;
    if (away) this.cuts++;
    else {
      this.drops++;
      log(`listener ${this.person.id}: ${why}; reconnecting`);
    }
    setTimeout(() => {
      if (!stopping && !this.closedBy) this.open({ lastEventId: this.lastId });
    }, away || 1000);
  }

  /** Cut the stream as a phone going to sleep does: it comes back `ms` later with Last-Event-ID. */
  cut(ms: number) {
    this.away = ms;
    this.req?.destroy();
  }

  close() {
    this.closedBy ??= 'closed';
    this.req?.destroy();
  }

  private onData(chunk: string) {
    const t = now();
    this.bytes += chunk.length;
    this.buffer += chunk;
    let end = this.buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      this.onEvent(block, t);
      end = this.buffer.indexOf('\n\n');
    }
  }

  private onEvent(block: string, t: number) {
    let event = 'message';
    let data = '';
    let id = Number.NaN;
    for (const line of block.split('\n')) {
      if (line.startsWith('data: ')) data += line.slice(6);
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('id: ')) id = Number(line.slice(4));
    }
    if (block.startsWith(':') && !data) return; // a heartbeat comment
    this.events++;
    lastEventAt = t;
    const room = this.person.room;
    const other = room === 'A' ? 'B' : 'A';
    if (!Number.isNaN(id)) {
      if (id <= this.lastId) this.outOfOrder++;
      else this.lastId = id;
      if (id > roomLastId[room]) roomLastId[room] = id;
    }
    // Anything of the other room's (its messages, its people's names) reaching this listener.
    if (data.includes(`room ${other}`) || data.includes(`Bench ${other} `)) this.crossRoom++;
    if (event === 'message') {
      const m = MESSAGE.exec(data);
      if (m && m[2] === room) {
        const seq = Number(m[1]);
        if (seq < capacity) {
          if (!Number.isNaN(this.recv[seq]!)) this.duplicates++;
          else this.recv[seq] = t;
          if (Number.isNaN(writtenAt[room][seq]!)) {
            const w = WRITTEN.exec(data);
            // On the benchmark's clock: the database and this process share the machine's.
            if (w) writtenAt[room][seq] = Date.parse(w[1]!) - performance.timeOrigin;
          }
        }
      }
    } else if (event === 'state' && this.pending) {
      const pending = this.pending;
      this.pending = undefined;
      pending.resolve();
    } else if (event === 'end' || event === 'removed') {
      this.closedBy = event;
    }
  }
}
