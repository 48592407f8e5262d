import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import type { GroupMailKind } from '../mail/preferences.js';

/** Turn one kind of group mail off (an unsubscribe link); false when the account is gone. */
export async function turnOffMail(db: Db, userId: string, kind: GroupMailKind): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({
      notifications: sql`${users.notifications} || jsonb_build_object(${kind}::text, false)`,
      updatedAt: sql`now()`,
    })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length > 0;
}
