import { eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { type MembershipStatus, memberships } from '../../db/schema/index.js';
import {
  changeSeats,
  changing,
  hasFreeSeat,
  lockGroup,
  MembershipError,
  membershipById,
  type Notice,
  setStatus,
} from './transaction.js';

export type Decision = 'approve' | 'screening' | 'waitlist' | 'decline';

/**
 * A leader's answer to a request or an application. Approving or accepting takes a seat when
 * one is free, and puts the person on the waitlist otherwise (the returned status says which).
 */
export async function decide(
  db: Db,
  input: {
    membershipId: string;
    groupId: string;
    leaderId: string;
    decision: Decision;
    note?: string;
    referrals?: string[];
  },
): Promise<{ status: MembershipStatus; notices: Notice[] }> {
  return changing(db, async (tx) => {
    const group = await lockGroup(tx, input.groupId);
    const m = await membershipById(tx, input.membershipId);
    if (!m || m.group_id !== group.id) throw new MembershipError('not_found');
    const undecided: MembershipStatus[] = ['requested', 'applied', 'screening', 'waitlisted'];
    if (!undecided.includes(m.status)) throw new MembershipError('not_allowed');
    if (input.decision === 'screening' && group.policy !== 'application') {
      throw new MembershipError('not_allowed');
    }
    const by = { decidedBy: input.leaderId };
    // Every decision carries the leader's note (or clears an earlier one): the person reads it
    // in the decision's mail, on the group page and in My Gatherwell.
    await tx
      .update(memberships)
      .set({
        decisionNote: input.note?.trim() || null,
        referrals: input.decision === 'decline' ? (input.referrals ?? []) : [],
      })
      .where(eq(memberships.id, m.id));
    if (input.decision === 'decline') {
      await setStatus(tx, m.id, 'declined', by);
      return { status: 'declined', notices: [{ kind: 'declined', membershipId: m.id }] };
    }
    if (input.decision === 'screening') {
      await setStatus(tx, m.id, 'screening', by);
      return { status: 'screening', notices: [{ kind: 'screening', membershipId: m.id }] };
    }
    // Approve/accept when a seat is free and nobody is ahead in the queue; else the waitlist.
    const ahead = await queryRows(
      tx,
      sql`
      SELECT 1 FROM memberships
       WHERE group_id = ${group.id} AND status = 'waitlisted' AND id <> ${m.id} LIMIT 1`,
    );
    const seat = input.decision === 'approve' && hasFreeSeat(group) && ahead.length === 0;
    if (seat) {
      await setStatus(tx, m.id, 'member', { ...by, joined: true });
      await changeSeats(tx, group.id, 1);
      const kind = group.policy === 'application' ? 'accepted' : 'approved';
      return { status: 'member', notices: [{ kind, membershipId: m.id }] };
    }
    if (m.status === 'waitlisted') return { status: 'waitlisted', notices: [] };
    await setStatus(tx, m.id, 'waitlisted', by);
    return { status: 'waitlisted', notices: [{ kind: 'waitlisted', membershipId: m.id }] };
  });
}
