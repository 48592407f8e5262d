// The figures: percentiles, the deliveries counted, the result and issue 18's targets met or not.
import { cpus } from 'node:os';
import { type Listener, writtenAt } from './listener.js';
import {
  CUT_AT_MS,
  CUT_FOR_MS,
  LISTENERS,
  OTHER,
  OTHER_RATE,
  RATE,
  SECONDS,
  TARGETS,
} from './options.js';
import type { Usage } from './probe.js';
import type { Room } from './seed.js';
import type { Sending } from './senders.js';
import type { Instance } from './servers.js';

// ---------------------------------------------------------------------------------------------
// Figures.

function percentile(sorted: Float64Array, p: number) {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summary(samples: number[]) {
  const sorted = Float64Array.from(samples).sort();
  const r = (v: number) => Math.round(v * 10) / 10;
  return {
    n: sorted.length,
    p50: r(percentile(sorted, 50)),
    p95: r(percentile(sorted, 95)),
    p99: r(percentile(sorted, 99)),
    max: r(sorted.length ? sorted[sorted.length - 1]! : Number.NaN),
    min: r(sorted.length ? sorted[0]! : Number.NaN),
  };
}

const kb = (bytes: number | undefined) => Math.round((bytes ?? Number.NaN) / 1024);
const perConnection = (before = Number.NaN, after = Number.NaN, n = 0) =>
  Math.round(((after - before) / 1024 / Math.max(1, n)) * 10) / 10;
export const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '?');

/** What the run measured up to the message phase (run.ts). */
export type Connected = {
  kind: 'postgres' | 'pglite';
  servers: Instance[];
  listeners: Listener[];
  failed: number;
  connectMs: number;
  settleMs: number;
  settled: boolean;
  loadBefore: number[];
};

/** The servers' memory before and with the listeners connected, and their connections (run.ts). */
export type Memory = {
  rssBefore: number[];
  rssWith: number[];
  /** As the raw RSS was read, without a collection. */
  rawBefore: Usage[];
  rawWith: Usage[];
  /** After a full collection. */
  memBefore: Usage[];
  memWith: Usage[];
  connections: number[];
};

/**
 * Where a server's memory is (KB): V8's heap committed in all and per space (committed/used),
 * and resident memory by kind of mapping. Raw RSS grows mostly in old space (garbage the
 * arrivals promoted, not yet collected) and in `anon` beyond heapTotal (the worker threads'
 * malloc arenas, and V8 pages freed but not yet given back): this says which.
 */
function whereKb(u: Usage) {
  const spaces: Record<string, [number, number]> = {};
  for (const [name, s] of Object.entries(u.spaces ?? {})) {
    if (s.committed) spaces[name.replace(/_space$/, '')] = [kb(s.committed), kb(s.used)];
  }
  return { heapTotal: kb(u.heapTotal), heapUsed: kb(u.heapUsed), spaces, mappings: u.mappings };
}

/** The deliveries counted, everything gathered into the result, and the targets met or not. */
export function figures(connected: Connected, memory: Memory, sending: Sending) {
  const { kind, servers, listeners, failed, connectMs, settleMs, settled, loadBefore } = connected;
  const { rssBefore, rssWith, rawBefore, rawWith, memBefore, memWith, connections } = memory;
  const { total, sends, phaseStarted, sendingMs, cutListeners, loop } = sending;
  const { cpuBefore, cpuAfter, clientCpu, machineBefore, machineAfter } = sending;
  const { rssEnd, loadAfter } = sending;
  // Deliveries: every accepted message of a listener's room, for every listener still open.
  const fromAccepted: number[] = [];
  const fromStarted: number[] = [];
  const fromWritten: number[] = [];
  const perInstance = servers.map(() => [] as number[]);
  let expected = 0;
  let lost = 0;
  let lostListeners = 0;
  const wasCut = new Set(cutListeners);
  for (const l of listeners) {
    if (Number.isNaN(l.connectedMs)) continue; // never connected: counted as failed
    let missed = 0;
    sends[l.person.room].forEach((s, i) => {
      if (s.status !== 204) return;
      expected++;
      const t = l.recv[i]!;
      if (Number.isNaN(t)) {
        missed++;
        return;
      }
      // What a cut stream catches up on counts as delivered, not in the latencies.
      if (wasCut.has(l)) return;
      fromAccepted.push(t - s.accepted);
      fromStarted.push(t - s.started);
      const w = writtenAt[l.person.room][i]!;
      if (!Number.isNaN(w)) fromWritten.push(t - w);
      perInstance[servers.indexOf(l.instance)]!.push(t - s.accepted);
    });
    lost += missed;
    if (missed) lostListeners++;
  }
  const sum = (f: (l: Listener) => number) => listeners.reduce((a, l) => a + f(l), 0);
  const sendFailures = (room: Room) => sends[room].filter((s) => s.status !== 204).length;
  // Sustained: room A's messages accepted per second, from the first send to the last answer.
  const acceptedA = sends.A.filter((x) => x.status === 204);
  const lastAcceptedA = Math.max(...acceptedA.map((x) => x.accepted));
  const acceptedPerSecond =
    Math.round((acceptedA.length / ((lastAcceptedA - phaseStarted) / 1000)) * 10) / 10;
  const postMs = summary(
    [...sends.A, ...sends.B].filter((s) => s.status === 204).map((s) => s.accepted - s.started),
  );
  const machineBusy =
    (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total);
  const result = {
    database: kind,
    instances: servers.length,
    listeners: { A: LISTENERS, B: OTHER, connected: listeners.length - failed, failed },
    rate: { A: RATE, B: OTHER_RATE },
    seconds: SECONDS,
    sent: {
      A: total.A,
      B: total.B,
      failed: sendFailures('A') + sendFailures('B'),
      statuses: [...sends.A, ...sends.B].reduce<Record<string, number>>((a, x) => {
        a[x.status] = (a[x.status] ?? 0) + 1;
        return a;
      }, {}),
      achievedPerSecond: Math.round((total.A / (sendingMs / 1000)) * 10) / 10,
      acceptedPerSecond,
    },
    connectMs: Math.round(connectMs),
    settleMs: Math.round(settleMs),
    settled,
    connectEachMs: summary(listeners.map((l) => l.connectedMs).filter((v) => !Number.isNaN(v))),
    latencyFromAcceptedMs: summary(fromAccepted),
    // The event often arrives before the POST's answer: the route still writes (seen) after
    // its transaction commits, and the NOTIFY goes out at the commit.
    receivedBeforeAccepted:
      Math.round(
        (fromAccepted.filter((v) => v < 0).length / Math.max(1, fromAccepted.length)) * 1000,
      ) / 1000,
    latencyFromPostStartMs: summary(fromStarted),
    // From the row's created_at (its transaction's start, so before the commit): an upper bound
    // of commit → received, where the POST's 204 is a lower one. Millisecond clock.
    latencyFromRowWrittenMs: summary(fromWritten),
    latencyFromAcceptedByInstance: perInstance.map((s) => summary(s)),
    postMs,
    expected,
    lost,
    lostListeners,
    duplicates: sum((l) => l.duplicates),
    outOfOrder: sum((l) => l.outOfOrder),
    crossRoom: sum((l) => l.crossRoom),
    drops: sum((l) => l.drops),
    cut: cutListeners.length
      ? {
          streams: cutListeners.length,
          atSeconds: CUT_AT_MS / 1000,
          forSeconds: CUT_FOR_MS / 1000,
          lost: cutListeners.reduce(
            (a, l) =>
              a + sends.A.filter((x, i) => x.status === 204 && Number.isNaN(l.recv[i]!)).length,
            0,
          ),
        }
      : null,
    closedByServer: listeners.filter((l) => l.closedBy === 'end' || l.closedBy === 'removed')
      .length,
    eventsReceived: sum((l) => l.events),
    bytesReceived: sum((l) => l.bytes),
    servers: servers.map((s, i) => ({
      name: s.name,
      connections: connections[i]!,
      rssKb: { before: rssBefore[i]!, with: rssWith[i]!, end: rssEnd[i]! },
      kbPerConnection:
        Math.round(((rssWith[i]! - rssBefore[i]!) / Math.max(1, connections[i]!)) * 10) / 10,
      // After a full collection: what the connections keep, not the garbage their arrival made.
      afterGc: {
        rssKb: { before: kb(memBefore[i]!.rss), with: kb(memWith[i]!.rss) },
        heapUsedKb: { before: kb(memBefore[i]!.heapUsed), with: kb(memWith[i]!.heapUsed) },
        externalKb: { before: kb(memBefore[i]!.external), with: kb(memWith[i]!.external) },
        kbPerConnection: {
          rss: perConnection(memBefore[i]!.rss, memWith[i]!.rss, connections[i]!),
          heap: perConnection(
            memBefore[i]!.heapUsed + memBefore[i]!.external,
            memWith[i]!.heapUsed + memWith[i]!.external,
            connections[i]!,
          ),
        },
      },
      // Where the memory is, as the raw RSS was read and after the collection, before and with.
      where: {
        raw: { before: whereKb(rawBefore[i]!), with: whereKb(rawWith[i]!) },
        afterGc: { before: whereKb(memBefore[i]!), with: whereKb(memWith[i]!) },
      },
      cpuSecondsSending: Math.round((cpuAfter[i]! - cpuBefore[i]!) * 100) / 100,
    })),
    client: {
      cpuSeconds: Math.round(((clientCpu.user + clientCpu.system) / 1e6) * 100) / 100,
      eventLoopDelayP99Ms: Math.round((loop.percentile(99) / 1e6) * 10) / 10,
      eventLoopDelayMaxMs: Math.round((loop.max / 1e6) * 10) / 10,
    },
    machine: {
      cpus: cpus().length,
      loadavgBefore: loadBefore.map((v) => Math.round(v * 100) / 100),
      loadavgAfter: loadAfter.map((v) => Math.round(v * 100) / 100),
      busyWhileSending: Math.round(machineBusy * 1000) / 1000,
    },
    node: process.version,
  };
  // The memory target is judged on the steady state: RSS with the listeners connected against
  // RSS before, both after a full collection and once V8 has given the emptied pages back (the
  // probe's `memory`), on a warmed-up server. The raw figure, read at the same moments without a
  // collection, also counts the garbage the arrivals left: it is printed and checked beside it.
  const kbPerConn = Math.max(...result.servers.map((s) => s.afterGc.kbPerConnection.rss));
  const kbPerConnRaw = Math.max(...result.servers.map((s) => s.kbPerConnection));
  const targets = {
    rate: acceptedPerSecond >= 0.9 * RATE,
    p99: result.latencyFromAcceptedMs.p99 <= TARGETS.p99Ms,
    lost: lost === TARGETS.lost && failed === 0,
    crossRoom: result.crossRoom === TARGETS.crossRoom,
    memory: kbPerConn <= TARGETS.kbPerConnection,
    memoryRaw: kbPerConnRaw <= TARGETS.kbPerConnection,
  };
  return { result, targets, kbPerConn, kbPerConnRaw };
}
