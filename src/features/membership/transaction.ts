import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { MembershipStatus } from '../../db/schema/index.js';
import { directoryChanged } from '../directory/search-index.js';

/*
 * What every membership command shares (commands.ts lists them). Each command is one
 * transaction that first locks the group's row (SELECT … FOR UPDATE), so seats are counted
 * by one request at a time: fifty people joining at once for ten seats give exactly ten members
 * and a waitlist in the order the lock served them (their `arrival`, from a sequence read
 * under the lock). `groups.seats_taken` counts members and held offers; it is what the
 * directory shows as seats left.
 *
 * Commands return the notices to send; routes send them after the commit, so a mail never
 * describes a change that was rolled back.
 */

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Live standings: the person is in, or waiting for an answer or a seat. */
export const LIVE_STATUSES: readonly MembershipStatus[] = [
  'requested',
  'applied',
  'screening',
  'waitlisted',
  'offered',
  'member',
];
/** Standings that hold a seat. */
export const SEATED: readonly MembershipStatus[] = ['member', 'offered'];

export type Notice =
  | {
      kind: 'joined' | 'requested' | 'applied' | 'approved' | 'accepted' | 'screening';
      membershipId: string;
    }
  | { kind: 'waitlisted' | 'removed' | 'offer_lapsed'; membershipId: string }
  | { kind: 'declined'; membershipId: string }
  | { kind: 'offered'; membershipId: string; expiresAt: Date };

export class MembershipError extends Error {
  constructor(
    readonly code:
      | 'not_found'
      | 'closed'
      | 'already'
      | 'agreement_required'
      | 'not_allowed'
      | 'offer_expired',
  ) {
    super(code);
  }
}

export type GroupRow = {
  id: string;
  policy: 'drop_in' | 'approval' | 'application';
  status: string;
  published: boolean;
  capacity: number | null;
  seats_taken: number;
};

export type MembershipRow = {
  id: string;
  group_id: string;
  user_id: string;
  status: MembershipStatus;
  offer_expires_at: Date | string | null;
};

/**
 * One transaction of this module. Seats left are part of a listing in search (the `seats`
 * filter), so after the commit the search index of this process is told to catch up.
 */
export async function changing<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.transaction(work);
  directoryChanged(db);
  return result;
}

export async function lockGroup(tx: Tx, groupId: string): Promise<GroupRow> {
  const rows = await queryRows<GroupRow>(
    tx,
    sql`
    SELECT id, policy, status, published, capacity, seats_taken
      FROM groups WHERE id = ${groupId} FOR UPDATE`,
  );
  const group = rows[0];
  if (!group) throw new MembershipError('not_found');
  return group;
}

export const hasFreeSeat = (g: GroupRow) => g.capacity == null || g.seats_taken < g.capacity;

export async function changeSeats(tx: Tx, groupId: string, delta: number) {
  await tx.execute(sql`
    UPDATE groups SET seats_taken = greatest(0, seats_taken + ${delta}) WHERE id = ${groupId}`);
}

export async function setStatus(
  tx: Tx,
  id: string,
  status: MembershipStatus,
  extra: { decidedBy?: string | null; offerExpiresAt?: Date | null; joined?: boolean } = {},
) {
  await tx.execute(sql`
    UPDATE memberships
       SET status = ${status},
           offer_expires_at = ${extra.offerExpiresAt ?? null},
           decided_by = coalesce(${extra.decidedBy ?? null}, decided_by),
           decided_at = CASE WHEN ${extra.decidedBy ?? null}::text IS NULL THEN decided_at ELSE now() END,
           joined_at = CASE WHEN ${extra.joined ?? false} THEN now() ELSE joined_at END,
           updated_at = now()
     WHERE id = ${id}`);
}

export async function membershipById(tx: Tx, id: string) {
  const rows = await queryRows<MembershipRow>(
    tx,
    sql`
    SELECT id, group_id, user_id, status, offer_expires_at FROM memberships WHERE id = ${id}`,
  );
  return rows[0];
}
