import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import type { AlertSource } from '../safety/sources.js';

/**
 * A thread message's words for a safety alert, and who wrote it. A co-leader reading a
 * person's message can say they are worried (bringing in the other leaders and, if nobody
 * acknowledges, the administrators); leaders' own replies are not the subject of alerts.
 */
export const threadAlertSource: AlertSource = {
  async read(deps, id) {
    const [row] = await queryRows<{ body: string }>(
      deps.database.db,
      sql`SELECT body FROM thread_messages WHERE id = ${id}`,
    );
    return row ? [row.body] : null;
  },
  async writerOf(db, id, viewerId) {
    const [row] = await queryRows<{ person_id: string; group_id: string }>(
      db,
      sql`SELECT m.person_id, m.group_id FROM thread_messages m
           WHERE m.id = ${id} AND NOT m.from_leaders AND m.person_id <> ${viewerId}
             AND EXISTS (SELECT 1 FROM group_leaders gl
                          WHERE gl.group_id = m.group_id AND gl.user_id = ${viewerId})`,
    );
    return row ? { subjectId: row.person_id, groupId: row.group_id } : null;
  },
};
