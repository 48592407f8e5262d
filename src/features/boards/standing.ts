import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { GroupAccess } from '../membership/access.js';
import type { BoardStanding } from './policies.js';

export type BoardSettings = {
  newMembers: 'at_once' | 'after_first_meeting';
  holdFirstPosts: boolean;
};

export const DEFAULT_SETTINGS: BoardSettings = { newMembers: 'at_once', holdFirstPosts: false };

export async function boardSettingsOf(db: Db, groupId: string): Promise<BoardSettings> {
  const [row] = await queryRows<{
    new_members: BoardSettings['newMembers'];
    hold_first_posts: boolean;
  }>(db, sql`SELECT new_members, hold_first_posts FROM board_settings WHERE group_id = ${groupId}`);
  return row
    ? { newMembers: row.new_members, holdFirstPosts: row.hold_first_posts }
    : DEFAULT_SETTINGS;
}

/**
 * A mute in force for this person on this group's board: the group's own, or a site-wide one
 * (no group). A site-wide removal has no end: it reads as muted until the year 9999.
 */
export async function mutedUntil(db: Db, groupId: string, userId: string): Promise<Date | null> {
  const [row] = await queryRows<{ until: Date | string | null }>(
    db,
    sql`SELECT max(COALESCE(ends_at, 'infinity'::timestamptz)) AS until
          FROM board_penalties
         WHERE user_id = ${userId} AND lifted_at IS NULL
           AND (group_id = ${groupId} OR group_id IS NULL)
           AND (rung IN ('mute_24h', 'mute_72h', 'mute_7d') AND ends_at > now()
                OR (rung = 'removal' AND group_id IS NULL))`,
  );
  if (!row?.until) return null;
  const until = row.until === 'infinity' ? new Date('9999-12-31T00:00:00Z') : new Date(row.until);
  return Number.isNaN(until.getTime()) ? new Date('9999-12-31T00:00:00Z') : until;
}

/** The viewer's standing on a group's board (see policies.ts). Leaders are never limited. */
export async function boardStanding(
  db: Db,
  access: GroupAccess,
  userId: string | null,
): Promise<BoardStanding> {
  if (!userId || access.leaderRole) return { mutedUntil: null, waitingForFirstMeeting: false };
  const settings = await boardSettingsOf(db, access.groupId);
  let waiting = false;
  if (settings.newMembers === 'after_first_meeting') {
    const [row] = await queryRows<{ attended: boolean }>(
      db,
      sql`SELECT EXISTS (SELECT 1 FROM attendance WHERE group_id = ${access.groupId}
                          AND user_id = ${userId} AND present) AS attended`,
    );
    waiting = !row?.attended;
  }
  return {
    mutedUntil: await mutedUntil(db, access.groupId, userId),
    waitingForFirstMeeting: waiting,
  };
}
