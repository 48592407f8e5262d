// The senders: form posts as a page's script sends them, and the message phase's open loop.
import http from 'node:http';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cpuSeconds } from '../bench-search/server.js';
import { capacity, type Listener, setCapacity, setStopping, writtenAt } from './listener.js';
import {
  CUT_AT_MS,
  CUT_FOR_MS,
  CUT_SHARE,
  GRACE_MS,
  log,
  now,
  OTHER_RATE,
  PUBLIC_URL,
  RATE,
  SECONDS,
  sleep,
} from './options.js';
import { machineCpu, rssKb } from './probe.js';
import type { Person, Room } from './seed.js';
import type { Instance } from './servers.js';

export const postAgent = new http.Agent({ keepAlive: true, maxSockets: 32 });

let postFailures = 0;

/** A form post as a page's script sends it: same origin, form-encoded, X-Fragment. */
export function post(
  instance: Instance,
  path: string,
  cookie: string,
  fields: Record<string, string>,
) {
  const body = new URLSearchParams(fields).toString();
  return new Promise<number>((resolve, reject) => {
    const req = http.request(
      `${instance.base}${path}`,
      {
        method: 'POST',
        agent: postAgent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          origin: PUBLIC_URL,
          'sec-fetch-site': 'same-origin',
          'x-fragment': '1',
          cookie,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text.length < 300) text += chunk;
        });
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status !== 204 && postFailures++ < 3)
            log(
              `POST ${path} on ${instance.name}: ${status} ${text.replace(/\s+/g, ' ').slice(0, 200)}`,
            );
          resolve(status);
        });
        res.on('error', reject);
        res.on('close', () => reject(new Error('the answer was cut off')));
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('no answer in 30 s')));
    req.end(body);
  });
}

type Send = { started: number; accepted: number; status: number };

/** The message phase, then the grace period; ends with the listeners told to stop reconnecting. */
export async function sendMessages(
  servers: Instance[],
  senders: Record<Room, Person[]>,
  messagePath: (room: Room) => string,
  listeners: Listener[],
  profile: (phase: string, step: 'start' | 'stop') => Promise<void>,
) {
  // The message phase: an open loop, each send on its own schedule whatever the others do.
  const total: Record<Room, number> = {
    A: Math.round(RATE * SECONDS),
    B: Math.round(OTHER_RATE * SECONDS),
  };
  setCapacity(Math.max(total.A, total.B));
  for (const l of listeners) l.recv = new Float64Array(capacity).fill(Number.NaN);
  for (const room of ['A', 'B'] as const)
    writtenAt[room] = new Float64Array(capacity).fill(Number.NaN);
  const sends: Record<Room, Send[]> = { A: [], B: [] };
  await sleep(1000);
  await profile('send', 'start');
  const cpuBefore = servers.map((s) => cpuSeconds(s.process.pid));
  const clientCpuBefore = process.cpuUsage();
  const machineBefore = machineCpu();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  log(
    `sending ${total.A} messages to room A (${RATE}/s) and ${total.B} to room B (${OTHER_RATE}/s) for ${SECONDS} s`,
  );
  const phaseStarted = now();
  const inFlight: Promise<void>[] = [];
  const schedule = (room: Room, rate: number) =>
    new Promise<void>((resolveRoom) => {
      if (total[room] === 0) return resolveRoom();
      let seq = 0;
      const tick = () => {
        while (seq < total[room] && now() >= phaseStarted + (seq * 1000) / rate) {
          const n = seq++;
          const s = servers[n % servers.length]!;
          const who = senders[room][n % senders[room].length]!;
          const send: Send = { started: now(), accepted: Number.NaN, status: 0 };
          sends[room][n] = send;
          inFlight.push(
            post(s, messagePath(room), who.cookie, { message: `bench ${n} room ${room}` }).then(
              (status) => {
                send.status = status;
                if (status === 204) send.accepted = now();
              },
              (error: Error) => {
                send.status = -1;
                if (postFailures++ < 3) log(`POST to ${s.name}: ${error.message}`);
              },
            ),
          );
        }
        if (seq >= total[room]) return resolveRoom();
        setTimeout(tick, Math.max(0, phaseStarted + (seq * 1000) / rate - now()));
      };
      tick();
    });
  const progress = setInterval(() => {
    const done = (room: Room) => sends[room].filter((x) => x.status !== 0).length;
    const begun = sends.A.length + sends.B.length;
    log(
      `  ${((now() - phaseStarted) / 1000).toFixed(0)} s: ${begun} posts begun, ${done('A') + done('B')} answered; ${listeners.reduce((a, l) => a + l.events, 0)} events received`,
    );
  }, 5000);
  // Optionally, some of room A's listeners go away for a while and come back with
  // Last-Event-ID: what they missed must reach them all the same.
  const cutListeners = Number.isNaN(CUT_AT_MS)
    ? []
    : listeners
        .filter((l) => l.person.room === 'A')
        .filter((_, i, all) => i < Math.round(all.length * CUT_SHARE));
  if (cutListeners.length) {
    setTimeout(() => {
      log(`  cutting ${cutListeners.length} streams for ${CUT_FOR_MS / 1000} s`);
      for (const l of cutListeners) l.cut(CUT_FOR_MS);
    }, CUT_AT_MS);
  }
  await Promise.all([schedule('A', RATE), schedule('B', OTHER_RATE)]);
  const sendingMs = now() - phaseStarted;
  await Promise.all(inFlight);
  // Grace: until every listener has every accepted message, or the grace period is over.
  const graceStarted = now();
  const complete = () =>
    listeners.every(
      (l) =>
        l.closedBy !== null ||
        sends[l.person.room].every((s, i) => s.status !== 204 || !Number.isNaN(l.recv[i]!)),
    );
  // Streams that were cut get their grace period from when they come back.
  const back = cutListeners.length ? phaseStarted + CUT_AT_MS + CUT_FOR_MS : 0;
  while ((now() - graceStarted < GRACE_MS || now() < back + GRACE_MS) && !complete())
    await sleep(50);
  loop.disable();
  clearInterval(progress);
  const cpuAfter = servers.map((s) => cpuSeconds(s.process.pid));
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const machineAfter = machineCpu();
  const rssEnd = servers.map((s) => rssKb(s.process.pid));
  const loadAfter = loadavg();
  await profile('send', 'stop');
  setStopping();
  return {
    total,
    sends,
    phaseStarted,
    sendingMs,
    cutListeners,
    cpuBefore,
    cpuAfter,
    clientCpu,
    machineBefore,
    machineAfter,
    rssEnd,
    loadAfter,
    loop,
  };
}

/** What the message phase measured, for the figures. */
export type Sending = Awaited<ReturnType<typeof sendMessages>>;
