import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import {
  type FeedRunOutcome,
  type FeedRunWarning,
  feedRuns,
  organisationFeeds,
} from '../../db/schema/index.js';
import { audit } from '../accounts/audit.js';
import { FeedError } from '../meeting-guide/index.js';
import {
  applyImport,
  type ImportReport,
  type PreparedImport,
  parseFeedText,
  prepareImport,
} from '../meeting-guide/run-import.js';
import { renamedMessage } from './check.js';
import { diffAgainstPublished } from './diff.js';
import { FeedFetchError, type FetchOptions, fetchFeed } from './fetch-feed.js';
import { notifyFeedPeople } from './notify.js';
import { ESSENTIAL_COLUMNS, notesContacts, renamedColumns } from './rules.js';

/*
 * One run of a managed feed: fetch (conditional), read and check, then apply all of it, hold
 * it for an editor (a large removal), or refuse it; the run's row says which and why. A run is
 * claimed first, under a lock on the feed's row: an unfinished run row is the lease, so two
 * instances (or the schedule and an editor) never run one feed at once.
 */

type Feed = typeof organisationFeeds.$inferSelect;
export type RunOptions = {
  trigger: 'schedule' | 'editor';
  now?: Date;
  fetch: Pick<FetchOptions, 'allowPrivateHosts' | 'maxBytes' | 'timeoutMs'>;
};
export type RunResult = { runId: string | null; outcome: FeedRunOutcome | 'busy' | 'not_due' };

/** A run that has not finished after this long was lost with its process. */
const LEASE_MINUTES = 15;
const HOUR_MS = 3_600_000;

/**
 * The unfinished run that holds the feed's lease, if any, and when its lease ends. A held run
 * being confirmed is unfinished again from its decision on.
 */
async function leaseHolder(db: Db, feedId: string, except?: string) {
  const [running] = await queryRows<{ id: string; until: string }>(
    db,
    sql`SELECT id, (coalesce(decided_at, started_at) + ${`${LEASE_MINUTES} minutes`}::interval
                     + interval '1 second')::text AS until
          FROM feed_runs
         WHERE feed_id = ${feedId} AND finished_at IS NULL
           AND coalesce(decided_at, started_at) > now() - ${`${LEASE_MINUTES} minutes`}::interval
           ${except ? sql`AND id <> ${except}` : sql``}
         ORDER BY coalesce(decided_at, started_at) DESC LIMIT 1`,
  );
  return running;
}

/** Claim the feed: a short transaction, never held across the fetch. */
async function claim(db: Db, feedId: string, options: RunOptions, now: Date) {
  return db.transaction(async (tx) => {
    const [feed] = await tx
      .select()
      .from(organisationFeeds)
      .where(eq(organisationFeeds.id, feedId))
      .for('update', { skipLocked: true });
    if (!feed) return { busy: true as const };
    if (options.trigger === 'schedule' && feed.nextFetchAt > now) return { notDue: true as const };
    const running = await leaseHolder(tx as unknown as Db, feedId);
    if (running) {
      // The job's dedupe key names next_fetch_at: left as it is, a run lost with its process
      // would make every later key the same one, refused for ever. Try again when the lease ends.
      if (options.trigger === 'schedule') {
        await tx
          .update(organisationFeeds)
          .set({
            nextFetchAt: sql`greatest(${organisationFeeds.nextFetchAt}, ${running.until}::timestamptz)`,
          })
          .where(eq(organisationFeeds.id, feedId));
      }
      return { busy: true as const };
    }
    // Failed until it says otherwise: a run whose process dies stays honest in the history.
    const [run] = await tx
      .insert(feedRuns)
      .values({
        feedId,
        trigger: options.trigger,
        outcome: 'failed',
        error: 'the run did not finish',
      })
      .returning({ id: feedRuns.id });
    return { feed, runId: run!.id };
  });
}

type Finish = {
  outcome: FeedRunOutcome;
  httpStatus?: number;
  bytes?: number;
  report?: Omit<ImportReport, 'warnings'>;
  warnings?: FeedRunWarning[];
  error?: string;
  heldBody?: string;
  validators?: { etag: string | null; lastModified: string | null };
};

const toWarnings = (
  prepared: PreparedImport,
  feedLevel: string[],
  contacts: FeedRunWarning[] = [],
): FeedRunWarning[] =>
  [
    // Feed-level warnings (a renamed column that is not essential) carry index -1.
    ...feedLevel.map((message) => ({ index: -1, message })),
    ...prepared.warnings.map(({ index, slug, field, message }) => ({
      index,
      slug,
      field,
      message,
    })),
    ...contacts,
  ].slice(0, 500);

/** Read the body and decide: refused (FeedError), held, or applied. */
async function readAndDecide(db: Db, feed: Feed, body: string, now: Date): Promise<Finish> {
  const json = parseFeedText(body);
  const records = Array.isArray(json) ? json.filter((r) => typeof r === 'object' && r) : [];
  const renamed = renamedColumns(records as Record<string, unknown>[]);
  const essential = renamed.filter((r) => ESSENTIAL_COLUMNS.has(r.expected));
  // Importing would keep every listing but strip its day or time: refuse, change nothing.
  if (essential.length > 0) throw new FeedError(essential.map(renamedMessage));
  const prepared = await prepareImportFor(feed, json);
  const warnings = toWarnings(
    prepared,
    renamed.map((r) => renamedMessage(r)),
    notesContacts(records),
  );
  const diff = await diffAgainstPublished(db, feed.sourceName, prepared);
  const share = diff.published > 0 ? (diff.removed.length / diff.published) * 100 : 0;
  if (share > feed.removalLimitPercent) {
    return {
      outcome: 'held',
      heldBody: body,
      warnings,
      report: {
        added: diff.added.length,
        updated: diff.changed.length,
        unchanged: diff.unchanged,
        removed: diff.removed.length,
        skipped: new Set(prepared.warnings.filter((w) => w.skipped).map((w) => w.index)).size,
      },
      error: `this run would remove ${diff.removed.length} of the ${diff.published} listings (${Math.round(share)}%), more than the limit of ${feed.removalLimitPercent}%; an editor must confirm it`,
    };
  }
  const { warnings: _, ...report } = await applyImport(db, prepared, { now });
  return { outcome: 'applied', report, warnings };
}

/**
 * The feed read as an import of its source into its organisation. Schedules start from the day
 * the feed was registered, not today, so an unchanged record hashes the same on every run
 * (the start date is part of a listing's content hash).
 */
function prepareImportFor(feed: Feed, json: unknown) {
  return prepareImport(json, {
    source: feed.sourceName,
    timezone: feed.timezone,
    organisationId: feed.organisationId,
    now: feed.createdAt,
  });
}

/** When to try again: the feed's period after a good run; after failures, sooner, then backing off. */
async function nextFetch(db: Db, feed: Feed, outcome: FeedRunOutcome, now: Date): Promise<Date> {
  const period = feed.everyHours * HOUR_MS;
  if (outcome !== 'failed') return new Date(now.getTime() + period);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (
          SELECT outcome FROM feed_runs WHERE feed_id = ${feed.id} AND finished_at IS NOT NULL
           ORDER BY started_at DESC LIMIT 8) recent
        WHERE outcome = 'failed'`,
  );
  const failures = Math.max(1, row?.n ?? 1);
  return new Date(now.getTime() + Math.min(period, 15 * 60_000 * 2 ** (failures - 1)));
}

async function finish(db: Db, feed: Feed, runId: string, f: Finish, now: Date) {
  const nextFetchAt = await nextFetch(db, feed, f.outcome, now);
  await db.transaction(async (tx) => {
    await tx
      .update(feedRuns)
      .set({
        outcome: f.outcome,
        httpStatus: f.httpStatus ?? null,
        bytes: f.bytes ?? null,
        ...(f.report ?? {}),
        warnings: f.warnings ?? [],
        error: f.error ?? null,
        heldBody: f.heldBody ?? null,
        finishedAt: sql`now()`,
      })
      .where(eq(feedRuns.id, runId));
    if (f.outcome === 'applied' || f.outcome === 'held') {
      // A newer feed replaces what an older held run would have applied.
      await supersedeHeld(tx as unknown as Db, feed.id, runId);
    }
    await tx
      .update(organisationFeeds)
      .set({
        nextFetchAt,
        // Validators only after a good read: a held or refused body must be fetched again.
        ...(f.validators && (f.outcome === 'applied' || f.outcome === 'not_modified')
          ? { etag: f.validators.etag, lastModified: f.validators.lastModified }
          : {}),
      })
      .where(eq(organisationFeeds.id, feed.id));
    if (f.outcome === 'held' || f.outcome === 'refused' || f.outcome === 'failed') {
      await notifyFeedPeople(tx as unknown as Db, feed, runId, f.outcome);
    }
  });
}

const supersedeHeld = (db: Db, feedId: string, except: string) =>
  db
    .update(feedRuns)
    .set({ outcome: 'discarded', heldBody: null, decidedAt: sql`now()` })
    .where(
      and(
        eq(feedRuns.feedId, feedId),
        eq(feedRuns.outcome, 'held'),
        sql`${feedRuns.id} <> ${except}`,
        isNull(feedRuns.decidedAt),
      ),
    );

/** Fetch one feed and apply, hold or refuse what it says. Never throws for a feed's faults. */
export async function runFeed(db: Db, feedId: string, options: RunOptions): Promise<RunResult> {
  const now = options.now ?? new Date();
  const claimed = await claim(db, feedId, options, now);
  if ('busy' in claimed) return { runId: null, outcome: 'busy' };
  if ('notDue' in claimed) return { runId: null, outcome: 'not_due' };
  const { feed, runId } = claimed;
  let f: Finish;
  try {
    const fetched = await fetchFeed(feed.url, {
      ...options.fetch,
      etag: feed.etag,
      lastModified: feed.lastModified,
    });
    const validators = {
      etag: fetched.etag ?? feed.etag,
      lastModified: fetched.lastModified ?? feed.lastModified,
    };
    f =
      fetched.status === 304
        ? { outcome: 'not_modified', httpStatus: 304, bytes: 0, validators }
        : {
            ...(await readAndDecide(db, feed, fetched.body, now)),
            httpStatus: fetched.status,
            bytes: fetched.bytes,
            validators,
          };
  } catch (error) {
    if (error instanceof FeedError) f = { outcome: 'refused', error: error.problems.join('\n') };
    else if (error instanceof FeedFetchError) {
      f = { outcome: error.kind, error: error.message, httpStatus: error.httpStatus };
    } else {
      f = { outcome: 'failed', error: 'Gatherwell could not finish this run (an internal error)' };
      await finish(db, feed, runId, f, now).catch(() => undefined);
      throw error;
    }
  }
  await finish(db, feed, runId, f, now);
  return { runId, outcome: f.outcome };
}

export class HeldRunError extends Error {}

/**
 * An editor's decision on a held run: `confirm` applies the feed it kept (read again, so with
 * today's places and zones), `discard` drops it. Either way the kept body is cleared.
 *
 * A confirmation takes the feed's lease as a run does (under the feed's row lock, refused while
 * another run is unfinished; the held run is unfinished while it applies), and is refused once
 * a newer run has finished: that run read the feed after this one, so this one is out of date.
 * After it, the feed's validators are forgotten, so the next fetch reads the feed again.
 */
export async function decideHeldRun(
  db: Db,
  runId: string,
  decision: 'confirm' | 'discard',
  userId: string,
): Promise<{ outcome: 'confirmed' | 'discarded'; report?: ImportReport }> {
  // Taken first, under the feed's lock, so two editors (or an editor and a run) do it once.
  const taken = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [held] = await queryRows<{ feed_id: string }>(
      t,
      sql`SELECT feed_id FROM feed_runs WHERE id = ${runId}`,
    );
    if (!held) throw new HeldRunError('this run is no longer waiting for a decision');
    const [feed] = await tx
      .select()
      .from(organisationFeeds)
      .where(eq(organisationFeeds.id, held.feed_id))
      .for('update');
    const [run] = await queryRows<{ held_body: string; started_at: string; finished_at: string }>(
      t,
      sql`SELECT held_body, started_at::text, finished_at::text FROM feed_runs
           WHERE id = ${runId} AND outcome = 'held' AND decided_at IS NULL
             AND held_body IS NOT NULL
           FOR UPDATE`,
    );
    if (!run) throw new HeldRunError('this run is no longer waiting for a decision');
    if (decision === 'confirm') {
      if (!feed) throw new HeldRunError('the feed of this run was removed');
      if (await leaseHolder(t, held.feed_id, runId)) {
        throw new HeldRunError('this feed is being fetched right now; try again in a few minutes');
      }
      const [newer] = await queryRows<{ id: string }>(
        t,
        sql`SELECT id FROM feed_runs
             WHERE feed_id = ${held.feed_id} AND id <> ${runId} AND finished_at IS NOT NULL
               AND outcome <> 'failed' AND started_at > ${run.started_at}::timestamptz
             LIMIT 1`,
      );
      if (newer) {
        throw new HeldRunError(
          'the feed has been read again since this run was held, so what it kept is out of date; it can no longer be confirmed (discard it, or fetch the feed now)',
        );
      }
    }
    await t.execute(
      sql`UPDATE feed_runs SET decided_at = now(), decided_by = ${userId},
                 finished_at = ${decision === 'confirm' ? null : run.finished_at}::timestamptz
           WHERE id = ${runId}`,
    );
    return { feed, run, feedId: held.feed_id };
  });
  const { feed, run } = taken;
  let report: ImportReport | undefined;
  try {
    if (decision === 'confirm' && feed) {
      report = await applyImport(db, await prepareImportFor(feed, parseFeedText(run.held_body)));
    }
  } catch (error) {
    await db.execute(
      sql`UPDATE feed_runs SET decided_at = NULL, decided_by = NULL,
                 finished_at = ${run.finished_at}::timestamptz
           WHERE id = ${runId}`,
    );
    throw error;
  }
  const outcome = decision === 'confirm' ? 'confirmed' : 'discarded';
  await db.transaction(async (tx) => {
    await tx
      .update(feedRuns)
      .set({
        outcome,
        heldBody: null,
        finishedAt: sql`${run.finished_at}::timestamptz`,
        ...(report
          ? {
              added: report.added,
              updated: report.updated,
              unchanged: report.unchanged,
              removed: report.removed,
              skipped: report.skipped,
            }
          : {}),
      })
      .where(eq(feedRuns.id, runId));
    if (report && feed) {
      // What was applied is older than what the feed's server says now: read it again next time.
      await tx
        .update(organisationFeeds)
        .set({ etag: null, lastModified: null })
        .where(eq(organisationFeeds.id, feed.id));
    }
    await audit(tx as unknown as Db, {
      action: decision === 'confirm' ? 'feed.run_confirmed' : 'feed.run_discarded',
      actorId: userId,
      targetType: 'organisation',
      targetId: feed?.organisationId ?? null,
      details: { feed: taken.feedId, run: runId, removed: report?.removed ?? 0 },
    });
  });
  return { outcome, report };
}
