import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { notifications } from '../../db/schema/index.js';
import { enqueue } from '../jobs/queue.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds.js';

/** The job that e-mails one notification (or files it for the person's daily digest). */
export const NOTIFICATION_MAIL_JOB = 'notification.mail';
/** The job that sends one person's daily digest. */
export const NOTIFICATION_DIGEST_JOB = 'notification.digest';

/**
 * Tells people something, inside the caller's transaction (pass the transaction as `db`): the
 * notices exist exactly when the change that caused them commits, and each one's e-mail is a
 * queued job that decides at send time, by the person's current choice, whether to send it now,
 * keep it for the daily digest, or send nothing. Returns how many people were told.
 */
export async function notify(
  db: Db,
  input: {
    kind: NotificationKind;
    userIds: readonly string[];
    groupId?: string | null;
    actorId?: string | null;
    data?: Record<string, string>;
  },
): Promise<number> {
  const recipients = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
  if (recipients.length === 0) return 0;
  const audience = NOTIFICATION_KINDS[input.kind].audience;
  const rows = await db
    .insert(notifications)
    .values(
      recipients.map((userId) => ({
        userId,
        kind: input.kind,
        audience,
        groupId: input.groupId ?? null,
        actorId: input.actorId ?? null,
        data: input.data ?? {},
      })),
    )
    .returning({ id: notifications.id });
  for (const row of rows) {
    await enqueue(db, {
      kind: NOTIFICATION_MAIL_JOB,
      payload: { id: row.id },
      dedupeKey: `notification:${row.id}`,
    });
  }
  return rows.length;
}

/** Tells the leaders of a group (all but the one who acted). */
export async function notifyLeaders(
  db: Db,
  input: {
    kind: NotificationKind;
    groupId: string;
    actorId?: string | null;
    data?: Record<string, string>;
  },
): Promise<number> {
  const leaders = await queryRows<{ user_id: string }>(
    db,
    sql`SELECT user_id FROM group_leaders WHERE group_id = ${input.groupId}`,
  );
  return notify(db, { ...input, userIds: leaders.map((l) => l.user_id) });
}
