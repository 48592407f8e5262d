import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { audit } from '../accounts/audit.js';

/** How long a group keeps its room's messages for members after a meeting (0 to 7 days). */
export const MAX_KEEP_DAYS = 7;

/** A whole number of days from 0 to 7, or null for anything else ("", "3.5", "8", "-1"). */
export function parseKeepDays(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,2}$/.test(value.trim())) return null;
  const days = Number(value.trim());
  return days <= MAX_KEEP_DAYS ? days : null;
}

export async function keepDaysOf(db: Db, groupId: string): Promise<number> {
  const [row] = await queryRows<{ keep_days: number }>(
    db,
    sql`SELECT keep_days FROM room_settings WHERE group_id = ${groupId}`,
  );
  return Number(row?.keep_days ?? 0);
}

/**
 * A leader sets how long messages are kept. Keeping them longer applies to meetings that close
 * from now on; keeping them for less also shortens what is kept now, and deletes at once what
 * is past the new limit, because a group that chose "what is said here stays here" means it for
 * its past meetings too. Audited with the old and new number of days.
 */
export async function setKeepDays(
  db: Db,
  groupId: string,
  days: number,
  actor: { id: string; ip: string | null },
) {
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const before = await keepDaysOf(tx, groupId);
    if (before === days) return;
    await queryRows(
      tx,
      sql`INSERT INTO room_settings (group_id, keep_days, updated_by, updated_at)
          VALUES (${groupId}, ${days}, ${actor.id}, now())
          ON CONFLICT (group_id) DO UPDATE
            SET keep_days = excluded.keep_days, updated_by = excluded.updated_by,
                updated_at = excluded.updated_at`,
    );
    if (days < before) {
      const limit = sql`s.closed_at + make_interval(days => ${days})`;
      await queryRows(
        tx,
        sql`UPDATE room_sessions s SET keep_until = ${limit}
             WHERE s.group_id = ${groupId} AND s.keep_until > ${limit}`,
      );
      // Past the new limit: deleted now rather than when the purge job comes round.
      await queryRows(
        tx,
        sql`DELETE FROM room_events e USING room_sessions s
             WHERE e.session_id = s.id AND s.group_id = ${groupId} AND e.kind <> 'ended'
               AND s.closed_at IS NOT NULL AND s.keep_until <= now()`,
      );
      await queryRows(
        tx,
        sql`UPDATE room_sessions SET keep_until = NULL
             WHERE group_id = ${groupId} AND keep_until <= now()`,
      );
    }
    await audit(tx, {
      action: 'room.settings_changed',
      actorId: actor.id,
      targetType: 'group',
      targetId: groupId,
      ip: actor.ip,
      details: { keepDays: days, before },
    });
  });
}
