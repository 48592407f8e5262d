// The printed report: the table, the PASS/FAIL lines against issue 18's targets, the JSON line.
import { fmt, type summary } from './figures.js';
import { TARGETS } from './options.js';
import type { main } from './run.js';

export function report({
  result: r,
  targets,
  kbPerConn,
  kbPerConnRaw,
  database,
}: Awaited<ReturnType<typeof main>>) {
  const ms = (s: ReturnType<typeof summary>) =>
    `p50 ${fmt(s.p50, 1)}  p95 ${fmt(s.p95, 1)}  p99 ${fmt(s.p99, 1)}  max ${fmt(s.max, 1)} ms  (min ${fmt(s.min, 1)}, ${s.n} deliveries)`;
  const mb = (kb: number) => `${fmt(kb / 1024, 1)} MB`;
  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const out = [
    '',
    `Room delivery: ${r.instances} instance(s) on ${database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${r.listeners.A} listeners in room A + ${r.listeners.B} in room B, ${r.rate.A} msg/s to A + ${r.rate.B} msg/s to B for ${r.seconds} s`,
    `machine: ${r.machine.cpus} CPUs; load average (1/5/15 min) ${r.machine.loadavgBefore.join(' ')} before, ${r.machine.loadavgAfter.join(' ')} after; ${fmt(r.machine.busyWhileSending * 100)}% busy while sending; Node ${r.node}`,
    '',
    `connect     ${r.listeners.connected} streams in ${fmt(r.connectMs / 1000, 1)} s (each to its first state: p50 ${fmt(r.connectEachMs.p50)} ms, p99 ${fmt(r.connectEachMs.p99)} ms), ${r.settled ? 'quiet' : 'still busy'} ${fmt(r.settleMs / 1000, 1)} s later; ${r.listeners.failed} failed`,
    `sent        A ${r.sent.A}, B ${r.sent.B} (sent at ${r.sent.achievedPerSecond}/s to A, accepted at ${fmt(r.sent.acceptedPerSecond, 1)}/s); ${r.sent.failed} not accepted (answers: ${Object.entries(
      r.sent.statuses,
    )
      .map(([k, v]) => `${k === '-1' ? 'error' : k} ×${v}`)
      .join(', ')}); POST to 204: p50 ${fmt(r.postMs.p50, 1)} ms, p99 ${fmt(r.postMs.p99, 1)} ms`,
    `latency     send accepted → received: ${ms(r.latencyFromAcceptedMs)}`,
    `            POST started  → received: ${ms(r.latencyFromPostStartMs)}`,
    `            row written   → received: ${ms(r.latencyFromRowWrittenMs)}`,
    `            ${fmt(r.receivedBeforeAccepted * 100)}% of deliveries arrived before their POST's 204 (negative above)`,
    ...r.latencyFromAcceptedByInstance.map(
      (s, i) =>
        `            listeners on ${r.servers[i]!.name}, from accepted: p50 ${fmt(s.p50, 1)}  p99 ${fmt(s.p99, 1)} ms`,
    ),
    `deliveries  ${r.expected} expected: ${r.lost} lost (${r.lostListeners} listeners missed some), ${r.duplicates} duplicates, ${r.outOfOrder} out of order, ${r.crossRoom} cross-room; ${r.drops} streams dropped, ${r.closedByServer} closed by the server`,
    ...(r.cut
      ? [
          `cut         ${r.cut.streams} streams of room A cut at ${r.cut.atSeconds} s for ${r.cut.forSeconds} s, back with Last-Event-ID: ${r.cut.lost} of their messages lost`,
        ]
      : []),
    `received    ${r.eventsReceived} events, ${mb(r.bytesReceived / 1024)} of text`,
    '',
    'server  streams  RSS before  RSS with  RSS end   per connection  CPU while sending',
    ...r.servers.map(
      (s) =>
        `${s.name.padEnd(8)}${String(s.connections).padStart(7)}  ${mb(s.rssKb.before).padStart(10)}  ${mb(s.rssKb.with).padStart(8)}  ${mb(s.rssKb.end).padStart(7)}  ${`${fmt(s.kbPerConnection, 1)} KB`.padStart(14)}  ${fmt(s.cpuSecondsSending, 1)} s`,
    ),
    'after a full garbage collection (--expose-gc, in each server):',
    'server  RSS before  RSS with  per connection  heap+external before  with  per connection',
    ...r.servers.map(
      (s) =>
        `${s.name.padEnd(8)}${mb(s.afterGc.rssKb.before).padStart(10)}  ${mb(s.afterGc.rssKb.with).padStart(8)}  ${`${fmt(s.afterGc.kbPerConnection.rss, 1)} KB`.padStart(14)}  ${mb(s.afterGc.heapUsedKb.before + s.afterGc.externalKb.before).padStart(20)}  ${mb(s.afterGc.heapUsedKb.with + s.afterGc.externalKb.with).padStart(8)}  ${`${fmt(s.afterGc.kbPerConnection.heap, 1)} KB`.padStart(14)}`,
    ),
    'where (MB, before → with): V8 committed in all, old space committed (used), new space, code;',
    '                           resident anonymous memory beyond V8 (malloc arenas, pages not yet given back)',
    ...r.servers.flatMap((s) =>
      (['raw', 'afterGc'] as const).map((when) => {
        const { before: b, with: w } = s.where[when];
        const m = (kb: number | undefined) => fmt((kb ?? Number.NaN) / 1024, 1);
        const space = (x: typeof b, name: string) => x.spaces[name] ?? [Number.NaN, Number.NaN];
        const old = (x: typeof b) => `${m(space(x, 'old')[0])} (${m(space(x, 'old')[1])})`;
        const beyond = (x: typeof b) => (x.mappings?.anon ?? Number.NaN) - x.heapTotal;
        return `${s.name.padEnd(2)}${(when === 'raw' ? 'raw' : 'after GC').padEnd(9)} heap ${m(b.heapTotal)} → ${m(w.heapTotal)}  old ${old(b)} → ${old(w)}  new ${m(space(b, 'new')[0])} → ${m(space(w, 'new')[0])}  code ${m(space(b, 'code')[0])} → ${m(space(w, 'code')[0])}  anon beyond V8 ${m(beyond(b))} → ${m(beyond(w))}`;
      }),
    ),
    `client  CPU ${fmt(r.client.cpuSeconds, 1)} s while sending; event-loop delay p99 ${fmt(r.client.eventLoopDelayP99Ms, 1)} ms, max ${fmt(r.client.eventLoopDelayMaxMs, 1)} ms`,
    '',
    `${pass(targets.rate)}  ${r.rate.A} messages/s sustained (accepted at ≥ 90% of that rate, first send to last 204): ${fmt(r.sent.acceptedPerSecond, 1)}/s`,
    `${pass(targets.p99)}  p99 ≤ ${TARGETS.p99Ms} ms (send accepted → received): ${fmt(r.latencyFromAcceptedMs.p99, 1)} ms`,
    `${pass(targets.lost)}  0 lost: ${r.lost}${r.listeners.failed ? ` (and ${r.listeners.failed} listeners never connected)` : ''}`,
    `${pass(targets.crossRoom)}  0 cross-room: ${r.crossRoom}`,
    `${pass(targets.memory)}  ≤ ${TARGETS.kbPerConnection} KB per connection: ${fmt(kbPerConn, 1)} KB (RSS after a full collection, before → with; the largest of the instances)`,
    `${pass(targets.memoryRaw)}  (not judged) the same without a collection, garbage of the arrivals included: ${fmt(kbPerConnRaw, 1)} KB`,
    '',
  ];
  console.log(out.join('\n'));
  console.log(JSON.stringify({ ...r, targets }));
}
