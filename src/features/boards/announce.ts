import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { notify } from '../notifications/notify.js';

/*
 * Who hears of a post once it is shown (at once, or when a leader releases it): a reply tells
 * the thread's followers, a new thread tells the group's members and leaders. Each person's
 * e-mail follows their choice for this group's board (board_preferences); without one, replies
 * follow their general choice and new threads come in the daily digest (never when they turned
 * mail off). The notice carries that choice as `mail`, which notifications/deliver.ts honours.
 */

type Choice = 'now' | 'daily' | 'off';

export async function announcePost(
  tx: Db,
  post: {
    postId: string;
    threadId: string;
    groupId: string;
    authorId: string | null;
    opening: boolean;
  },
) {
  const rows = post.opening
    ? await queryRows<{ user_id: string; mail: Choice }>(
        tx,
        sql`SELECT u.id AS user_id,
                   COALESCE(bp.new_threads,
                            CASE WHEN u.notification_mail = 'off' THEN 'off' ELSE 'daily' END) AS mail
              FROM users u
              LEFT JOIN board_preferences bp ON bp.group_id = ${post.groupId} AND bp.user_id = u.id
             WHERE u.id IN (SELECT user_id FROM memberships WHERE group_id = ${post.groupId} AND status = 'member'
                            UNION SELECT user_id FROM group_leaders WHERE group_id = ${post.groupId})`,
      )
    : await queryRows<{ user_id: string; mail: Choice }>(
        tx,
        sql`SELECT u.id AS user_id, COALESCE(bp.replies, u.notification_mail) AS mail
              FROM board_follows f JOIN users u ON u.id = f.user_id
              LEFT JOIN board_preferences bp ON bp.group_id = ${post.groupId} AND bp.user_id = u.id
             WHERE f.thread_id = ${post.threadId}`,
      );
  const byChoice = new Map<Choice, string[]>();
  for (const r of rows) byChoice.set(r.mail, [...(byChoice.get(r.mail) ?? []), r.user_id]);
  for (const [mail, userIds] of byChoice) {
    await notify(tx, {
      kind: post.opening ? 'board_thread' : 'board_reply',
      userIds,
      groupId: post.groupId,
      actorId: post.authorId,
      data: { thread: post.threadId, mail },
    });
  }
}
