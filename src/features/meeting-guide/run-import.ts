import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, organisationSources } from '../../db/schema/index.js';
import { toStoredSchedule } from '../../shared/schedule/index.js';
import { insertListings } from '../directory/bulk-save.js';
import { contentHash, saveGroup } from '../directory/commands.js';
import type { GroupInput } from '../directory/model.js';
import { directoryChanged } from '../directory/search-index.js';
import { listingTextProblems } from '../directory/text-limits.js';
import { loadAddressPlacer, timezoneAt } from '../geo/index.js';
import { parseMeetingGuideFeed } from './import.js';
import { FeedError, type FeedWarning } from './types.js';

export type ImportReport = {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Records left out, each with a warning that says why (their listings are kept). */
  skipped: number;
  warnings: FeedWarning[];
};

/** A feed read, placed and checked, ready to write. */
export type PreparedImport = { source: string; usable: GroupInput[]; warnings: FeedWarning[] };

export type ImportCommandOptions = {
  source: string;
  timezone?: string;
  /** The organisation account the listings are saved into (a managed feed's owner). */
  organisationId?: string;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
};

/** Parse feed text; a file that is not JSON is an invalid feed like any other. */
export function parseFeedText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedError([`the file is not valid JSON (${(error as Error).message})`]);
  }
}

/**
 * Read the whole feed, place its records and validate every schedule, touching no database:
 * a feed that is refused (FeedError) is refused before anything is opened or written.
 */
export async function prepareImport(
  json: unknown,
  options: ImportCommandOptions,
): Promise<PreparedImport> {
  const now = options.now ?? new Date();
  const {
    groups: inputs,
    warnings,
    indexes,
  } = parseMeetingGuideFeed(json, {
    source: options.source,
    timezone: options.timezone,
    timezoneAt,
    placeAddress: await loadAddressPlacer(),
    today: now.toISOString().slice(0, 10),
  });
  const usable = inputs.filter((input, i) => {
    const index = indexes[i] ?? i;
    if (options.organisationId) input.organisationId = options.organisationId;
    // The same limits as the leaders' form: a record over them is skipped, with the field named.
    const [tooMuch] = listingTextProblems(input);
    if (tooMuch) {
      warnings.push({
        index,
        slug: input.source!.externalId,
        field: tooMuch.field,
        message:
          tooMuch.problem === 'too_long'
            ? 'longer than a listing may be'
            : 'holds control characters a listing may not',
        skipped: true,
      });
      return false;
    }
    try {
      for (const s of input.schedules) toStoredSchedule(s);
      return true;
    } catch (error) {
      // Skipped, so its existing listing (matched by the feed's slug) is kept, not removed.
      warnings.push({
        index,
        slug: input.source!.externalId,
        field: 'schedule',
        message: (error as Error).message,
        skipped: true,
      });
      return false;
    }
  });
  return { source: options.source, usable, warnings };
}

/**
 * Write a prepared feed, all of it or nothing, in one transaction. Listings are matched by
 * (source, feed slug): a re-import updates them, whatever readable slug they were given, and
 * listings of this source that the feed no longer has are removed. Unchanged records (same
 * content hash) cost nothing; new ones are inserted together (insertListings), so a feed of
 * thousands is a few dozen statements rather than several per record.
 */
export async function applyImport(
  db: Db,
  prepared: PreparedImport,
  options: Pick<ImportCommandOptions, 'now' | 'onProgress'> = {},
): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const { source, usable, warnings } = prepared;
  // A record skipped for a typo this time must not end its listing: keep those too.
  const keep = [
    ...usable.map((g) => g.source!.externalId),
    ...warnings.filter((w) => w.skipped && w.slug).map((w) => w.slug!),
  ];
  const result = await db.transaction(async (tx) => {
    // A source an organisation has claimed is its listings, whoever imports it (the command
    // line included) and whatever organisation the feed names.
    const [claim] = await tx
      .select({ organisationId: organisationSources.organisationId })
      .from(organisationSources)
      .where(eq(organisationSources.sourceName, source));
    const inputs = claim
      ? usable.map((input) => ({ ...input, organisationId: claim.organisationId }))
      : usable;
    const existing = new Map(
      (
        await tx
          .select({ sourceId: groups.sourceId, contentHash: groups.contentHash })
          .from(groups)
          .where(eq(groups.sourceName, source))
      ).map((g) => [g.sourceId, g.contentHash]),
    );
    const fresh: GroupInput[] = [];
    const changed: GroupInput[] = [];
    let unchanged = 0;
    for (const input of inputs) {
      const hash = existing.get(input.source!.externalId);
      if (hash === undefined) fresh.push(input);
      else if (hash === contentHash(input)) unchanged++;
      else changed.push(input);
    }
    await insertListings(tx, fresh, now);
    options.onProgress?.(fresh.length + unchanged, usable.length);
    // Changes are rarer than additions: each goes through the one save path (a savepoint each).
    for (const input of changed) await saveGroup(tx as unknown as Db, input, now);
    options.onProgress?.(usable.length, usable.length);
    const removed = await tx
      .delete(groups)
      .where(
        keep.length
          ? and(eq(groups.sourceName, source), notInArray(groups.sourceId, keep))
          : eq(groups.sourceName, source),
      )
      .returning({ id: groups.id });
    return { added: fresh.length, updated: changed.length, unchanged, removed: removed.length };
  });
  // Told once, after the commit: the index reads the whole import from the log in one go.
  if (result.added + result.updated + result.removed > 0) directoryChanged(db);
  const skipped = new Set(warnings.filter((w) => w.skipped).map((w) => w.index)).size;
  return { ...result, skipped, warnings };
}

/** Prepare and apply: an invalid feed changes nothing (FeedError). */
export async function importMeetingGuide(
  db: Db,
  json: unknown,
  options: ImportCommandOptions,
): Promise<ImportReport> {
  return applyImport(db, await prepareImport(json, options), options);
}
