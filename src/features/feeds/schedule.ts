import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../app-env.js';
import { type Db, queryRows } from '../../db/client.js';
import { enqueue, type Handlers, wakeWorkers } from '../jobs/queue.js';
import { runFeed } from './run-feed.js';

/** The durable job that runs one feed (payload: feedId, trigger). */
export const FEED_FETCH_JOB = 'feed.fetch';

/**
 * Queue a run of every feed that is due. The dedupe key names the due time, so the server's
 * refresher may call this every minute on every instance: each due time is queued once, and a
 * run moves next_fetch_at on, which gives the next key. Returns how many were queued.
 */
export async function scheduleDueFeeds(db: Db, now = new Date()): Promise<number> {
  const due = await queryRows<{ id: string; next_fetch_at: Date | string }>(
    db,
    sql`SELECT id, next_fetch_at FROM organisation_feeds WHERE next_fetch_at <= ${now.toISOString()}::timestamptz`,
  );
  let queued = 0;
  for (const feed of due) {
    const at = new Date(feed.next_fetch_at).toISOString();
    const added = await enqueue(db, {
      kind: FEED_FETCH_JOB,
      payload: { feedId: feed.id, trigger: 'schedule' },
      dedupeKey: `feed:${feed.id}:${at}`,
      // A run records its own failures; the job is retried only if the run itself could not be.
      maxAttempts: 2,
    });
    if (added) queued++;
  }
  if (queued > 0) wakeWorkers();
  return queued;
}

/** An editor's "fetch now": queued, so the request does not wait for the feed's server. */
export async function queueFeedRun(db: Db, feedId: string): Promise<void> {
  await enqueue(db, {
    kind: FEED_FETCH_JOB,
    payload: { feedId, trigger: 'editor' },
    maxAttempts: 1,
  });
  wakeWorkers();
}

export function feedJobHandlers(deps: Pick<AppDeps, 'database' | 'config'>): Handlers {
  return {
    async [FEED_FETCH_JOB](payload) {
      await runFeed(deps.database.db, String(payload.feedId), {
        trigger: payload.trigger === 'editor' ? 'editor' : 'schedule',
        fetch: { allowPrivateHosts: deps.config.feeds.allowPrivateHosts },
      });
    },
  };
}
