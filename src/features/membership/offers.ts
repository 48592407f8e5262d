import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { enqueue } from '../jobs/queue.js';
import {
  changeSeats,
  changing,
  hasFreeSeat,
  lockGroup,
  MembershipError,
  type MembershipRow,
  membershipById,
  type Notice,
  setStatus,
  type Tx,
} from './transaction.js';

export const OFFER_EXPIRY_JOB = 'membership.offer-expiry';

/**
 * Gives a free seat to the first person on the waitlist, held for `offerMs`. Called whenever
 * a seat frees, inside the same transaction (the group is locked).
 */
export async function offerFreedSeat(tx: Tx, groupId: string, offerMs: number): Promise<Notice[]> {
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
