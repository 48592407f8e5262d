import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { FeedRunOutcome, organisationFeeds } from '../../db/schema/index.js';
import { notify } from '../notifications/notify.js';

const KIND = { held: 'feed_held', refused: 'feed_refused', failed: 'feed_failed' } as const;

/**
 * Tell the organisation's owners and editors that a run of its feed was held, refused or
 * failed, once: a feed that keeps failing the same way (a website down for a day) says so when
 * it starts, not at every retry. Inside the run's closing transaction.
 */
export async function notifyFeedPeople(
  db: Db,
  feed: typeof organisationFeeds.$inferSelect,
  runId: string,
  outcome: keyof typeof KIND,
): Promise<number> {
  const [previous] = await queryRows<{ outcome: FeedRunOutcome; decided_by: string | null }>(
    db,
    sql`SELECT outcome, decided_by FROM feed_runs
         WHERE feed_id = ${feed.id} AND id <> ${runId} AND finished_at IS NOT NULL
         ORDER BY started_at DESC, id DESC LIMIT 1`,
  );
  // A held run this one superseded (discarded, by nobody) was the same news.
  const superseded =
    outcome === 'held' && previous?.outcome === 'discarded' && previous.decided_by === null;
  if (previous?.outcome === outcome || superseded) return 0;
  const people = await queryRows<{ user_id: string; slug: string }>(
    db,
    sql`SELECT m.user_id, o.slug FROM organisation_members m
          JOIN organisations o ON o.id = m.organisation_id
         WHERE m.organisation_id = ${feed.organisationId}`,
  );
  if (people.length === 0) return 0;
  return notify(db, {
    kind: KIND[outcome],
    userIds: people.map((p) => p.user_id),
    data: { org: people[0]!.slug, feed: feed.id, run: runId },
  });
}
