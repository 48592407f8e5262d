// npm run bench:feed -- [--meetings 2000] [--runs 5] [--database-url URL] [--json]
// A managed feed through the scheduled path, as the server runs it: a synthetic intergroup feed
// (bench-import/feed.ts, with a few monthly meetings) served by a local HTTP server with an
// ETag, registered for an organisation on a fresh migrated database (PGlite in a temporary
// directory, or a new database on the PostgreSQL server of --database-url / DATABASE_URL), then
// scheduleDueFeeds -> the job worker (drain) -> runFeed three times: the first import, a
// re-fetch answered 304, and a re-fetch with about 5% of the records changed. Medians of N runs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { queryRows } from '../src/db/client.js';
import { registerFeed } from '../src/features/feeds/commands.js';
import { feedJobHandlers, scheduleDueFeeds } from '../src/features/feeds/schedule.js';
import { drain } from '../src/features/jobs/queue.js';
import { syntheticFeed } from './bench-import/feed.js';
import { median } from './bench-page/browser.js';
import { log, openBenchDatabase } from './bench-search/database.js';

const { values } = parseArgs({
  strict: false,
  options: {
    meetings: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '5' },
    'database-url': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const meetings = Number(values.meetings);
const runs = Number(values.runs);
const config = loadConfig({ NODE_ENV: 'development', ...process.env });
const databaseUrl = (values['database-url'] as string | undefined) ?? config.databaseUrl;

/** The synthetic feed, with one meeting in forty held monthly (said in its notes, as feeds do). */
function feed(changed: boolean): string {
  const records = syntheticFeed(meetings);
  records.forEach((r, i) => {
    if (i % 40 === 3) r.notes = 'Meets the first Saturday of the month only.';
    // About 5% changed: a new time, or new notes.
    if (changed && i % 20 === 12) {
      if (i % 40 === 12) r.time = '21:15';
      else r.notes = 'New room: upstairs, second door on the left.';
    }
  });
  return JSON.stringify(records);
}

type Phase = { ms: number; outcome: string; added: number; updated: number; unchanged: number };
type Run = { first: Phase; notModified: Phase; changed: Phase };

async function oneRun(bodies: { base: string; changed: string }): Promise<Run> {
  let current = { body: bodies.base, etag: '"base"' };
  const server = createServer((req, res) => {
    if (req.headers['if-none-match'] === current.etag) {
      res.writeHead(304, { etag: current.etag });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/json', etag: current.etag });
    res.end(current.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/meetings.json`;
  const bench = await openBenchDatabase(databaseUrl, undefined, false);
  try {
    const { db } = bench.handle;
    await bench.handle.migrate();
    const [org] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO organisations (name, kind) VALUES ('Bench Intergroup', 'intergroup') RETURNING id`,
    );
    await db.execute(
      sql`INSERT INTO users (id, name, email) VALUES ('bench-owner', 'Owner', 'owner@example.org')`,
    );
    await db.execute(
      sql`INSERT INTO organisation_members (organisation_id, user_id, role) VALUES (${org!.id}, 'bench-owner', 'owner')`,
    );
    const { feedId } = await registerFeed(db, {
      url,
      timezone: 'America/New_York',
      removalLimitPercent: 20,
      everyHours: 24,
      organisationId: org!.id,
      userId: 'bench-owner',
    });
    const handlers = feedJobHandlers({
      database: bench.handle,
      config: { ...config, feeds: { allowPrivateHosts: true } },
    });
    // One pass of what the server does every minute: queue what is due, let the worker run it.
    const scheduled = async (): Promise<Phase> => {
      const started = performance.now();
      if ((await scheduleDueFeeds(db)) !== 1) throw new Error('the feed was not queued');
      await drain(db, handlers);
      const ms = Math.round(performance.now() - started);
      const [run] = await queryRows<Omit<Phase, 'ms'>>(
        db,
        sql`SELECT outcome, added, updated, unchanged FROM feed_runs WHERE feed_id = ${feedId}
             ORDER BY started_at DESC LIMIT 1`,
      );
      await db.execute(
        sql`UPDATE organisation_feeds SET next_fetch_at = now() - interval '1 second' WHERE id = ${feedId}`,
      );
      return { ms, ...run! };
    };
    const first = await scheduled();
    const notModified = await scheduled();
    current = { body: bodies.changed, etag: '"changed"' };
    const changed = await scheduled();
    return { first, notModified, changed };
  } finally {
    await bench.handle.close();
    await bench.cleanup();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function main() {
  const bodies = { base: feed(false), changed: feed(true) };
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  const loadBefore = load();
  log(
    `feed: ${meetings} meetings, ${(bodies.base.length / 1048576).toFixed(2)} MB; load ${loadBefore}`,
  );
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await oneRun(bodies);
    log(
      `run ${i + 1}: first ${run.first.ms} ms (${run.first.outcome}, ${run.first.added} added), 304 ${run.notModified.ms} ms (${run.notModified.outcome}), 5% changed ${run.changed.ms} ms (${run.changed.outcome}, ${run.changed.updated} updated, ${run.changed.unchanged} unchanged)`,
    );
    results.push(run);
  }
  const m = (f: (r: Run) => number) => median(results.map(f)) ?? 0;
  const last = results.at(-1)!;
  const summary = {
    database: databaseUrl ? 'PostgreSQL' : 'PGlite',
    meetings,
    runs,
    load: { before: loadBefore, after: load() },
    firstImportMs: m((r) => r.first.ms),
    notModifiedMs: m((r) => r.notModified.ms),
    changedMs: m((r) => r.changed.ms),
    counts: {
      added: last.first.added,
      notModified: last.notModified.outcome,
      updated: last.changed.updated,
      unchanged: last.changed.unchanged,
    },
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  process.stdout.write(
    [
      `bench:feed, ${summary.database}, ${meetings} meetings through scheduleDueFeeds -> job worker -> runFeed, median of ${runs}; load ${summary.load.before} -> ${summary.load.after}`,
      `  first import        ${summary.firstImportMs} ms (${summary.counts.added} added)`,
      `  re-fetch, 304       ${summary.notModifiedMs} ms (${summary.counts.notModified})`,
      `  re-fetch, 5% new    ${summary.changedMs} ms (${summary.counts.updated} updated, ${summary.counts.unchanged} unchanged)`,
      '',
    ].join('\n'),
  );
}

await main();
