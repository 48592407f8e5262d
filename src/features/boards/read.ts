import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

/*
 * What a board page shows. A post that is held or hidden is shown in full only to its author
 * (marked "under review") and to the group's leaders; everyone else sees that a post is being
 * reviewed. A thread whose opening post is held appears only to its author and the leaders.
 * Nobody's e-mail or profile is shown: display names only, "former member" once an account
 * is gone.
 */

export const THREADS_PER_PAGE = 20;
export const POSTS_PER_PAGE = 30;

export type ThreadLine = {
  id: string;
  title: string;
  authorName: string | null;
  replies: number;
  lastPostAt: Date;
  pinned: boolean;
  closed: boolean;
  locked: boolean;
  underReview: boolean;
  following: boolean;
};

const VISIBLE_TO = (viewerId: string, leads: boolean) =>
  leads
    ? sql`true`
    : sql`(p.state IN ('visible', 'hidden', 'deleted') OR p.author_id = ${viewerId})`;

/** One page of a board's threads: pinned first, then by latest post; `q` searches the words. */
export async function listThreads(
  db: Db,
  input: { groupId: string; viewerId: string; leads: boolean; page: number; q: string },
): Promise<{ threads: ThreadLine[]; total: number }> {
  const search = input.q
    ? sql`AND EXISTS (SELECT 1 FROM board_posts s WHERE s.thread_id = t.id AND s.state = 'visible'
            AND to_tsvector('simple', t.title || ' ' || s.body) @@ websearch_to_tsquery('simple', ${input.q}))`
    : sql``;
  const where = sql`t.group_id = ${input.groupId} AND EXISTS (
      SELECT 1 FROM board_posts p WHERE p.thread_id = t.id AND p.opening
        AND ${VISIBLE_TO(input.viewerId, input.leads)}) ${search}`;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM board_threads t WHERE ${where}`,
  );
  const rows = await queryRows<{
    id: string;
    title: string;
    author_name: string | null;
    author_id: string | null;
    replies: number;
    last_post_at: Date | string;
    pinned: boolean;
    closed: boolean;
    locked: boolean;
    opening_state: string;
    following: boolean;
  }>(
    db,
    sql`SELECT t.id, t.title, t.pinned, t.closed, t.locked, t.last_post_at, o.author_name, o.author_id,
               o.state AS opening_state,
               (SELECT count(*)::int FROM board_posts r WHERE r.thread_id = t.id AND NOT r.opening
                  AND r.state <> 'held') AS replies,
               EXISTS (SELECT 1 FROM board_follows f WHERE f.thread_id = t.id
                        AND f.user_id = ${input.viewerId}) AS following
          FROM board_threads t
          JOIN board_posts o ON o.thread_id = t.id AND o.opening
         WHERE ${where}
         ORDER BY t.pinned DESC, t.last_post_at DESC, t.id
         LIMIT ${THREADS_PER_PAGE} OFFSET ${(input.page - 1) * THREADS_PER_PAGE}`,
  );
  return {
    total: count?.n ?? 0,
    threads: rows.map((r) => {
      const underReview = r.opening_state === 'held' || r.opening_state === 'hidden';
      const shown = !underReview || input.leads || r.author_id === input.viewerId;
      return {
        id: r.id,
        title: shown ? r.title : '',
        authorName: r.author_id ? r.author_name : null,
        replies: r.replies,
        lastPostAt: new Date(r.last_post_at),
        pinned: r.pinned,
        closed: r.closed,
        locked: r.locked,
        underReview,
        following: r.following,
      };
    }),
  };
}

export type PostView = {
  id: string;
  authorName: string | null;
  mine: boolean;
  body: string | null;
  state: 'visible' | 'held' | 'hidden' | 'deleted';
  reason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  opening: boolean;
};

/** One page of a thread's posts, oldest first, as this viewer may see them. */
export async function threadPosts(
  db: Db,
  input: { threadId: string; viewerId: string; leads: boolean; page: number },
): Promise<{ posts: PostView[]; total: number }> {
  const where = sql`p.thread_id = ${input.threadId} AND ${VISIBLE_TO(input.viewerId, input.leads)}`;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM board_posts p WHERE ${where}`,
  );
  const rows = await queryRows<{
    id: string;
    author_id: string | null;
    author_name: string;
    body: string;
    state: PostView['state'];
    reason: string | null;
    created_at: Date | string;
    edited_at: Date | string | null;
    opening: boolean;
  }>(
    db,
    sql`SELECT p.id, p.author_id, p.author_name, p.body, p.state, p.reason, p.created_at, p.edited_at, p.opening
          FROM board_posts p WHERE ${where}
         ORDER BY p.created_at, p.id
         LIMIT ${POSTS_PER_PAGE} OFFSET ${(input.page - 1) * POSTS_PER_PAGE}`,
  );
  return {
    total: count?.n ?? 0,
    posts: rows.map((r) => {
      const mine = r.author_id !== null && r.author_id === input.viewerId;
      const readable = r.state === 'visible' || (r.state !== 'deleted' && (mine || input.leads));
      return {
        id: r.id,
        authorName: r.author_id ? r.author_name : null,
        mine,
        body: readable ? r.body : null,
        state: r.state,
        reason: input.leads || mine ? r.reason : null,
        createdAt: new Date(r.created_at),
        editedAt: r.edited_at ? new Date(r.edited_at) : null,
        opening: r.opening,
      };
    }),
  };
}

export async function isFollowing(db: Db, threadId: string, userId: string) {
  const [row] = await queryRows<{ yes: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM board_follows WHERE thread_id = ${threadId} AND user_id = ${userId}) AS yes`,
  );
  return row?.yes ?? false;
}

export async function setFollowing(db: Db, threadId: string, userId: string, follow: boolean) {
  await db.execute(
    follow
      ? sql`INSERT INTO board_follows (thread_id, user_id) VALUES (${threadId}, ${userId}) ON CONFLICT DO NOTHING`
      : sql`DELETE FROM board_follows WHERE thread_id = ${threadId} AND user_id = ${userId}`,
  );
}

export type Preferences = { replies: 'now' | 'daily' | 'off'; newThreads: 'now' | 'daily' | 'off' };

/** The person's mail choice for this board, or what applies without one (announce.ts). */
export async function preferencesOf(db: Db, groupId: string, userId: string): Promise<Preferences> {
  const [row] = await queryRows<{
    replies: Preferences['replies'];
    new_threads: Preferences['newThreads'];
  }>(
    db,
    sql`SELECT COALESCE(bp.replies, u.notification_mail) AS replies,
               COALESCE(bp.new_threads, CASE WHEN u.notification_mail = 'off' THEN 'off' ELSE 'daily' END) AS new_threads
          FROM users u LEFT JOIN board_preferences bp ON bp.user_id = u.id AND bp.group_id = ${groupId}
         WHERE u.id = ${userId}`,
  );
  return { replies: row?.replies ?? 'now', newThreads: row?.new_threads ?? 'daily' };
}

export async function savePreferences(db: Db, groupId: string, userId: string, p: Preferences) {
  await db.execute(
    sql`INSERT INTO board_preferences (group_id, user_id, replies, new_threads)
        VALUES (${groupId}, ${userId}, ${p.replies}, ${p.newThreads})
        ON CONFLICT (group_id, user_id) DO UPDATE SET replies = excluded.replies, new_threads = excluded.new_threads`,
  );
}
