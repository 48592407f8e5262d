// npm run import:hsds -- FILE_OR_URL --organization SLUG
// An HSDS 3.0 package (docs/open-data.md) imported as the listings of one organisation, all or
// nothing. With the embedded database this takes the data-directory lock: stop the server first.
import { parseArgs } from 'node:util';
import { prepareHsdsImport } from '../features/hsds/import.js';
import { HsdsImportError, importHsdsForOrganisation } from '../features/hsds/run-import.js';
import { FeedError } from '../features/meeting-guide/index.js';
import { type ImportReport, parseFeedText } from '../features/meeting-guide/run-import.js';
import { readSource } from './read-source.js';
import { withDatabase } from './with-database.js';

const usage = 'usage: npm run import:hsds -- FILE_OR_URL --organization SLUG';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { organization: { type: 'string' } },
});
const location = positionals[0];
const slug = values.organization;
if (!location || !slug) fail(usage);

try {
  const source = `hsds:${slug}`;
  // Read and checked before the database is opened: a refused package takes no lock.
  const prepared = prepareHsdsImport(parseFeedText(await readSource(location)), { source });
  await withDatabase(async (database) => {
    let report: ImportReport;
    try {
      report = await importHsdsForOrganisation(database.db, prepared, slug);
    } catch (error) {
      if (error instanceof HsdsImportError) fail(`${error.message}; nothing was written.`);
      throw error;
    }
    for (const w of report.warnings) {
      process.stdout.write(
        `warning: service ${w.index}${w.slug ? ` (${w.slug})` : ''}: ${w.field ? `${w.field} ` : ''}${w.message}\n`,
      );
    }
    process.stdout.write(
      `${source}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.removed} removed, ${report.skipped} skipped, ${report.warnings.length} warnings\n`,
    );
  });
} catch (error) {
  if (error instanceof FeedError) {
    fail(`The package was rejected and nothing was written:\n  - ${error.problems.join('\n  - ')}`);
  }
  throw error;
}
