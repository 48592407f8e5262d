// One measured import, in a process of its own so its peak memory is its own: opens the
// database named by DATA_DIR or DATABASE_URL (already migrated), imports the feed file twice
// (the second time unchanged, as a daily re-import is) and prints one JSON line of figures.
import { readFileSync } from 'node:fs';
import { openDatabase } from '../../src/db/client.js';
import {
  applyImport,
  parseFeedText,
  prepareImport,
} from '../../src/features/meeting-guide/run-import.js';

const rssMb = () => Math.round(process.memoryUsage.rss() / 1048576);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const file = process.argv[2]!;
const database = await openDatabase(
  process.env.DATABASE_URL
    ? { databaseUrl: process.env.DATABASE_URL }
    : { dataDir: process.env.DATA_DIR!, statementLimitMs: 600_000 },
);
const openedRss = rssMb();

async function once() {
  const cpu = cpuMs();
  const started = performance.now();
  const prepared = await prepareImport(parseFeedText(readFileSync(file, 'utf8')), {
    source: 'bench',
    timezone: 'America/New_York',
  });
  const preparedAt = performance.now();
  const report = await applyImport(database.db, prepared);
  const ended = performance.now();
  return {
    wallMs: Math.round(ended - started),
    prepareMs: Math.round(preparedAt - started),
    applyMs: Math.round(ended - preparedAt),
    cpuMs: Math.round(cpuMs() - cpu),
    added: report.added,
    unchanged: report.unchanged,
    skipped: report.skipped,
    peakMb: peakMb(),
  };
}

const first = await once();
const again = await once();
await database.close();
process.stdout.write(`${JSON.stringify({ openedRss, first, again })}\n`);
