import { eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { type MembershipStatus, memberships } from '../../db/schema/index.js';
import { directoryChanged } from '../directory/search-index.js';
import { enqueue } from '../jobs/queue.js';
import { notifyLeaders } from '../notifications/notify.js';
import { type IntakeAnswers, sealIntake } from './intake-crypto.js';

/*
 * Joining, deciding, leaving: every change of a person's standing in a group. Each command is
 * one transaction that first locks the group's row (SELECT … FOR UPDATE), so seats are counted
 * by one request at a time: fifty people joining at once for ten seats give exactly ten members
 * and a waitlist in the order the lock served them (their `arrival`, from a sequence read
 * under the lock). `groups.seats_taken` counts members and held offers; it is what the
 * directory shows as seats left.
 *
 * Commands return the notices to send; routes send them after the commit, so a mail never
 * describes a change that was rolled back.
 */

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const OFFER_EXPIRY_JOB = 'membership.offer-expiry';

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
const SEATED: readonly MembershipStatus[] = ['member', 'offered'];

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

type GroupRow = {
  id: string;
  policy: 'drop_in' | 'approval' | 'application';
  status: string;
  published: boolean;
  capacity: number | null;
  seats_taken: number;
};

type MembershipRow = {
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
async function changing<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.transaction(work);
  directoryChanged(db);
  return result;
}

async function lockGroup(tx: Tx, groupId: string): Promise<GroupRow> {
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

async function currentAgreement(tx: Tx, groupId: string): Promise<number | null> {
  const rows = await queryRows<{ version: number | null }>(
    tx,
    sql`
    SELECT max(version) AS version FROM group_agreements WHERE group_id = ${groupId}`,
  );
  return rows[0]?.version == null ? null : Number(rows[0].version);
}

async function nextArrival(tx: Tx): Promise<number> {
  const rows = await queryRows<{ n: string }>(
    tx,
    sql`SELECT nextval('membership_arrival_seq') AS n`,
  );
  return Number(rows[0]?.n);
}

const hasFreeSeat = (g: GroupRow) => g.capacity == null || g.seats_taken < g.capacity;

async function changeSeats(tx: Tx, groupId: string, delta: number) {
  await tx.execute(sql`
    UPDATE groups SET seats_taken = greatest(0, seats_taken + ${delta}) WHERE id = ${groupId}`);
}

async function setStatus(
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

/**
 * Gives a free seat to the first person on the waitlist, held for `offerMs`. Called whenever
 * a seat frees, inside the same transaction (the group is locked).
 */
async function offerFreedSeat(tx: Tx, groupId: string, offerMs: number): Promise<Notice[]> {
  const group = await lockGroup(tx, groupId);
  if (!hasFreeSeat(group) || group.status !== 'active') return [];
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`
    SELECT id FROM memberships
     WHERE group_id = ${groupId} AND status = 'waitlisted'
     ORDER BY arrival LIMIT 1`,
  );
  const next = rows[0];
  if (!next) return [];
  const expiresAt = new Date(Date.now() + offerMs);
  await setStatus(tx, next.id, 'offered', { offerExpiresAt: expiresAt });
  await changeSeats(tx, groupId, 1);
  await enqueue(tx, {
    kind: OFFER_EXPIRY_JOB,
    payload: { membershipId: next.id },
    dedupeKey: `offer:${next.id}:${expiresAt.getTime()}`,
    runAt: expiresAt,
  });
  return [{ kind: 'offered', membershipId: next.id, expiresAt }];
}

async function findMembership(tx: Tx, groupId: string, userId: string) {
  const rows = await queryRows<MembershipRow>(
    tx,
    sql`
    SELECT id, group_id, user_id, status, offer_expires_at
      FROM memberships WHERE group_id = ${groupId} AND user_id = ${userId}`,
  );
  return rows[0];
}

async function membershipById(tx: Tx, id: string) {
  const rows = await queryRows<MembershipRow>(
    tx,
    sql`
    SELECT id, group_id, user_id, status, offer_expires_at FROM memberships WHERE id = ${id}`,
  );
  return rows[0];
}

export type AskInput = {
  groupId: string;
  userId: string;
  /** The agreement version the person accepted on the form (null if the group has none). */
  agreementVersion: number | null;
  message?: string;
  answers?: IntakeAnswers;
  intakeKey: Buffer;
};

/**
 * Joining in the way the group's policy asks: at once (drop-in, or the waitlist when full),
 * a request for the leaders (approval), or an application with sealed intake answers.
 */
export async function askToJoin(
  db: Db,
  input: AskInput,
): Promise<{ membershipId: string; status: MembershipStatus; notices: Notice[] }> {
  return changing(db, async (tx) => {
    const group = await lockGroup(tx, input.groupId);
    if (!group.published || group.status !== 'active') throw new MembershipError('closed');
    const agreement = await currentAgreement(tx, group.id);
    if (agreement !== null && input.agreementVersion !== agreement) {
      throw new MembershipError('agreement_required');
    }
    const existing = await findMembership(tx, group.id, input.userId);
    if (existing && LIVE_STATUSES.includes(existing.status)) throw new MembershipError('already');
    // A person a leader removed cannot let themselves back in.
    if (existing?.status === 'removed') throw new MembershipError('not_allowed');
    const leader = await queryRows(
      tx,
      sql`
      SELECT 1 FROM group_leaders WHERE group_id = ${group.id} AND user_id = ${input.userId}`,
    );
    if (leader.length > 0) throw new MembershipError('not_allowed');

    let status: MembershipStatus;
    if (group.policy === 'drop_in') status = hasFreeSeat(group) ? 'member' : 'waitlisted';
    else status = group.policy === 'approval' ? 'requested' : 'applied';

    const arrival = await nextArrival(tx);
    const message = input.message?.trim() || null;
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`
      INSERT INTO memberships (group_id, user_id, status, arrival, message, agreement_version, joined_at)
      VALUES (${group.id}, ${input.userId}, ${status}, ${arrival}, ${message}, ${agreement},
              ${status === 'member' ? sql`now()` : null})
      ON CONFLICT (group_id, user_id) DO UPDATE
         SET status = excluded.status, arrival = excluded.arrival, message = excluded.message,
             agreement_version = excluded.agreement_version, joined_at = excluded.joined_at,
             intake_ciphertext = NULL, decision_note = NULL, referrals = '{}',
             removal_reason = NULL, offer_expires_at = NULL, decided_by = NULL,
             decided_at = NULL, updated_at = now()
      RETURNING id`,
    );
    const membershipId = rows[0]?.id as string;
    if (group.policy === 'application') {
      const sealed = sealIntake(input.intakeKey, membershipId, input.answers ?? {});
      await tx.execute(
        sql`UPDATE memberships SET intake_ciphertext = ${sealed} WHERE id = ${membershipId}`,
      );
    }
    if (status === 'member') await changeSeats(tx, group.id, 1);
    if (status === 'requested' || status === 'applied') {
      await notifyLeaders(tx, {
        kind: status === 'requested' ? 'join_requested' : 'applied',
        groupId: group.id,
        actorId: input.userId,
      });
    }
    const kind = status === 'member' ? 'joined' : status;
    return { membershipId, status, notices: [{ kind, membershipId } as Notice] };
  });
}

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

/** The person takes the seat held for them (before it lapses). */
export async function acceptOffer(db: Db, membershipId: string, groupId: string, now = new Date()) {
  return changing(db, async (tx) => {
    await lockGroup(tx, groupId);
    const m = await membershipById(tx, membershipId);
    if (!m || m.group_id !== groupId || m.status !== 'offered') {
      throw new MembershipError('not_found');
    }
    if (m.offer_expires_at && new Date(m.offer_expires_at) <= now) {
      throw new MembershipError('offer_expired');
    }
    await setStatus(tx, m.id, 'member', { joined: true });
  });
}

/**
 * The offer-expiry job: a seat nobody took in time goes to the next person. Running it twice,
 * or after the offer was taken, changes nothing.
 */
export async function lapseOffer(
  db: Db,
  membershipId: string,
  offerMs: number,
  now = new Date(),
): Promise<Notice[]> {
  const [m] = await queryRows<MembershipRow>(
    db,
    sql`SELECT id, group_id, user_id, status, offer_expires_at FROM memberships WHERE id = ${membershipId}`,
  );
  if (m?.status !== 'offered') return [];
  return changing(db, async (tx) => {
    await lockGroup(tx, m.group_id);
    const fresh = await membershipById(tx, membershipId);
    const expires = fresh?.offer_expires_at ? new Date(fresh.offer_expires_at) : null;
    if (fresh?.status !== 'offered' || (expires && expires > now)) return [];
    await setStatus(tx, fresh.id, 'left');
    await changeSeats(tx, fresh.group_id, -1);
    const notices: Notice[] = [{ kind: 'offer_lapsed', membershipId: fresh.id }];
    notices.push(...(await offerFreedSeat(tx, fresh.group_id, offerMs)));
    return notices;
  });
}

/** A member accepts the group's current agreement (after the leaders changed it). */
export async function acceptAgreement(db: Db, membershipId: string, version: number) {
  await db.execute(sql`
    UPDATE memberships SET agreement_version = ${version}, updated_at = now()
     WHERE id = ${membershipId} AND status = 'member'`);
}

/**
 * Before an account is deleted: leave every group, so held seats pass to the people waiting
 * (deleting the rows alone would leave the seats counted as taken).
 */
export async function leaveEveryGroup(db: Db, userId: string, offerMs: number): Promise<Notice[]> {
  const live = await queryRows<{ id: string; group_id: string }>(
    db,
    sql`SELECT id, group_id FROM memberships
         WHERE user_id = ${userId} AND status = ANY(${sql.raw(`'{${LIVE_STATUSES.join(',')}}'`)}::text[])`,
  );
  const notices: Notice[] = [];
  for (const m of live) notices.push(...(await leaveGroup(db, m.id, m.group_id, offerMs)));
  return notices;
}
