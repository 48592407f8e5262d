// npm run import:meeting-guide -- FILE_OR_URL --source NAME [--timezone ZONE]
// With the embedded database this takes the data-directory lock: stop the server first (the
// process that owns the directory is the only one that may write it).
import { parseArgs } from 'node:util';
import { IANAZone } from 'luxon';
import { FeedError, type FeedWarning } from '../features/meeting-guide/index.js';
import { applyImport, parseFeedText, prepareImport } from '../features/meeting-guide/run-import.js';
import { readSource } from './read-source.js';
import { withDatabase } from './with-database.js';

const usage =
  'usage: npm run import:meeting-guide -- FILE_OR_URL --source NAME [--timezone America/Chicago]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { source: { type: 'string' }, timezone: { type: 'string' } },
});
const location = positionals[0];
if (!location || !values.source) fail(usage);
if (values.timezone !== undefined && !IANAZone.isValidZone(values.timezone)) {
  fail(
    `--timezone "${values.timezone}" is not an IANA time zone, such as America/Edmonton\n${usage}`,
  );
}

async function readFeed(where: string): Promise<unknown> {
  return parseFeedText(await readSource(where));
}

const show = (w: FeedWarning) =>
  `${w.skipped ? 'skipped' : 'warning'}: record ${w.index}${w.slug ? ` (${w.slug})` : ''}: ${w.message}\n`;

try {
  // Read, placed and checked before the database is opened: a refused feed never takes the
  // data directory's lock, and says why at once.
  const prepared = await prepareImport(await readFeed(location), {
    source: values.source!,
    timezone: values.timezone,
  });
  await withDatabase(async (database) => {
    const tty = process.stderr.isTTY;
    const report = await applyImport(database.db, prepared, {
      onProgress: tty
        ? (done, total) => {
            const width = 30;
            const filled = Math.round((done / total) * width);
            process.stderr.write(
              `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
            );
            if (done === total) process.stderr.write('\n');
          }
        : undefined,
    });
    for (const w of report.warnings) process.stdout.write(show(w));
    process.stdout.write(
      `${values.source}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.removed} removed, ${report.skipped} skipped, ${report.warnings.length} warnings\n`,
    );
  });
} catch (error) {
  if (error instanceof FeedError) {
    fail(`The feed was rejected and nothing was written:\n  - ${error.problems.join('\n  - ')}`);
  }
  throw error;
}
