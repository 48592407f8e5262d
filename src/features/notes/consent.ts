import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { audit } from '../accounts/audit.js';

/*
 * Consent to note-sharing: whether a member lets their therapists export their notes (the
 * printable record, to hand to them or to another professional). Writing and reading notes is
 * part of care and needs no separate consent; taking them out of Gatherwell does. Given and
 * withdrawn by the member; each change is audited; withdrawing stops exports at once.
 */

export type SharingConsent = { given: Date | null; withdrawn: Date | null };

export async function sharingConsentOf(
  db: Db,
  groupId: string,
  userId: string,
): Promise<SharingConsent> {
  const [row] = await queryRows<{ given_at: Date | string; withdrawn_at: Date | string | null }>(
    db,
    sql`SELECT given_at, withdrawn_at FROM note_sharing_consents WHERE group_id = ${groupId} AND user_id = ${userId}`,
  );
  return {
    given: row ? new Date(row.given_at) : null,
    withdrawn: row?.withdrawn_at ? new Date(row.withdrawn_at) : null,
  };
}

export const sharingAllowed = (c: SharingConsent) => c.given !== null && c.withdrawn === null;

export async function setSharingConsent(
  db: Db,
  input: { groupId: string; userId: string; give: boolean; ip: string | null },
) {
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    await tx.execute(
      input.give
        ? sql`INSERT INTO note_sharing_consents (group_id, user_id) VALUES (${input.groupId}, ${input.userId})
              ON CONFLICT (group_id, user_id) DO UPDATE SET given_at = now(), withdrawn_at = NULL`
        : sql`UPDATE note_sharing_consents SET withdrawn_at = now()
               WHERE group_id = ${input.groupId} AND user_id = ${input.userId} AND withdrawn_at IS NULL`,
    );
    await audit(tx, {
      action: input.give ? 'notes.sharing_consent_given' : 'notes.sharing_consent_withdrawn',
      actorId: input.userId,
      targetType: 'group',
      targetId: input.groupId,
      ip: input.ip,
    });
  });
}
