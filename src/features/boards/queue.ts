import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { nextRung, PENALTY_MEMORY_DAYS, type ReportReason, type Rung } from './rules.js';

/*
 * The moderators' queues: reported posts with their open reports counted by reason (never who
 * reported), posts held for a look, and reports that a listing is out of date. The leaders'
 * queue is one group's; the administrators' holds every group's.
 */

export type QueuedPost = {
  postId: string;
  threadId: string;
  groupId: string;
  groupSlug: string;
  groupName: string;
  threadTitle: string;
  authorName: string | null;
  /** The words as first reported (the post may have been edited or deleted since). */
  snapshot: string;
  state: string;
  reasons: Partial<Record<ReportReason, number>>;
  notes: string[];
  byLeader: boolean;
  firstAt: Date;
  /** What the group's ladder would give the author next (rules.ts). */
  nextRung: Rung;
};

export type HeldPost = {
  postId: string;
  threadId: string;
  threadTitle: string;
  authorName: string | null;
  body: string;
  reason: string | null;
  createdAt: Date;
};

export type ListingReport = {
  id: string;
  groupId: string;
  groupSlug: string;
  groupName: string;
  problem: string;
  details: string;
  createdAt: Date;
};

export async function reportedPosts(db: Db, groupId: string | null): Promise<QueuedPost[]> {
  const rows = await queryRows<{
    post_id: string;
    thread_id: string;
    group_id: string;
    slug: string;
    group_name: string;
    title: string;
    author_id: string | null;
    author_name: string;
    state: string;
    snapshot: string;
    reasons: Record<ReportReason, number>;
    notes: string[];
    by_leader: boolean;
    first_at: Date | string;
    penalties: number;
  }>(
    db,
    sql`SELECT p.id AS post_id, p.thread_id, p.group_id, g.slug, g.name AS group_name, t.title,
               p.author_id, p.author_name, p.state,
               (array_agg(r.snapshot ORDER BY r.created_at))[1] AS snapshot,
               (SELECT jsonb_object_agg(reason, n) FROM (
                  SELECT reason, count(*)::int AS n FROM board_reports
                   WHERE post_id = p.id AND resolved_at IS NULL GROUP BY reason) x) AS reasons,
               array_remove(array_agg(NULLIF(r.note, '') ORDER BY r.created_at), NULL) AS notes,
               bool_or(r.by_leader) AS by_leader, min(r.created_at) AS first_at,
               (SELECT count(*)::int FROM board_penalties bp
                 WHERE bp.user_id = p.author_id AND bp.group_id = p.group_id AND bp.lifted_at IS NULL
                   AND bp.created_at > now() - make_interval(days => ${PENALTY_MEMORY_DAYS})) AS penalties
          FROM board_reports r
          JOIN board_posts p ON p.id = r.post_id
          JOIN board_threads t ON t.id = p.thread_id
          JOIN groups g ON g.id = p.group_id
         WHERE r.resolved_at IS NULL ${groupId ? sql`AND r.group_id = ${groupId}` : sql``}
         GROUP BY p.id, g.slug, g.name, t.title
         ORDER BY min(r.created_at)
         LIMIT 200`,
  );
  return rows.map((r) => ({
    postId: r.post_id,
    threadId: r.thread_id,
    groupId: r.group_id,
    groupSlug: r.slug,
    groupName: r.group_name,
    threadTitle: r.title,
    authorName: r.author_id ? r.author_name : null,
    snapshot: r.snapshot,
    state: r.state,
    reasons: r.reasons ?? {},
    notes: r.notes ?? [],
    byLeader: r.by_leader,
    firstAt: new Date(r.first_at),
    nextRung: nextRung(r.penalties),
  }));
}

export async function heldPosts(db: Db, groupId: string): Promise<HeldPost[]> {
  const rows = await queryRows<{
    id: string;
    thread_id: string;
    title: string;
    author_id: string | null;
    author_name: string;
    body: string;
    reason: string | null;
    created_at: Date | string;
  }>(
    db,
    sql`SELECT p.id, p.thread_id, t.title, p.author_id, p.author_name, p.body, p.reason, p.created_at
          FROM board_posts p JOIN board_threads t ON t.id = p.thread_id
         WHERE p.group_id = ${groupId} AND p.state = 'held'
         ORDER BY p.created_at LIMIT 200`,
  );
  return rows.map((r) => ({
    postId: r.id,
    threadId: r.thread_id,
    threadTitle: r.title,
    authorName: r.author_id ? r.author_name : null,
    body: r.body,
    reason: r.reason,
    createdAt: new Date(r.created_at),
  }));
}

export async function openListingReports(db: Db, groupId: string | null): Promise<ListingReport[]> {
  const rows = await queryRows<{
    id: string;
    group_id: string;
    slug: string;
    name: string;
    problem: string;
    details: string;
    created_at: Date | string;
  }>(
    db,
    sql`SELECT r.id, r.group_id, g.slug, g.name, r.problem, r.details, r.created_at
          FROM listing_reports r JOIN groups g ON g.id = r.group_id
         WHERE r.resolved_at IS NULL ${groupId ? sql`AND r.group_id = ${groupId}` : sql``}
         ORDER BY r.created_at LIMIT 200`,
  );
  return rows.map((r) => ({
    id: r.id,
    groupId: r.group_id,
    groupSlug: r.slug,
    groupName: r.name,
    problem: r.problem,
    details: r.details,
    createdAt: new Date(r.created_at),
  }));
}

/** The group a post belongs to (an administrator's decision names only the post). */
export async function groupOfPost(db: Db, postId: string): Promise<string | null> {
  const [row] = await queryRows<{ group_id: string }>(
    db,
    sql`SELECT group_id FROM board_posts WHERE id = ${postId}`,
  );
  return row?.group_id ?? null;
}
