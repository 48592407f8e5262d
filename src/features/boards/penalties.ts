import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { removeMember } from '../membership/leaving.js';
import type { Notice } from '../membership/transaction.js';
import { notify } from '../notifications/notify.js';
import { logModeration } from './log.js';
import { nextRung, PENALTY_MEMORY_DAYS, type Rung, rungEndsAt } from './rules.js';

/*
 * The penalty ladder (rules.ts LADDER): each penalty a person is given in a group is the next
 * rung, counting those of the last year that were not lifted. A group's leaders climb their
 * group's ladder; administrators climb a site-wide one, whose mutes apply on every board and
 * whose last rung bars the person from posting anywhere. Removal from a group ends their
 * membership as a leader's removal does (their seat passes on).
 */

export type Given = { rung: Rung; endsAt: Date | null; notices: Notice[] };

export async function givePenalty(
  tx: Db,
  input: {
    groupId: string | null;
    userId: string;
    reason: string;
    postId: string | null;
    by: string;
    ip: string | null;
    offerMs: number;
  },
): Promise<Given> {
  const scope = input.groupId === null ? sql`group_id IS NULL` : sql`group_id = ${input.groupId}`;
  const [count] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT count(*)::int AS n FROM board_penalties
         WHERE user_id = ${input.userId} AND ${scope} AND lifted_at IS NULL
           AND created_at > now() - make_interval(days => ${PENALTY_MEMORY_DAYS})`,
  );
  const rung = nextRung(count?.n ?? 0);
  const endsAt = rungEndsAt(rung, new Date());
  await tx.execute(
    sql`INSERT INTO board_penalties (group_id, user_id, rung, ends_at, reason, post_id, given_by)
        VALUES (${input.groupId}, ${input.userId}, ${rung}, ${endsAt}, ${input.reason},
                ${input.postId}, ${input.by})`,
  );
  let notices: Notice[] = [];
  if (rung === 'removal' && input.groupId) {
    const [m] = await queryRows<{ id: string }>(
      tx,
      sql`SELECT id FROM memberships WHERE group_id = ${input.groupId} AND user_id = ${input.userId}
             AND status = 'member'`,
    );
    if (m) {
      notices = await removeMember(
        tx,
        { membershipId: m.id, groupId: input.groupId, leaderId: input.by, reason: input.reason },
        input.offerMs,
      );
    }
  }
  await notify(tx, {
    kind:
      rung === 'warning' ? 'board_warned' : rung === 'removal' ? 'board_removed' : 'board_muted',
    userIds: [input.userId],
    groupId: input.groupId,
    data: { rung },
  });
  await logModeration(tx, {
    groupId: input.groupId,
    actorId: input.by,
    action: `penalty:${rung}`,
    postId: input.postId,
    subjectId: input.userId,
    note: input.reason,
    ip: input.ip,
    auditAction: 'board.penalty_given',
  });
  return { rung, endsAt, notices };
}

export type PenaltyRow = {
  id: string;
  userName: string;
  rung: Rung;
  endsAt: Date | null;
  createdAt: Date;
  reason: string;
  siteWide: boolean;
};

/** Penalties in force or counting in a group (and site-wide ones on its members). */
export async function penaltiesIn(db: Db, groupId: string): Promise<PenaltyRow[]> {
  const rows = await queryRows<{
    id: string;
    user_name: string;
    rung: Rung;
    ends_at: Date | string | null;
    created_at: Date | string;
    reason: string;
    group_id: string | null;
  }>(
    db,
    sql`SELECT p.id, u.name AS user_name, p.rung, p.ends_at, p.created_at, p.reason, p.group_id
          FROM board_penalties p JOIN users u ON u.id = p.user_id
         WHERE p.lifted_at IS NULL
           AND p.created_at > now() - make_interval(days => ${PENALTY_MEMORY_DAYS})
           AND (p.group_id = ${groupId}
                OR (p.group_id IS NULL AND p.user_id IN (
                    SELECT user_id FROM memberships WHERE group_id = ${groupId} AND status = 'member')))
         ORDER BY p.created_at DESC LIMIT 200`,
  );
  return rows.map((r) => ({
    id: r.id,
    userName: r.user_name,
    rung: r.rung,
    endsAt: r.ends_at ? new Date(r.ends_at) : null,
    createdAt: new Date(r.created_at),
    reason: r.reason,
    siteWide: r.group_id === null,
  }));
}

/**
 * Lift a penalty given in this group (a mistake, or a change of heart): it ends at once and no
 * longer counts. A removal is not undone here: the person asks to join again.
 */
export async function liftPenalty(
  db: Db,
  input: { groupId: string | null; penaltyId: string; by: string; ip: string | null },
): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(input.penaltyId)) return false;
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const scope = input.groupId === null ? sql`group_id IS NULL` : sql`group_id = ${input.groupId}`;
    const [row] = await queryRows<{ user_id: string; rung: string }>(
      tx,
      sql`UPDATE board_penalties SET lifted_at = now()
           WHERE id = ${input.penaltyId} AND ${scope} AND lifted_at IS NULL
           RETURNING user_id, rung`,
    );
    if (!row) return false;
    await logModeration(tx, {
      groupId: input.groupId,
      actorId: input.by,
      action: `lifted:${row.rung}`,
      subjectId: row.user_id,
      ip: input.ip,
      auditAction: 'board.penalty_lifted',
    });
    return true;
  });
}

/** A person's own penalties in a group (and site-wide), with the moderators' reasons. */
export async function ownPenalties(db: Db, groupId: string, userId: string) {
  const rows = await queryRows<{
    rung: Rung;
    ends_at: Date | string | null;
    created_at: Date | string;
    reason: string;
  }>(
    db,
    sql`SELECT rung, ends_at, created_at, reason FROM board_penalties
         WHERE user_id = ${userId} AND lifted_at IS NULL AND (group_id = ${groupId} OR group_id IS NULL)
           AND created_at > now() - make_interval(days => ${PENALTY_MEMORY_DAYS})
         ORDER BY created_at DESC LIMIT 10`,
  );
  return rows.map((r) => ({
    rung: r.rung,
    endsAt: r.ends_at ? new Date(r.ends_at) : null,
    at: new Date(r.created_at),
    reason: r.reason,
  }));
}
export type OwnPenalty = Awaited<ReturnType<typeof ownPenalties>>[number];
