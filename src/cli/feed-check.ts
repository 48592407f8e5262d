// npm run feed:check -- FILE_OR_URL [--timezone ZONE] [--source NAME]
// Checks a Meeting Guide feed and prints the report; exits 1 when it has errors (0 with only
// warnings), 2 when the feed could not be read at all. With --source it also compares the feed
// with what Gatherwell publishes now from that source, which opens the database (with the
// embedded one, stop the server first). Nothing is ever written.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { IANAZone } from 'luxon';
import { checkFeed } from '../features/feeds/check.js';
import { FeedFetchError, fetchFeed } from '../features/feeds/fetch-feed.js';
import type { FeedCheckReport } from '../features/feeds/report.js';
import { reportText } from '../features/feeds/report-text.js';
import { withDatabase } from './with-database.js';

const usage =
  'usage: npm run feed:check -- FILE_OR_URL [--timezone America/Chicago] [--source NAME]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { source: { type: 'string' }, timezone: { type: 'string' } },
});
const location = positionals[0];
if (!location) fail(usage);
if (values.timezone !== undefined && !IANAZone.isValidZone(values.timezone)) {
  fail(
    `--timezone "${values.timezone}" is not an IANA time zone, such as America/Edmonton\n${usage}`,
  );
}

async function readFeed(where: string): Promise<string> {
  if (!/^https?:\/\//i.test(where)) return readFile(where, 'utf8');
  // The command runs with its user's own rights, so a feed on their own network is theirs to read.
  const fetched = await fetchFeed(where, { allowPrivateHosts: true });
  return fetched.status === 200 ? fetched.body : '';
}

let text: string;
try {
  text = await readFeed(location);
} catch (error) {
  if (error instanceof FeedFetchError) fail(`Could not read ${location}: ${error.message}`);
  const e = error as NodeJS.ErrnoException;
  fail(`Could not read ${location}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
}

let report: FeedCheckReport | undefined;
// Run by whoever holds the database: the comparison may name unpublished listings too.
const options = { timezone: values.timezone, sourceName: values.source, includeUnpublished: true };
if (values.source) {
  await withDatabase(async (database) => {
    report = await checkFeed(database.db, text, options);
  });
} else {
  report = await checkFeed(null, text, options);
}
process.stdout.write(reportText(report!, location));
process.exitCode = report!.errors > 0 ? 1 : 0;
