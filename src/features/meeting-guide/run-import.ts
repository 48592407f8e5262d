import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups } from '../../db/schema/index.js';
import { type SaveOutcome, saveGroup } from '../directory/commands.js';
import { toStoredSchedule } from '../directory/schedule/index.js';
import { directoryChanged } from '../directory/search-index.js';
import { listingTextProblems } from '../directory/text-limits.js';
import { timezoneAt } from '../geo/index.js';
import { parseMeetingGuideFeed } from './import.js';
import { FeedError, type FeedWarning } from './types.js';

export type ImportReport = {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  warnings: FeedWarning[];
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
 * Import a feed into the directory. The whole feed is parsed and every schedule validated
 * before anything is written, so an invalid feed changes nothing (FeedError). Listings are
 * matched by (source, feed slug): a re-import updates them, and listings of this source that
 * the feed no longer has are removed.
 */
export async function importMeetingGuide(
  db: Db,
  json: unknown,
  options: {
    source: string;
    timezone?: string;
    now?: Date;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const { groups: inputs, warnings } = parseMeetingGuideFeed(json, {
    source: options.source,
    timezone: options.timezone,
    timezoneAt,
    today: now.toISOString().slice(0, 10),
  });
  const usable = inputs.filter((input, index) => {
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

  const counts: Record<SaveOutcome, number> = { added: 0, updated: 0, unchanged: 0 };
  for (const [i, input] of usable.entries()) {
    counts[(await saveGroup(db, input, now)).outcome]++;
    options.onProgress?.(i + 1, usable.length);
  }
  // A record skipped for a typo this time must not end its listing: keep those too.
  const keep = [
    ...usable.map((g) => g.source!.externalId),
    ...warnings.filter((w) => w.skipped && w.slug).map((w) => w.slug!),
  ];
  const removed = await db
    .delete(groups)
    .where(
      keep.length
        ? and(eq(groups.sourceName, options.source), notInArray(groups.sourceId, keep))
        : eq(groups.sourceName, options.source),
    )
    .returning({ id: groups.id });
  if (removed.length > 0) directoryChanged(db);
  return { ...counts, removed: removed.length, warnings };
}
