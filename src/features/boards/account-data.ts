import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../app-env.js';
import { type Db, queryRows } from '../../db/client.js';
import { wipePosts } from './posting.js';

/*
 * What a person's account means for the boards: their posts in "download my data", and what
 * happens to those posts when the account is deleted, as they chose. Leaving a group keeps
 * the posts (they can delete them one by one before leaving).
 */

/** Inside the deletion's transaction: posts kept as "former member", or wiped. */
export async function releasePostsOf(tx: Db, userId: string, choice: 'keep' | 'delete') {
  if (choice === 'delete') {
    await wipePosts(tx, sql`author_id = ${userId}`, 'author');
  }
  // Either way the display name goes with the account; the page then says "former member".
  await tx.execute(sql`UPDATE board_posts SET author_name = '' WHERE author_id = ${userId}`);
}

/** The person's board posts, for "download my data" (deleted ones have no words left). */
export async function boardDataOf(deps: AppDeps, userId: string) {
  const rows = await queryRows<{
    group_name: string;
    title: string;
    body: string;
    state: string;
    opening: boolean;
    created_at: Date | string;
    edited_at: Date | string | null;
  }>(
    deps.database.db,
    sql`SELECT g.name AS group_name, t.title, p.body, p.state, p.opening, p.created_at, p.edited_at
          FROM board_posts p JOIN board_threads t ON t.id = p.thread_id JOIN groups g ON g.id = p.group_id
         WHERE p.author_id = ${userId} ORDER BY p.created_at`,
  );
  return {
    boardPosts: rows.map((r) => ({
      group: r.group_name,
      thread: r.title,
      startedThread: r.opening,
      state: r.state,
      body: r.body,
      writtenAt: new Date(r.created_at).toISOString(),
      editedAt: r.edited_at ? new Date(r.edited_at).toISOString() : null,
    })),
  };
}
