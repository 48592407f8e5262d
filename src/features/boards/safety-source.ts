import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import type { AlertSource } from '../safety/sources.js';

/**
 * A board post's words for a safety alert, and who wrote it. The words are gone once the post
 * is deleted (the alert then says so). Any member or leader of the group who can see a post
 * someone else wrote can say they are worried about it.
 */
export const boardAlertSource: AlertSource = {
  async read(deps, id) {
    const [row] = await queryRows<{ body: string }>(
      deps.database.db,
      sql`SELECT body FROM board_posts WHERE id = ${id} AND state <> 'deleted'`,
    );
    return row?.body ? [row.body] : null;
  },
  async writerOf(db, id, viewerId) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const [row] = await queryRows<{ author_id: string; group_id: string }>(
      db,
      sql`SELECT p.author_id, p.group_id FROM board_posts p
           WHERE p.id = ${id} AND p.state = 'visible' AND p.author_id IS NOT NULL
             AND p.author_id <> ${viewerId}
             AND (EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = p.group_id
                           AND m.user_id = ${viewerId} AND m.status = 'member')
                  OR EXISTS (SELECT 1 FROM group_leaders gl WHERE gl.group_id = p.group_id
                              AND gl.user_id = ${viewerId}))`,
    );
    return row ? { subjectId: row.author_id, groupId: row.group_id } : null;
  },
};
