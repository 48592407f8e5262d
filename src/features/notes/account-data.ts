import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../app-env.js';
import { queryRows } from '../../db/client.js';
import { memberRecord } from './store.js';

/**
 * A person's signed session notes for "download my data": what their therapists wrote about the
 * group and about them, in every therapy group they have an entry in (as on /groups/{slug}/notes;
 * docs/therapists.md says why members get exactly this).
 */
export async function notesDataOf(deps: AppDeps, userId: string) {
  const { db } = deps.database;
  const groups = await queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT DISTINCT g.id, g.name FROM session_note_entries e
          JOIN session_notes n ON n.id = e.note_id JOIN groups g ON g.id = n.group_id
         WHERE e.user_id = ${userId} AND n.status = 'signed' ORDER BY g.name`,
  );
  const sessionNotes = [];
  for (const g of groups) {
    for (const note of await memberRecord(db, deps.config.membership.intakeKey, g.id, userId)) {
      const mine = note.entries.get(userId);
      sessionNotes.push({
        group: g.name,
        session: note.number,
        sessionAt: note.sessionAt?.toISOString() ?? null,
        signedAt: note.signedAt?.toISOString() ?? null,
        whatTheGroupDid: note.shared,
        aboutYou: mine ?? null,
        addenda: note.addenda.map((a) => ({
          about: a.userId ? 'you' : 'the group',
          text: a.text,
          at: a.at.toISOString(),
        })),
      });
    }
  }
  return { sessionNotes };
}
