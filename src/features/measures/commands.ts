import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { audit } from '../accounts/audit.js';
import { type RaisedAlert, raiseAlert } from '../safety/alerts.js';
import {
  type Answer,
  bandOf,
  type InstrumentCode,
  raisesSafetyAlert,
  score,
} from './instruments.js';
import { ANSWER_UNTIL_MS, type Cadence } from './requests.js';
import { sealResponse } from './seal.js';

/**
 * The changes people make to measures, each one transaction with its audit event: a member's
 * consent and its withdrawal, the therapists' schedule, and an answer (sealed, with the safety
 * alert in the same transaction when PHQ-9 question 9 is above zero).
 */

type Who = { groupId: string; userId: string; ip?: string | null };

const inTx = <T>(db: Db, fn: (tx: Db) => Promise<T>) =>
  db.transaction((tx) => fn(tx as unknown as Db));

/** A member agrees to be sent measures (again, after withdrawing). Nothing changes if they had. */
export function giveConsent(db: Db, who: Who) {
  return inTx(db, async (tx) => {
    const changed = await queryRows<{ user_id: string }>(
      tx,
      sql`INSERT INTO measure_consents (group_id, user_id) VALUES (${who.groupId}, ${who.userId})
          ON CONFLICT (group_id, user_id) DO UPDATE SET given_at = now(), withdrawn_at = NULL
             WHERE measure_consents.withdrawn_at IS NOT NULL
          RETURNING user_id`,
    );
    if (changed.length === 0) return false;
    await audit(tx, {
      action: 'measures.consent_given',
      actorId: who.userId,
      targetType: 'user',
      targetId: who.userId,
      ip: who.ip,
      details: { group: who.groupId },
    });
    return true;
  });
}

/**
 * A member withdraws: no new requests, and the ones still open are taken back (they could no
 * longer be answered with consent). What they already answered stays with their therapists.
 */
export function withdrawConsent(db: Db, who: Who) {
  return inTx(db, async (tx) => {
    const changed = await queryRows<{ user_id: string }>(
      tx,
      sql`UPDATE measure_consents SET withdrawn_at = now()
           WHERE group_id = ${who.groupId} AND user_id = ${who.userId} AND withdrawn_at IS NULL
          RETURNING user_id`,
    );
    if (changed.length === 0) return false;
    const cancelled = await queryRows<{ id: string }>(
      tx,
      sql`UPDATE measure_requests SET cancelled_at = now()
           WHERE group_id = ${who.groupId} AND user_id = ${who.userId}
             AND answered_at IS NULL AND cancelled_at IS NULL
          RETURNING id`,
    );
    await audit(tx, {
      action: 'measures.consent_withdrawn',
      actorId: who.userId,
      targetType: 'user',
      targetId: who.userId,
      ip: who.ip,
      details: { group: who.groupId, cancelled: cancelled.length },
    });
    return true;
  });
}

/** The therapists choose which measures go out and when. */
export function setSchedule(
  db: Db,
  input: Who & { instruments: InstrumentCode[]; cadence: Cadence },
) {
  const list = `{${input.instruments.join(',')}}`;
  return inTx(db, async (tx) => {
    await tx.execute(
      sql`INSERT INTO measure_schedules (group_id, instruments, cadence, updated_by, updated_at)
          VALUES (${input.groupId}, ${list}::text[], ${input.cadence}, ${input.userId}, now())
          ON CONFLICT (group_id) DO UPDATE SET instruments = EXCLUDED.instruments,
             cadence = EXCLUDED.cadence, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    );
    await audit(tx, {
      action: 'measures.schedule_changed',
      actorId: input.userId,
      targetType: 'group',
      targetId: input.groupId,
      ip: input.ip,
      details: { cadence: input.cadence, instruments: input.instruments.join(',') },
    });
  });
}

export type Answered =
  | { ok: false }
  | { ok: true; score: number; band: string; alert: RaisedAlert | null };

/**
 * A member answers one request: it must be theirs, in this group, open (not answered, taken back
 * or lapsed). The answers and score are sealed under the response's id; PHQ-9 question 9 above
 * zero raises an urgent alert to the group's therapists in the same transaction, so the alert
 * exists exactly when the answer does. The caller wakes the job worker after the commit.
 */
export function answerRequest(
  db: Db,
  key: Buffer,
  input: Who & {
    requestId: string;
    instrument: InstrumentCode;
    answers: Answer[];
    now?: Date;
  },
): Promise<Answered> {
  const now = (input.now ?? new Date()).toISOString();
  const lapse = `${ANSWER_UNTIL_MS} milliseconds`;
  return inTx(db, async (tx) => {
    const [request] = await queryRows<{ id: string }>(
      tx,
      sql`SELECT r.id FROM measure_requests r
            JOIN measure_consents c ON c.group_id = r.group_id AND c.user_id = r.user_id
                                   AND c.withdrawn_at IS NULL
           WHERE r.id = ${input.requestId} AND r.group_id = ${input.groupId}
             AND r.user_id = ${input.userId} AND r.instrument = ${input.instrument}
             AND r.answered_at IS NULL AND r.cancelled_at IS NULL
             AND r.starts_at + ${lapse}::interval > ${now}::timestamptz
           FOR UPDATE OF r`,
    );
    if (!request) return { ok: false };
    const responseId = randomUUID();
    const sealed = sealResponse(key, responseId, input.instrument, input.answers);
    await tx.execute(
      sql`INSERT INTO measure_responses (id, request_id, sealed)
          VALUES (${responseId}, ${request.id}, ${sealed})`,
    );
    await tx.execute(sql`UPDATE measure_requests SET answered_at = ${now}::timestamptz
                          WHERE id = ${request.id}`);
    const alert = raisesSafetyAlert(input.instrument, input.answers)
      ? await raiseAlert(tx, {
          level: 'urgent',
          source: 'assessed',
          itemKind: 'measure_response',
          itemId: responseId,
          groupId: input.groupId,
          subjectId: input.userId,
          signals: ['ideation'],
        })
      : null;
    const total = score(input.instrument, input.answers);
    return { ok: true, score: total, band: bandOf(input.instrument, total), alert };
  });
}
