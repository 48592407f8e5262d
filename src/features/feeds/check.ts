import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { FeedError } from '../meeting-guide/index.js';
import { type PreparedImport, prepareImport } from '../meeting-guide/run-import.js';
import { diffAgainstPublished } from './diff.js';
import type { FeedCheckReport, FeedProblem, RenamedColumn } from './report.js';
import { ESSENTIAL_COLUMNS, publishedContacts, renamedColumns } from './rules.js';
import { schemaProblems } from './schema-check.js';

export type CheckOptions = {
  /** For meetings whose record and place give no zone (as the import's --timezone). */
  timezone?: string;
  /** Compare with the listings published now from this source (groups.source_name). */
  sourceName?: string;
  /** The organisation account the listings would be saved into (a managed feed's). */
  organisationId?: string;
  /**
   * Compare with every listing of the source, drafts and ended ones too (their names are shown):
   * only for the organisation's own people. The public checker leaves them out.
   */
  includeUnpublished?: boolean;
  now?: Date;
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const label = (v: unknown) =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;

export function renamedMessage(r: RenamedColumn): string {
  return `the column \`${r.expected}\` seems to have been renamed \`${r.found}\`: ${r.records} of ${r.total} records have no \`${r.expected}\` but have \`${r.found}\`. Rename it back to \`${r.expected}\`, or Gatherwell and the Meeting Guide apps will not read it`;
}

/**
 * Check a Meeting Guide feed without writing anything: the published JSON Schema, the import's
 * own reading (records it would skip or change, a feed it would refuse), renamed columns,
 * published contacts, and, given a source and a database, what importing it would change.
 * `json` is the parsed feed or its text (a syntax error is then reported with line and column).
 */
export async function checkFeed(
  db: Db | null,
  json: unknown,
  options: CheckOptions = {},
): Promise<FeedCheckReport> {
  let feed: unknown = json;
  if (typeof json === 'string') {
    try {
      feed = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch {
      // The import's reader says where the syntax breaks; the feed stays the text.
    }
  }
  const records = Array.isArray(feed) ? feed : [];
  const problems: FeedProblem[] = Array.isArray(feed) ? schemaProblems(feed) : [];
  const objects = records.filter(isRecord);
  const renamed = renamedColumns(objects.length === records.length ? objects : []);
  for (const r of renamed) {
    problems.push({
      severity: ESSENTIAL_COLUMNS.has(r.expected) ? 'error' : 'warning',
      field: r.expected,
      message: renamedMessage(r),
      source: 'rule',
    });
  }

  // A claimed source's listings are saved into its organisation: compare like with like.
  const organisationId =
    options.organisationId ??
    (db && options.sourceName
      ? (
          await queryRows<{ id: string }>(
            db,
            sql`SELECT organisation_id AS id FROM organisation_sources WHERE source_name = ${options.sourceName}`,
          )
        )[0]?.id
      : undefined);
  let prepared: PreparedImport | null = null;
  let refused: string[] | null = null;
  try {
    prepared = await prepareImport(feed, {
      source: options.sourceName ?? 'feed-check',
      timezone: options.timezone,
      organisationId,
      now: options.now,
    });
    for (const w of prepared.warnings) {
      problems.push({
        severity: w.skipped ? 'error' : 'warning',
        index: w.index,
        slug: w.slug,
        field: w.field,
        message: w.skipped ? `left out of the import: ${w.message}` : w.message,
        source: 'import',
      });
    }
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    refused = error.problems;
  }

  // Every problem carries its record's slug and name, so a long list can be searched.
  for (const p of problems) {
    if (p.index === undefined) continue;
    const record = records[p.index];
    if (!isRecord(record)) continue;
    p.slug ??= label(record.slug);
    p.name ??= label(record.name);
  }
  problems.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));

  const diff =
    db && options.sourceName && prepared
      ? await diffAgainstPublished(db, options.sourceName, prepared, {
          publishedOnly: !options.includeUnpublished,
        })
      : null;
  const errors = problems.filter((p) => p.severity === 'error').length + (refused?.length ?? 0);
  return {
    records: records.length,
    usable: prepared?.usable.length ?? 0,
    refused,
    problems,
    renamed,
    contacts: publishedContacts(records),
    diff,
    errors,
    warnings: problems.length - (errors - (refused?.length ?? 0)),
    prepared,
  };
}
