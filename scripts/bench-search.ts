// npm run bench:search -- [--groups 100000] [--requests 300] [--concurrency 8]
//                          [--reuse DATABASE | --reuse DIR] [--keep] [--profile DIR]
// Builds N groups in a fresh database (PGlite in a temporary directory, or a new database on the
// PostgreSQL server of DATABASE_URL), starts the built server on it, and drives the HTTP API
// with a mix of realistic queries that varies from round to round. Prints p50/p95/p99 per query and requests per second.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { type Db, openDatabase, queryRows } from '../src/db/client.js';
import { seedDemoDirectory } from '../src/features/directory/seed.js';
import { projectRoot } from '../src/lib/paths.js';

const { values } = parseArgs({
  strict: false,
  options: {
    groups: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '300' },
    // Measure again on data an earlier run built, and keep it: a database name on PostgreSQL,
    // a data directory with PGlite (one that a run with --keep left behind).
    reuse: { type: 'string' },
    keep: { type: 'boolean', default: false },
    // Write a V8 CPU profile of the server (node --cpu-prof) into this directory.
    profile: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
  },
});
const target = Number(values.groups);
const perQuery = Number(values.requests);
const concurrency = Number(values.concurrency);

/**
 * The mix: ten kinds of search, each with several variants (places, topics, days, zones) taken
 * in turn, so every round asks something different and no cache can answer for the database.
 */
const QUERIES: [string, string[]][] = [
  [
    'postal code + topic',
    [
      'near=19103&topic=grief&topic=caregivers',
      'near=10007&topic=anxiety',
      'near=60602&topic=addiction&topic=alcohol',
      'near=98104&topic=depression',
      'near=02108&topic=cancer&topic=chronic_illness',
      'near=30303&topic=trauma',
      'near=80202&topic=grief',
      'near=78701&topic=caregivers&topic=dementia',
    ],
  ],
  [
    'text',
    [
      'q=anxiety%20skills',
      'q=grief',
      'q=recovery%20meeting',
      'q=caregiver%20support',
      'q=depression',
      'q=trauma%20group',
      'q=chronic%20pain',
      'q=parents',
    ],
  ],
  [
    'online evening, viewer zone',
    [
      'mode=online&time=evening&tz=America/Los_Angeles',
      'mode=online&time=evening&tz=America/New_York',
      'mode=online&time=morning&tz=Europe/London',
      'mode=online&time=afternoon&tz=America/Chicago',
      'mode=online&time=night&tz=America/Denver',
      'mode=online&time=evening&tz=Europe/London',
    ],
  ],
  [
    'therapy + technique + seats',
    [
      'kind=therapy&technique=cbt&seats=1',
      'kind=therapy&technique=dbt&seats=1',
      'kind=therapy&technique=act&seats=1',
      'kind=therapy&technique=mindfulness&seats=1',
      'kind=therapy&technique=interpersonal&seats=1',
      'kind=therapy&technique=psychoeducational&seats=1',
    ],
  ],
  ['next meeting, no filters', ['sort=next', 'sort=next&page=2', 'sort=next&page=3']],
  [
    'city + text, by distance',
    [
      'near=Chicago&radius=50&q=support&sort=distance',
      'near=Boston&radius=50&q=grief&sort=distance',
      'near=Seattle&radius=50&q=recovery&sort=distance',
      'near=Denver&radius=50&q=anxiety&sort=distance',
      'near=Atlanta&radius=50&q=support&sort=distance',
      'near=Philadelphia&radius=50&q=family&sort=distance',
    ],
  ],
  [
    'days + time + topic',
    [
      'day=2&day=4&time=evening&topic=anxiety&tz=America/New_York',
      'day=1&time=morning&topic=grief&tz=America/Chicago',
      'day=3&day=5&time=afternoon&topic=addiction&tz=America/Los_Angeles',
      'day=0&day=6&time=evening&topic=depression&tz=Europe/London',
      'day=2&time=night&topic=alcohol&tz=America/Denver',
      'day=4&time=evening&topic=caregivers&tz=America/New_York',
    ],
  ],
  [
    'Spanish, free',
    ['lang=es&cost=free', 'lang=zh&cost=free', 'lang=vi&cost=free', 'lang=pl&cost=free'],
  ],
  [
    'qualified city + audience',
    [
      'near=Portland%2C%20OR&mode=in_person&mode=hybrid&audience=women',
      'near=Portland%2C%20ME&mode=in_person&mode=hybrid&audience=men',
      'near=Kansas%20City%2C%20MO&mode=in_person&mode=hybrid&audience=veterans',
      'near=London%2C%20UK&mode=in_person&mode=hybrid&audience=lgbtq',
      'near=Springfield%2C%20IL&mode=in_person&mode=hybrid&audience=seniors',
      'near=Cambridge%2C%20MA&mode=in_person&mode=hybrid&audience=young_adults',
    ],
  ],
  [
    'happening soon',
    ['soon=1', 'soon=1&mode=online', 'soon=1&kind=support', 'soon=1&tz=Europe/London'],
  ],
];

const log = (m: string) => process.stderr.write(`${m}\n`);

/**
 * Copy the demo groups (with schedules and occurrences) until there are `target` of them.
 * Loads with the secondary indexes and foreign keys of the three tables dropped, each batch one
 * statement that only touches its own new rows, then rebuilds them (much faster than keeping
 * every index up to date row by row).
 */
export async function grow(db: Db, target: number) {
  const [{ n: base } = { n: 0 }] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM groups`,
  );
  const cols = (
    await queryRows<{ column_name: string }>(
      db,
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'groups'
          AND is_generated = 'NEVER'
          AND column_name NOT IN ('id', 'slug', 'latitude', 'longitude', 'source_name', 'source_id')
          ORDER BY ordinal_position`,
    )
  ).map((c) => c.column_name);
  const list = cols.join(', ');
  const copies = Math.ceil(target / base) - 1;
  const tables = `'groups', 'group_schedules', 'group_occurrences'`;
  // Indexes that back no constraint, and foreign keys: dropped now, rebuilt after the load.
  const indexes = await queryRows<{ name: string; def: string }>(
    db,
    sql.raw(`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename IN (${tables})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`),
  );
  const foreignKeys = await queryRows<{ tbl: string; name: string; def: string }>(
    db,
    sql.raw(`SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid::regclass::text IN (${tables})`),
  );
  for (const f of foreignKeys)
    await db.execute(sql.raw(`ALTER TABLE ${f.tbl} DROP CONSTRAINT ${f.name}`));
  for (const i of indexes) await db.execute(sql.raw(`DROP INDEX ${i.name}`));
  await db.execute(sql`SELECT setseed(0.42)`);
  const batch = Math.max(1, Math.floor(100_000 / base));
  const template = `groups t ON t.slug = split_part(ins.source_id, ':', 1) AND t.source_name IS NULL`;
  for (let from = 1; from <= copies; from += batch) {
    const to = Math.min(copies, from + batch - 1);
    const limit = target - base * from;
    // One statement per batch: new groups, their schedules, then their occurrences.
    await db.execute(
      sql.raw(`WITH ins AS (
          INSERT INTO groups (slug, latitude, longitude, source_name, source_id, ${list})
          SELECT t.slug || '-b' || k, t.latitude + (random() - 0.5) * 0.4, t.longitude + (random() - 0.5) * 0.4,
                 'bench', t.slug || ':' || k, ${cols.map((c) => `t.${c}`).join(', ')}
          FROM groups t CROSS JOIN generate_series(${from}, ${to}) k
          WHERE t.source_name IS NULL
          ORDER BY k, t.slug LIMIT ${limit}
          RETURNING id, source_id
        ), sch AS (
          INSERT INTO group_schedules (group_id, position, rrule, dtstart, timezone, duration_minutes, exdates, input, expanded_until)
          SELECT ins.id, s.position, s.rrule, s.dtstart, s.timezone, s.duration_minutes, s.exdates, s.input, s.expanded_until
          FROM ins JOIN ${template} JOIN group_schedules s ON s.group_id = t.id
          RETURNING id, group_id, position
        )
        INSERT INTO group_occurrences (schedule_id, group_id, starts_at, ends_at)
        SELECT sch.id, sch.group_id, o.starts_at, o.ends_at
        FROM sch JOIN ins ON ins.id = sch.group_id JOIN ${template}
        JOIN group_schedules ts ON ts.group_id = t.id AND ts.position = sch.position
        JOIN group_occurrences o ON o.schedule_id = ts.id`),
    );
    log(`  ${Math.min(target, base * (to + 1)).toLocaleString('en-US')} groups`);
  }
  log('  indexes');
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const i of indexes) await tx.execute(sql.raw(i.def));
    for (const f of foreignKeys) {
      await tx.execute(sql.raw(`ALTER TABLE ${f.tbl} ADD CONSTRAINT ${f.name} ${f.def}`));
    }
  });
  // The change log holds every copied group; a server starting on this data reads it all anyway.
  await db.execute(sql`TRUNCATE directory_changes`);
  await db.execute(sql`VACUUM ANALYZE`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** CPU seconds a process has used (Linux: utime + stime), or NaN. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** The resident memory of a process in MB (Linux), or '?'. */
function rss(pid: number | undefined): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? (kb / 1024).toFixed(0) : '?';
  } catch {
    return '?';
  }
}

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

async function main() {
  // A tool, not a deployment: development settings unless the environment says otherwise.
  const config = loadConfig({ NODE_ENV: 'development', ...process.env });
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let handle: Awaited<ReturnType<typeof openDatabase>>;
  const reuse = typeof values.reuse === 'string' ? values.reuse : undefined;
  if (config.databaseUrl) {
    const name = reuse ?? `gw_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: config.databaseUrl });
    await admin.connect();
    if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(config.databaseUrl);
    url.pathname = `/${name}`;
    handle = await openDatabase({ databaseUrl: url.toString() });
    env = { DATABASE_URL: url.toString() };
    cleanup = async () => {
      if (values.keep && !reuse) log(`kept the data for --reuse: ${name}`);
      else if (!reuse) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
    log(`PostgreSQL: database ${name}`);
  } else {
    const dir = reuse ?? mkdtempSync(join(tmpdir(), 'gatherwell-bench-'));
    // Building loads 100,000 groups in statements of minutes: not what the limit is for.
    handle = await openDatabase({ dataDir: dir, statementLimitMs: 3_600_000 });
    env = { DATA_DIR: dir };
    cleanup = async () => {
      if (reuse) return;
      if (values.keep) log(`kept the data for --reuse: ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    };
    log(`PGlite: ${dir}`);
  }
  try {
    const started = performance.now();
    await handle.migrate();
    if (!reuse) {
      await seedDemoDirectory(handle.db);
      await grow(handle.db, target);
      await handle.checkpoint();
    }
    await handle.close();
    log(
      `built ${target.toLocaleString('en-US')} groups in ${Math.round((performance.now() - started) / 1000)} s`,
    );

    await new Promise<void>((resolve, reject) => {
      const b = spawn(process.execPath, ['scripts/build.mjs'], {
        cwd: projectRoot,
        stdio: 'inherit',
      });
      b.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed'))));
    });
    const port = await freePort();
    const profile =
      typeof values.profile === 'string' ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
    const server = spawn(process.execPath, [...profile, 'dist/server.js'], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? '',
        ...env,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SEED_DEMO_DATA: 'false',
        NODE_ENV: 'production',
        // Production refuses to start without these; the benchmark has no accounts to protect.
        PUBLIC_URL: 'https://gatherwell.invalid',
        AUTH_SECRET: randomBytes(32).toString('base64'),
        INTAKE_KEY: randomBytes(32).toString('base64'),
        // One client making thousands of requests on purpose.
        API_RATE_LIMIT: '100000',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    const spawned = performance.now();
    let ready: { searchIndex?: { groups: number; buildMs: number } } = {};
    for (let i = 0; ; i++) {
      try {
        const res = await fetch(`${base}/readyz`);
        if (res.ok) {
          ready = await res.json();
          break;
        }
      } catch {}
      if (i > 3000) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    log(
      `server ready in ${((performance.now() - spawned) / 1000).toFixed(1)} s; search index: ${ready.searchIndex?.groups.toLocaleString('en-US')} groups in ${ready.searchIndex?.buildMs} ms; RSS ${rss(server.pid)} MB`,
    );
    try {
      // Warm-up, then the measured run: the mix interleaved, `concurrency` requests at a time.
      const get = client(base, concurrency);
      for (const [, variants] of QUERIES)
        for (let i = 0; i < 10; i++) await get(`/api/v1/groups?${variants[i % variants.length]}`);
      // Round r asks variant r of each kind of search (in turn).
      const jobs = Array.from({ length: perQuery }, (_, round) =>
        QUERIES.map((_, q) => ({ q, round })),
      ).flat();
      const times: number[][] = QUERIES.map(() => []);
      let next = 0;
      const t0 = performance.now();
      const cpu0 = cpuSeconds(server.pid);
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
      const cpu = cpuSeconds(server.pid) - cpu0;
      const clientCpu = process.cpuUsage(clientCpu0);
      const rows = QUERIES.map(([name], i) => {
        const t = times[i]!.sort((a, b) => a - b);
        return {
          query: name,
          p50: pct(t, 50).toFixed(1),
          p95: pct(t, 95).toFixed(1),
          p99: pct(t, 99).toFixed(1),
        };
      });
      const all = times.flat().sort((a, b) => a - b);
      rows.push({
        query: 'ALL',
        p50: pct(all, 50).toFixed(1),
        p95: pct(all, 95).toFixed(1),
        p99: pct(all, 99).toFixed(1),
      });
      console.log(
        `\n${target.toLocaleString('en-US')} groups on ${config.databaseUrl ? 'PostgreSQL' : 'PGlite'}, concurrency ${concurrency}, ${all.length} requests (ms):`,
      );
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
      console.log(`server RSS after the run: ${rss(server.pid)} MB`);

      // First results page as a visitor on a phone downloads it, compressed.
      const html = await (await fetch(`${base}/groups?near=19103`)).text();
      let bytes = gzipSync(html).length;
      for (const m of html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)) {
        bytes += gzipSync(Buffer.from(await (await fetch(`${base}${m[1]}`)).arrayBuffer())).length;
      }
      console.log(`first results page (HTML + CSS + JS, gzip): ${(bytes / 1024).toFixed(1)} KB`);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.on('exit', r));
    }
  } finally {
    await cleanup();
  }
}

// Imported by profiling scripts for `grow`; run directly to benchmark.
if (process.argv[1]?.endsWith('bench-search.ts')) await main();
