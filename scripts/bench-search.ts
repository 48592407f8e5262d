// npm run bench:search -- [--groups 100000] [--requests 300] [--concurrency 8]
//                          [--reuse DATABASE | --reuse DIR] [--keep] [--profile DIR]
// Builds N groups in a fresh database (PGlite in a temporary directory, or a new database on the
// PostgreSQL server of DATABASE_URL), starts the built server on it, and drives the HTTP API
// with a mix of realistic queries that varies from round to round (bench-search/queries.ts).
// Prints p50/p95/p99 per query and requests per second.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { seedDemoDirectory } from '../src/features/directory/seed.js';
import { grow, log, openBenchDatabase } from './bench-search/database.js';
import { measure, pageWeight } from './bench-search/load.js';
import { startServer, stopServer } from './bench-search/server.js';

export { grow };

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

async function main() {
  // A tool, not a deployment: development settings unless the environment says otherwise.
  const config = loadConfig({ NODE_ENV: 'development', ...process.env });
  const reuse = typeof values.reuse === 'string' ? values.reuse : undefined;
  const { handle, env, cleanup } = await openBenchDatabase(
    config.databaseUrl,
    reuse,
    values.keep === true,
  );
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
    const server = await startServer(
      env,
      typeof values.profile === 'string' ? values.profile : undefined,
    );
    try {
      const where = config.databaseUrl ? 'PostgreSQL' : 'PGlite';
      await measure(server, {
        perQuery,
        concurrency,
        title: `${target.toLocaleString('en-US')} groups on ${where}`,
      });
      await pageWeight(server.base);
    } finally {
      await stopServer(server);
    }
  } finally {
    await cleanup();
  }
}

// Imported by profiling scripts for `grow`; run directly to benchmark.
if (process.argv[1]?.endsWith('bench-search.ts')) await main();
