import http from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { QUERIES } from './queries.js';
import { type BenchServer, cpuSeconds, rss } from './server.js';

/**
 * The load's client: node:http with `concurrency` kept-alive connections, asking for gzip as a
 * browser does and unpacking every body. Not fetch: on a two-core machine fetch spent more CPU
 * per request than the server being measured (its web streams), and its queueing showed up in
 * the latencies (p95 of a request that costs the server 0.3 ms: 10 ms with fetch, 5 ms here).
 */
function client(base: string, connections: number) {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  return (path: string) =>
    new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
      http
        .get(
          {
            host: url.hostname,
            port: url.port,
            path,
            agent,
            headers: { 'accept-encoding': 'gzip' },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const raw = Buffer.concat(chunks);
              const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
              resolve({ status: res.statusCode ?? 0, body });
            });
            res.on('error', reject);
          },
        )
        .on('error', reject);
    });
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** One line of the table: the percentiles of some sorted latencies. */
const percentiles = (query: string, sorted: number[]) => ({
  query,
  p50: pct(sorted, 50).toFixed(1),
  p95: pct(sorted, 95).toFixed(1),
  p99: pct(sorted, 99).toFixed(1),
});

/**
 * Warm up, then drive the API with the mix interleaved, `concurrency` requests at a time and
 * `perQuery` of each kind, and print the latencies, throughput and CPU per request.
 */
export async function measure(
  server: BenchServer,
  options: { perQuery: number; concurrency: number; title: string },
) {
  const { perQuery, concurrency } = options;
  const pid = server.process.pid;
  const get = client(server.base, concurrency);
  for (const [, variants] of QUERIES)
    for (let i = 0; i < 10; i++) await get(`/api/v1/groups?${variants[i % variants.length]}`);
  // Round r asks variant r of each kind of search (in turn).
  const jobs = Array.from({ length: perQuery }, (_, round) =>
    QUERIES.map((_, q) => ({ q, round })),
  ).flat();
  const times: number[][] = QUERIES.map(() => []);
  let next = 0;
  const t0 = performance.now();
  const cpu0 = cpuSeconds(pid);
  const clientCpu0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const { q, round } = jobs[next++]!;
        const variants = QUERIES[q]![1];
        const s = performance.now();
        const res = await get(`/api/v1/groups?${variants[round % variants.length]}`);
        if (res.status !== 200) throw new Error(`${QUERIES[q]![0]}: HTTP ${res.status}`);
        times[q]!.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(pid) - cpu0;
  const clientCpu = process.cpuUsage(clientCpu0);
  const rows = QUERIES.map(([name], i) =>
    percentiles(
      name,
      times[i]!.sort((a, b) => a - b),
    ),
  );
  const all = times.flat().sort((a, b) => a - b);
  rows.push(percentiles('ALL', all));
  console.log(`\n${options.title}, concurrency ${concurrency}, ${all.length} requests (ms):`);
  console.table(rows);
  console.log(`throughput: ${(all.length / seconds).toFixed(0)} requests/s`);
  // On a shared machine the latencies include waiting for other processes; the server's own
  // CPU time per request is what the code costs (p95 at concurrency 8 is about 8 times it).
  console.log(
    `server CPU per request: ${((cpu * 1000) / all.length).toFixed(2)} ms (${cpu.toFixed(1)} s over ${seconds.toFixed(1)} s)`,
  );
  console.log(
    `client CPU per request: ${((clientCpu.user + clientCpu.system) / 1000 / all.length).toFixed(2)} ms`,
  );
  console.log(`server RSS after the run: ${rss(pid)} MB`);
}

/** What a visitor on a phone downloads for the first results page, compressed. */
export async function pageWeight(base: string) {
  const html = await (await fetch(`${base}/groups?near=19103`)).text();
  let bytes = gzipSync(html).length;
  for (const m of html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)) {
    bytes += gzipSync(Buffer.from(await (await fetch(`${base}${m[1]}`)).arrayBuffer())).length;
  }
  console.log(`first results page (HTML + CSS + JS, gzip): ${(bytes / 1024).toFixed(1)} KB`);
}
