// npm run bench:import -- [--meetings 2000] [--runs 5] [--json]
// Builds a synthetic Meeting Guide feed (bench-import/feed.ts), then, N times, imports it into a
// fresh, migrated directory (PGlite in a temporary directory, or a new database on the
// PostgreSQL server of DATABASE_URL) in a process of its own, and imports it again unchanged.
// Prints medians: wall and CPU time, records per second, and the importing process's peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { syntheticFeed } from './bench-import/feed.js';
import { median } from './bench-page/browser.js';
import { log, openBenchDatabase } from './bench-search/database.js';

const { values } = parseArgs({
  strict: false,
  options: {
    meetings: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});
const meetings = Number(values.meetings);
const runs = Number(values.runs);

type Phase = {
  wallMs: number;
  prepareMs: number;
  applyMs: number;
  cpuMs: number;
  added: number;
  unchanged: number;
  skipped: number;
  peakMb: number;
};
type Run = { openedRss: number; first: Phase; again: Phase };

async function oneRun(feedFile: string, databaseUrl: string | undefined): Promise<Run> {
  const bench = await openBenchDatabase(databaseUrl, undefined, false);
  try {
    await bench.handle.migrate();
    await bench.handle.close();
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, join(import.meta.dirname, 'bench-import/run.ts'), feedFile],
      { env: { ...process.env, ...bench.env }, encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (child.status !== 0) throw new Error(`the import failed:\n${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Run;
  } finally {
    await bench.cleanup();
  }
}

async function main() {
  const config = loadConfig({ NODE_ENV: 'development', ...process.env });
  const dir = mkdtempSync(join(tmpdir(), 'gatherwell-feed-'));
  const feedFile = join(dir, 'feed.json');
  const feed = JSON.stringify(syntheticFeed(meetings));
  writeFileSync(feedFile, feed);
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  log(`feed: ${meetings} meetings, ${(feed.length / 1048576).toFixed(2)} MB; load ${load}`);
  const results: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const run = await oneRun(feedFile, config.databaseUrl);
      log(
        `run ${i + 1}: import ${run.first.wallMs} ms (${run.first.added} added, ${run.first.skipped} skipped), again ${run.again.wallMs} ms, peak ${run.again.peakMb} MB`,
      );
      results.push(run);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const m = (f: (r: Run) => number) => median(results.map(f)) ?? 0;
  const summary = {
    database: config.databaseUrl ? 'PostgreSQL' : 'PGlite',
    meetings,
    runs,
    load: {
      before: load,
      after: loadavg()
        .map((n) => n.toFixed(2))
        .join(' '),
    },
    import: {
      wallMs: m((r) => r.first.wallMs),
      prepareMs: m((r) => r.first.prepareMs),
      applyMs: m((r) => r.first.applyMs),
      cpuMs: m((r) => r.first.cpuMs),
      recordsPerSecond: Math.round((meetings / m((r) => r.first.wallMs)) * 1000),
    },
    reimport: { wallMs: m((r) => r.again.wallMs), cpuMs: m((r) => r.again.cpuMs) },
    memory: {
      openedRssMb: m((r) => r.openedRss),
      peakAfterImportMb: m((r) => r.first.peakMb),
      peakMb: m((r) => r.again.peakMb),
    },
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const i = summary.import;
  process.stdout.write(
    [
      `bench:import, ${summary.database}, ${meetings} meetings, median of ${runs}; load ${summary.load.before} -> ${summary.load.after}`,
      `  import      ${i.wallMs} ms wall (read and place ${i.prepareMs} ms, write ${i.applyMs} ms), ${i.cpuMs} ms CPU, ${i.recordsPerSecond} records/s`,
      `  re-import   ${summary.reimport.wallMs} ms wall, ${summary.reimport.cpuMs} ms CPU (feed unchanged)`,
      `  memory      ${summary.memory.openedRssMb} MB after opening the database; peak ${summary.memory.peakMb} MB`,
      '',
    ].join('\n'),
  );
}

await main();
