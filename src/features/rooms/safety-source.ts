import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import type { AlertSource } from '../safety/sources.js';

/**
 * A room message's words for a safety alert, and who wrote it. The words are gone once the
 * room's messages are deleted (when it closes, unless the group keeps them): the alert then
 * says so. Anyone admitted to the session (or leading the group) can say they are worried
 * about a message they can see that someone else wrote.
 */
export const roomAlertSource: AlertSource = {
  async read(deps, id) {
    const [row] = await queryRows<{ body: string | null }>(
      deps.database.db,
      sql`SELECT body FROM room_events WHERE id = ${Number(id)} AND kind = 'message'`,
    );
    return row?.body ? [row.body] : null;
  },
  async writerOf(db, id, viewerId) {
    const [row] = await queryRows<{ author_id: string; group_id: string }>(
      db,
      sql`SELECT e.author_id, s.group_id FROM room_events e
            JOIN room_sessions s ON s.id = e.session_id
           WHERE e.id = ${Number(id)} AND e.kind = 'message' AND e.audience = 'all'
             AND NOT e.held AND e.author_id IS NOT NULL AND e.author_id <> ${viewerId}
             AND s.closed_at IS NULL
             AND (EXISTS (SELECT 1 FROM room_people p WHERE p.session_id = s.id
                           AND p.user_id = ${viewerId} AND p.state = 'in')
                  OR EXISTS (SELECT 1 FROM group_leaders gl WHERE gl.group_id = s.group_id
                              AND gl.user_id = ${viewerId}))`,
    );
    return row ? { subjectId: row.author_id, groupId: row.group_id } : null;
  },
};
