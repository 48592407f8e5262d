import { and, desc, eq, sql } from 'drizzle-orm';
import { IANAZone } from 'luxon';
import { type Db, queryRows } from '../../db/client.js';
import { feedRuns, organisationFeeds, organisationSources } from '../../db/schema/index.js';
import { audit } from '../accounts/audit.js';
import { directoryChanged } from '../directory/search-index.js';
import { checkFeedUrl, FeedFetchError } from './fetch-feed.js';

/*
 * Setting up managed feeds: an organisation claims an import source (its listings become the
 * organisation's), registers the feed that keeps it current, changes or removes it. Each is
 * one transaction, audited. The organisation's UI checks who may do this (owners and editors);
 * these commands check what may be done.
 */

/** A request that cannot be done as asked; `field` names the form field it is about. */
export class FeedSetupError extends Error {
  constructor(
    message: string,
    readonly field?: 'url' | 'timezone' | 'removalLimitPercent' | 'everyHours' | 'sourceName',
  ) {
    super(message);
    this.name = 'FeedSetupError';
  }
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
const asDb = (tx: Tx) => tx as unknown as Db;

async function claimIn(
  tx: Tx,
  input: { organisationId: string; sourceName: string; userId: string | null },
): Promise<number> {
  // Inserted first: a SELECT ... FOR UPDATE locks nothing while there is no row, so two claims
  // at once would both insert. This one waits for the other's transaction, then does nothing.
  const claimed = await tx
    .insert(organisationSources)
    .values({
      sourceName: input.sourceName,
      organisationId: input.organisationId,
      claimedBy: input.userId,
    })
    .onConflictDoNothing({ target: organisationSources.sourceName })
    .returning({ organisationId: organisationSources.organisationId });
  const held = claimed.length === 0;
  if (held) {
    const [holder] = await tx
      .select({ organisationId: organisationSources.organisationId })
      .from(organisationSources)
      .where(eq(organisationSources.sourceName, input.sourceName))
      .for('update');
    if (holder && holder.organisationId !== input.organisationId) {
      throw new FeedSetupError(
        `the source "${input.sourceName}" belongs to another organisation; ask Gatherwell's administrators if it should be yours`,
        'sourceName',
      );
    }
  }
  const moved = await queryRows<{ id: string }>(
    asDb(tx),
    sql`UPDATE groups SET organisation_id = ${input.organisationId}
         WHERE source_name = ${input.sourceName}
           AND organisation_id IS DISTINCT FROM ${input.organisationId}
        RETURNING id`,
  );
  if (!held) {
    await audit(asDb(tx), {
      action: 'feed.source_claimed',
      actorId: input.userId,
      targetType: 'organisation',
      targetId: input.organisationId,
      details: { source: input.sourceName, listings: moved.length },
    });
  }
  return moved.length;
}

/**
 * An organisation claims an import source (groups.source_name): every listing of that source is
 * now the organisation's. Refused when another organisation holds it; claiming one's own again
 * changes nothing. Returns how many listings moved into the organisation.
 */
export async function claimSource(
  db: Db,
  /** `userId` null: claimed from the command line, by whoever runs the server. */
  input: { organisationId: string; sourceName: string; userId: string | null },
): Promise<{ listings: number }> {
  const listings = await db.transaction((tx) => claimIn(tx, input));
  if (listings > 0) directoryChanged(db);
  return { listings };
}

export type FeedSettings = {
  url: string;
  timezone: string;
  removalLimitPercent: number;
  everyHours: number;
};

/** The settings as a person typed them, checked with messages they can act on. */
export function checkSettings(input: FeedSettings): FeedSettings {
  try {
    // Private hosts are checked when the feed is fetched (the flag is the server's to set).
    checkFeedUrl(input.url.trim(), true);
  } catch (error) {
    if (error instanceof FeedFetchError) throw new FeedSetupError(error.message, 'url');
    throw error;
  }
  if (!IANAZone.isValidZone(input.timezone)) {
    throw new FeedSetupError(
      `"${input.timezone}" is not a time zone; use one such as America/Chicago`,
      'timezone',
    );
  }
  const whole = (n: number, min: number, max: number) =>
    Number.isInteger(n) && n >= min && n <= max;
  if (!whole(input.removalLimitPercent, 0, 100)) {
    throw new FeedSetupError(
      'the removal limit is a whole percentage from 0 to 100',
      'removalLimitPercent',
    );
  }
  if (!whole(input.everyHours, 1, 168)) {
    throw new FeedSetupError(
      'fetch the feed every 1 to 168 hours (once a week at the least)',
      'everyHours',
    );
  }
  return { ...input, url: input.url.trim() };
}

/**
 * Register a feed for an organisation: its source is claimed (the given existing source, or
 * `feed:<organisation slug>`) and the feed is due at once. Returns the feed's id.
 */
export async function registerFeed(
  db: Db,
  input: FeedSettings & { organisationId: string; sourceName?: string; userId: string },
): Promise<{ feedId: string; sourceName: string }> {
  const settings = checkSettings(input);
  const result = await db.transaction(async (tx) => {
    const [org] = await queryRows<{ slug: string }>(
      asDb(tx),
      sql`SELECT slug FROM organisations WHERE id = ${input.organisationId}`,
    );
    if (!org) throw new FeedSetupError('that organisation does not exist');
    const sourceName = input.sourceName?.trim() || `feed:${org.slug}`;
    const [taken] = await tx
      .select({ id: organisationFeeds.id })
      .from(organisationFeeds)
      .where(eq(organisationFeeds.sourceName, sourceName));
    if (taken) {
      throw new FeedSetupError(`a feed is already registered for "${sourceName}"`, 'sourceName');
    }
    const listings = await claimIn(tx, { ...input, sourceName });
    const [feed] = await tx
      .insert(organisationFeeds)
      .values({
        organisationId: input.organisationId,
        url: settings.url,
        timezone: settings.timezone,
        sourceName,
        removalLimitPercent: settings.removalLimitPercent,
        everyHours: settings.everyHours,
        createdBy: input.userId,
        nextFetchAt: sql`now()`,
      })
      // Another registration of this source committed since the check above.
      .onConflictDoNothing({ target: organisationFeeds.sourceName })
      .returning({ id: organisationFeeds.id });
    if (!feed) {
      throw new FeedSetupError(`a feed is already registered for "${sourceName}"`, 'sourceName');
    }
    await audit(asDb(tx), {
      action: 'feed.registered',
      actorId: input.userId,
      targetType: 'organisation',
      targetId: input.organisationId,
      details: { feed: feed!.id, source: sourceName },
    });
    return { feedId: feed!.id, sourceName, listings };
  });
  if (result.listings > 0) directoryChanged(db);
  return { feedId: result.feedId, sourceName: result.sourceName };
}

/**
 * Change a feed's settings. A new address forgets the old one's validators (its ETag means
 * nothing to another server) and makes the feed due at once.
 */
export async function updateFeed(
  db: Db,
  feedId: string,
  input: FeedSettings & { userId: string },
): Promise<void> {
  const settings = checkSettings(input);
  await db.transaction(async (tx) => {
    const [feed] = await tx
      .select()
      .from(organisationFeeds)
      .where(eq(organisationFeeds.id, feedId))
      .for('update');
    if (!feed) throw new FeedSetupError('that feed does not exist');
    const moved = feed.url !== settings.url;
    await tx
      .update(organisationFeeds)
      .set({
        url: settings.url,
        timezone: settings.timezone,
        removalLimitPercent: settings.removalLimitPercent,
        everyHours: settings.everyHours,
        ...(moved ? { etag: null, lastModified: null, nextFetchAt: sql`now()` } : {}),
      })
      .where(eq(organisationFeeds.id, feedId));
    await audit(asDb(tx), {
      action: 'feed.updated',
      actorId: input.userId,
      targetType: 'organisation',
      targetId: feed.organisationId,
      details: { feed: feedId, address_changed: moved },
    });
  });
}

/** Stop fetching a feed. Its listings stay, and so does the organisation's claim on the source. */
export async function removeFeed(db: Db, feedId: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [feed] = await tx
      .delete(organisationFeeds)
      .where(eq(organisationFeeds.id, feedId))
      .returning({
        organisationId: organisationFeeds.organisationId,
        source: organisationFeeds.sourceName,
      });
    if (!feed) throw new FeedSetupError('that feed does not exist');
    await audit(asDb(tx), {
      action: 'feed.removed',
      actorId: userId,
      targetType: 'organisation',
      targetId: feed.organisationId,
      details: { feed: feedId, source: feed.source },
    });
  });
}

/** A feed's runs, newest first, for its history (held_body is left out: it can be megabytes). */
export function listRuns(db: Db, feedId: string, limit = 20) {
  return db
    .select({
      id: feedRuns.id,
      trigger: feedRuns.trigger,
      outcome: feedRuns.outcome,
      httpStatus: feedRuns.httpStatus,
      bytes: feedRuns.bytes,
      added: feedRuns.added,
      updated: feedRuns.updated,
      unchanged: feedRuns.unchanged,
      removed: feedRuns.removed,
      skipped: feedRuns.skipped,
      warnings: feedRuns.warnings,
      error: feedRuns.error,
      waiting: sql<boolean>`${feedRuns.heldBody} IS NOT NULL`,
      decidedBy: feedRuns.decidedBy,
      decidedAt: feedRuns.decidedAt,
      startedAt: feedRuns.startedAt,
      finishedAt: feedRuns.finishedAt,
    })
    .from(feedRuns)
    .where(eq(feedRuns.feedId, feedId))
    .orderBy(desc(feedRuns.startedAt), desc(feedRuns.id))
    .limit(limit);
}

/** An organisation's feeds, for its feeds page. */
export function feedsOf(db: Db, organisationId: string) {
  return db
    .select()
    .from(organisationFeeds)
    .where(and(eq(organisationFeeds.organisationId, organisationId)))
    .orderBy(organisationFeeds.createdAt);
}
