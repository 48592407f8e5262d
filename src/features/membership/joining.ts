import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { MembershipStatus } from '../../db/schema/index.js';
import { wakeWorkers } from '../jobs/queue.js';
import { notifyLeaders } from '../notifications/notify.js';
import { alertIfFlagged, type RaisedAlert } from '../safety/alerts.js';
import { assess } from '../safety/assess.js';
import {
  checkAnswers,
  IntakeAnswersError,
  type RawAnswers,
  writtenAnswers,
} from './intake-answers.js';
import { sealIntake } from './intake-crypto.js';
import { intakeQuestionsOf } from './queries.js';
import {
  changeSeats,
  changing,
  hasFreeSeat,
  LIVE_STATUSES,
  lockGroup,
  MembershipError,
  type MembershipRow,
  type Notice,
  type Tx,
} from './transaction.js';

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

async function findMembership(tx: Tx, groupId: string, userId: string) {
  const rows = await queryRows<MembershipRow>(
    tx,
    sql`
    SELECT id, group_id, user_id, status, offer_expires_at
      FROM memberships WHERE group_id = ${groupId} AND user_id = ${userId}`,
  );
  return rows[0];
}

export type AskInput = {
  groupId: string;
  userId: string;
  /** The agreement version the person accepted on the form (null if the group has none). */
  agreementVersion: number | null;
  message?: string;
  /** An application's answers as the form sent them, by question id: checked here. */
  answers?: RawAnswers;
  intakeKey: Buffer;
};

/**
 * Joining in the way the group's policy asks: at once (drop-in, or the waitlist when full),
 * a request for the leaders (approval), or an application with sealed intake answers.
 */
export async function askToJoin(
  db: Db,
  input: AskInput,
): Promise<{
  membershipId: string;
  status: MembershipStatus;
  notices: Notice[];
  /** Set when what the person wrote raised a safety alert: the route shows them the card. */
  safety: RaisedAlert | null;
}> {
  const result = await changing(db, async (tx) => {
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
    const written = message ? [message] : [];
    if (group.policy === 'application') {
      const questions = await intakeQuestionsOf(tx, group.id);
      const { answers, problems } = checkAnswers(questions, input.answers ?? {});
      // Thrown inside the transaction: the membership row written above is rolled back.
      if (Object.keys(problems).length > 0) throw new IntakeAnswersError(problems, answers);
      const sealed = sealIntake(input.intakeKey, membershipId, answers);
      await tx.execute(
        sql`UPDATE memberships SET intake_ciphertext = ${sealed} WHERE id = ${membershipId}`,
      );
      written.push(...writtenAnswers(questions, answers));
    }
    // Read together, so a thought in one answer and a plan in another are seen as one message.
    const safety = await alertIfFlagged(tx, assess(written.join('\n')), {
      itemKind: 'application',
      itemId: membershipId,
      groupId: group.id,
      subjectId: input.userId,
    });
    if (status === 'member') await changeSeats(tx, group.id, 1);
    if (status === 'requested' || status === 'applied') {
      await notifyLeaders(tx, {
        kind: status === 'requested' ? 'join_requested' : 'applied',
        groupId: group.id,
        actorId: input.userId,
      });
    }
    const kind = status === 'member' ? 'joined' : status;
    return { membershipId, status, notices: [{ kind, membershipId } as Notice], safety };
  });
  // The alert's mail must not wait for the next poll.
  if (result.safety) wakeWorkers();
  return result;
}

/** A member accepts the group's current agreement (after the leaders changed it). */
export async function acceptAgreement(db: Db, membershipId: string, version: number) {
  await db.execute(sql`
    UPDATE memberships SET agreement_version = ${version}, updated_at = now()
     WHERE id = ${membershipId} AND status = 'member'`);
}
