import { type SQLWrapper, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { Viewer } from '../accounts/viewer.js';
import { isNotificationKind, type NotificationKind, notificationHref } from './kinds.js';
import { mayReadNotification } from './policies.js';

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  createdAt: Date;
  read: boolean;
  groupName: string | null;
  actorName: string | null;
  href: string;
};

type Raw = {
  id: string;
  user_id: string;
  kind: string;
  audience: 'leaders' | 'members' | 'self';
  created_at: Date | string;
  read_at: Date | string | null;
  group_name: string | null;
  slug: string | null;
  actor_id: string | null;
  actor_name: string | null;
  data: Record<string, string> | null;
  still_in_audience: boolean;
};

// The same rule as mayReadNotification, in SQL, so counts and pages agree with the policy.
export const STILL_IN_AUDIENCE = sql.raw(`(EXISTS (SELECT 1 FROM group_leaders gl
  WHERE gl.group_id = n.group_id AND gl.user_id = n.user_id)
  OR (n.audience = 'members' AND EXISTS (SELECT 1 FROM memberships mb
  WHERE mb.group_id = n.group_id AND mb.user_id = n.user_id AND mb.status = 'member')))`);

async function rowsOf(db: Db, viewer: Pick<Viewer, 'id'>, where: ReturnType<typeof sql>) {
  const raw = await queryRows<Raw>(
    db,
    sql`
    SELECT n.id, n.user_id, n.kind, n.audience, n.created_at, n.read_at,
           g.name AS group_name, g.slug, n.actor_id, a.name AS actor_name, n.data, ${STILL_IN_AUDIENCE} AS still_in_audience
      FROM notifications n
      LEFT JOIN groups g ON g.id = n.group_id
      LEFT JOIN users a ON a.id = n.actor_id
     WHERE n.user_id = ${viewer.id} AND ${where}
     ORDER BY n.created_at DESC, n.id DESC
     LIMIT 50`,
  );
  return raw
    .filter(
      (r) =>
        isNotificationKind(r.kind) &&
        mayReadNotification(viewer, {
          userId: r.user_id,
          audience: r.audience,
          stillInAudience: r.still_in_audience,
        }),
    )
    .map(
      (r): NotificationRow => ({
        id: r.id,
        kind: r.kind as NotificationKind,
        createdAt: new Date(r.created_at),
        read: r.read_at !== null,
        groupName: r.group_name,
        actorName: r.actor_name,
        href: notificationHref(r.kind as NotificationKind, r.slug, r.actor_id, r.data ?? {}),
      }),
    );
}

/** The person's newest 50 notifications that the policy lets them see. */
export const listNotifications = (db: Db, viewer: Pick<Viewer, 'id'>) =>
  rowsOf(db, viewer, sql`true`);

/** One of the person's notifications, or null (someone else's, or no longer theirs to see). */
export async function findNotification(db: Db, viewer: Pick<Viewer, 'id'>, id: string) {
  const [row] = await rowsOf(db, viewer, sql`n.id = ${id}`);
  return row ?? null;
}

/**
 * How many visible notifications a person has not read (the header's badge), as a subquery the
 * session's own query selects, so a signed-in page costs no extra round trip.
 */
export const unreadCountOf = (userId: SQLWrapper) => sql<number>`(
  SELECT count(*)::int FROM notifications n
   WHERE n.user_id = ${userId} AND n.read_at IS NULL
     AND (n.audience = 'self' OR ${STILL_IN_AUDIENCE}))`;

export async function markRead(db: Db, userId: string, id: string) {
  await db.execute(sql`
    UPDATE notifications SET read_at = now()
     WHERE id = ${id} AND user_id = ${userId} AND read_at IS NULL`);
}

export async function markAllRead(db: Db, userId: string) {
  await db.execute(sql`
    UPDATE notifications SET read_at = now() WHERE user_id = ${userId} AND read_at IS NULL`);
}
