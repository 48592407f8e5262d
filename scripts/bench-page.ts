// npm run bench:page -- [--runs 7] [--throttle 4] [--near "Belleville, ON"] [--json]
// What a visitor's browser gets and sees on the directory's search page, on the Meeting Guide
// sample feed (45 meetings around Belleville, Ontario) imported into a fresh database (PGlite in
// a temporary directory, or a new database on the PostgreSQL server of DATABASE_URL), served
// by the built server (dist/): the page's bytes (raw, as served, gzip and brotli), the time to
// the first result card painted in headless Chromium (plain and CPU-throttled), and the time
// from the last keystroke in the search box to updated results.
// The summary goes to stdout, progress to stderr. With --json the figures are stdout's last
// line: the server's own warnings, if it logs any, come earlier on stdout (startServer lets
// the server inherit it).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import {
  applyImport,
  parseFeedText,
  prepareImport,
} from '../src/features/meeting-guide/run-import.js';
import { projectRoot } from '../src/lib/paths.js';
import { launchBrowser } from './bench-page/browser.js';
import { measurePaint } from './bench-page/paint.js';
import { type Figures, report } from './bench-page/report.js';
import { measureTyping } from './bench-page/typing.js';
import { weighPage } from './bench-page/weight.js';
import { log, openBenchDatabase } from './bench-search/database.js';
import { startServer, stopServer } from './bench-search/server.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    throttle: { type: 'string', default: '4' },
    // A place the sample's meetings are near (most are in Belleville; the rest within 60 km).
    near: { type: 'string', default: 'Belleville, ON' },
    json: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const throttle = Number(values.throttle);
if (!(runs >= 1 && throttle >= 1)) throw new Error('--runs and --throttle take numbers ≥ 1');

/** Words from the sample's meeting names: each matches a few meetings, so the count changes. */
const QUERIES = ['Big Book', 'Trenton', 'Picton', 'Napanee', 'Stirling', 'Discussion', 'Sober'];
const FEED = 'tests/fixtures/meeting-guide/sample-feed.json';

/** Migrate a fresh database and import the sample feed into it, as the CLI would. */
async function importSample(handle: Awaited<ReturnType<typeof openBenchDatabase>>['handle']) {
  await handle.migrate();
  // The feed has no time zones of its own; its meetings are in Ontario (the tests use this too).
  const prepared = await prepareImport(
    parseFeedText(readFileSync(join(projectRoot, FEED), 'utf8')),
    {
      source: 'sample-feed',
      timezone: 'America/Toronto',
    },
  );
  const r = await applyImport(handle.db, prepared);
  log(`imported ${FEED}: ${r.added} added, ${r.skipped} skipped, ${r.warnings.length} warnings`);
  await handle.checkpoint();
}

async function main(): Promise<Figures> {
  const loadBefore = loadavg();
  // A tool, not a deployment: development settings unless the environment says otherwise.
  const config = loadConfig({ NODE_ENV: 'development', ...process.env });
  const { handle, env, cleanup } = await openBenchDatabase(config.databaseUrl, undefined, false);
  try {
    try {
      await importSample(handle);
    } finally {
      // The server takes the data directory next (PGlite allows one owner).
      await handle.close();
    }
    const server = await startServer(env, undefined);
    try {
      const browser = await launchBrowser();
      try {
        const nearPath = `/groups?near=${encodeURIComponent(values.near)}`;
        log('weighing the pages');
        const weight = {
          near: await weighPage(server.base, nearPath),
          all: await weighPage(server.base, '/groups'),
        };
        log(
          `first result card painted: ${runs} loads, then ${runs} at ${throttle}x CPU throttling`,
        );
        const paint = [await measurePaint(browser, `${server.base}${nearPath}`, runs, 1)];
        if (throttle > 1)
          paint.push(await measurePaint(browser, `${server.base}${nearPath}`, runs, throttle));
        log('typing in the search box');
        const typing = await measureTyping(browser, server.base, QUERIES, runs);
        return {
          database: config.databaseUrl ? 'PostgreSQL' : 'PGlite',
          node: process.version,
          chromium: browser.version(),
          cpus: cpus().length,
          loadavg: { before: loadBefore, after: loadavg() },
          pages: { [nearPath]: weight.near, '/groups': weight.all },
          paint,
          typing,
        };
      } finally {
        await browser.close();
      }
    } finally {
      await stopServer(server);
    }
  } finally {
    await cleanup();
  }
}

// Printed once the server has stopped, so that nothing it logs can follow: with --json the last
// line of stdout is the figures (`npm run -s bench:page -- --json | tail -n 1`).
const figures = await main();
if (values.json) console.log(JSON.stringify(figures));
else report(figures);
