import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { MembershipStatus } from '../../db/schema/index.js';
import { notifyLeaders } from '../notifications/notify.js';
import { offerFreedSeat } from './offers.js';
import {
  changeSeats,
  changing,
  LIVE_STATUSES,
  lockGroup,
  MembershipError,
  membershipById,
  type Notice,
  SEATED,
  setStatus,
} from './transaction.js';

/** What the leaders are told when a person ends their own place, by what that place was. */
const leavingKind = (was: MembershipStatus) =>
  was === 'member' ? 'member_left' : was === 'offered' ? 'offer_declined' : 'request_withdrawn';

/** Ends a person's place: leaving, withdrawing a request, or a leader's removal. */
async function endPlace(
  db: Db,
  membershipId: string,
  groupId: string,
  status: 'left' | 'removed',
  offerMs: number,
  extra: { removedBy?: string; reason?: string } = {},
): Promise<Notice[]> {
  return changing(db, async (tx) => {
    await lockGroup(tx, groupId);
    const m = await membershipById(tx, membershipId);
    if (!m || m.group_id !== groupId || !LIVE_STATUSES.includes(m.status)) {
      throw new MembershipError('not_found');
    }
    await setStatus(tx, m.id, status, { decidedBy: extra.removedBy ?? null });
    if (status === 'removed') {
      await tx.execute(sql`
        UPDATE memberships SET removal_reason = ${extra.reason?.trim() || null} WHERE id = ${m.id}`);
    }
    const notices: Notice[] = status === 'removed' ? [{ kind: 'removed', membershipId: m.id }] : [];
    if (status === 'left') {
      await notifyLeaders(tx, { kind: leavingKind(m.status), groupId, actorId: m.user_id });
    }
    if (SEATED.includes(m.status)) {
      await changeSeats(tx, groupId, -1);
      notices.push(...(await offerFreedSeat(tx, groupId, offerMs)));
    }
    return notices;
  });
}

export const leaveGroup = (db: Db, membershipId: string, groupId: string, offerMs: number) =>
  endPlace(db, membershipId, groupId, 'left', offerMs);

export const removeMember = (
  db: Db,
  input: { membershipId: string; groupId: string; leaderId: string; reason?: string },
  offerMs: number,
) =>
  endPlace(db, input.membershipId, input.groupId, 'removed', offerMs, {
    removedBy: input.leaderId,
    reason: input.reason,
  });
/**
 * Before an account is deleted: leave every group, so held seats pass to the people waiting
 * (deleting the rows alone would leave the seats counted as taken).
 */
export async function leaveEveryGroup(db: Db, userId: string, offerMs: number): Promise<Notice[]> {
  const live = await queryRows<{ id: string; group_id: string }>(
    db,
    sql`SELECT id, group_id FROM memberships
         WHERE user_id = ${userId} AND status = ANY(${sql.raw(`'{${LIVE_STATUSES.join(',')}}'`)}::text[])
         -- Groups locked in one order: two account deletions (each one transaction) never deadlock.
         ORDER BY group_id`,
  );
  const notices: Notice[] = [];
  for (const m of live) notices.push(...(await leaveGroup(db, m.id, m.group_id, offerMs)));
  return notices;
}
