import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { audit } from '../accounts/audit.js';
import { enqueue } from '../jobs/queue.js';
import { notify } from '../notifications/notify.js';
import type { Assessment, Level } from './assess.js';

/** How long an urgent alert may wait for an acknowledgement before administrators are told. */
export const ESCALATE_AFTER_MS = 10 * 60_000;
/** The job that escalates one unacknowledged urgent alert. */
export const ESCALATE_JOB = 'safety.escalate';

/**
 * The kinds of writing an alert can point at. Each has a reader in sources.ts (wired in by the
 * app), so this module never reaches into the features that store the words.
 */
export const ITEM_KINDS = [
  'application',
  'thread_message',
  'room_message',
  'board_post',
  'measure_response',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const isItemKind = (v: string): v is ItemKind =>
  (ITEM_KINDS as readonly string[]).includes(v);

export type AlertInput = {
  level: Exclude<Level, 'none'>;
  source: 'assessed' | 'worried';
  itemKind: ItemKind;
  itemId: string;
  groupId: string | null;
  /** The person who wrote it. */
  subjectId: string;
  /** Who pressed "worried about someone" (worried alerts only). */
  raisedBy?: string | null;
  signals?: readonly string[];
};

export type RaisedAlert = {
  id: string;
  level: AlertInput['level'];
  /** Who was told: the group's leaders, or the administrators when nobody else could be. */
  told: 'leaders' | 'admins';
};

/**
 * Raise an alert inside the caller's transaction, so it exists exactly when the writing does:
 * the group's leaders are told (administrators when nobody leads it), the notification's mail
 * job is queued at once (deliver.ts never holds a safety kind for a digest), and an urgent alert
 * schedules its own escalation. Returns the alert and who was told. Callers wake the job worker after their
 * commit (jobs/queue.ts `wakeWorkers`), so the mail leaves within a second or two.
 */
export async function raiseAlert(db: Db, input: AlertInput): Promise<RaisedAlert> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO safety_alerts (level, source, item_kind, item_id, group_id, subject_id,
                                   raised_by, signals)
        VALUES (${input.level}, ${input.source}, ${input.itemKind}, ${input.itemId},
                ${input.groupId}, ${input.subjectId}, ${input.raisedBy ?? null},
                ${`{${(input.signals ?? []).join(',')}}`}::text[])
        RETURNING id`,
  );
  const id = (row as { id: string }).id;
  const leaders = input.groupId
    ? await queryRows<{ user_id: string }>(
        db,
        // Those who may lead it now: a therapy group's leaders with a current licence only
        // (the rule of membership's canLeadGroup, which policies.ts mirrors for the page).
        sql`SELECT gl.user_id FROM group_leaders gl JOIN groups g ON g.id = gl.group_id
             WHERE gl.group_id = ${input.groupId} AND gl.user_id <> ${input.subjectId}
               AND (g.kind = 'support' OR EXISTS (
                    SELECT 1 FROM professional_profiles p
                     WHERE p.user_id = gl.user_id AND p.status = 'verified'
                       AND p.expires_on >= current_date))`,
      )
    : [];
  const data = { alert: id, level: input.level };
  const told =
    leaders.length > 0
      ? await notify(db, {
          kind: 'safety_alert',
          userIds: leaders.map((l) => l.user_id),
          groupId: input.groupId,
          actorId: input.subjectId,
          data,
        })
      : 0;
  if (told === 0) {
    await notify(db, {
      kind: 'safety_alert_unled',
      userIds: await administrators(db, input.subjectId),
      groupId: input.groupId,
      actorId: input.subjectId,
      data,
    });
  }
  if (input.level === 'urgent') {
    await enqueue(db, {
      kind: ESCALATE_JOB,
      payload: { alert: id },
      runAt: new Date(Date.now() + ESCALATE_AFTER_MS),
      dedupeKey: `safety-escalate:${id}`,
    });
  }
  await audit(db, {
    action: 'safety.alert_raised',
    actorId: input.raisedBy ?? input.subjectId,
    targetType: 'safety_alert',
    targetId: id,
    details: { level: input.level, source: input.source, item: input.itemKind },
  });
  return { id, level: input.level, told: told > 0 ? 'leaders' : 'admins' };
}

/** Raise an alert for writing the module assessed, if it flagged anything. */
export async function alertIfFlagged(
  db: Db,
  assessment: Assessment,
  item: Omit<AlertInput, 'level' | 'source' | 'signals'>,
): Promise<RaisedAlert | null> {
  if (assessment.level === 'none') return null;
  return raiseAlert(db, {
    ...item,
    level: assessment.level,
    source: 'assessed',
    signals: assessment.signals,
  });
}

async function administrators(db: Db, except: string) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL AND id <> ${except}`,
  );
  return rows.map((r) => r.id);
}

/**
 * The escalation job: if nobody acknowledged the urgent alert in time, every administrator is
 * told. Acknowledging later still counts; the escalation is recorded once.
 */
export async function escalate(db: Db, alertId: string) {
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const [alert] = await queryRows<{ group_id: string | null; subject_id: string | null }>(
      tx,
      sql`UPDATE safety_alerts SET escalated_at = now()
           WHERE id = ${alertId} AND acknowledged_at IS NULL AND escalated_at IS NULL
          RETURNING group_id, subject_id`,
    );
    if (!alert) return;
    await notify(tx, {
      kind: 'safety_escalated',
      userIds: await administrators(tx, alert.subject_id ?? ''),
      groupId: alert.group_id,
      actorId: alert.subject_id,
      data: { alert: alertId, level: 'urgent' },
    });
    await audit(tx, {
      action: 'safety.alert_escalated',
      targetType: 'safety_alert',
      targetId: alertId,
      details: { after_minutes: ESCALATE_AFTER_MS / 60_000 },
    });
  });
}

/**
 * Acknowledge an alert: the first acknowledgement is kept (who and when), later ones change
 * nothing. The notices about it are marked read for whoever acknowledged.
 */
export async function acknowledge(db: Db, alertId: string, userId: string, ip?: string | null) {
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const [changed] = await queryRows<{ id: string }>(
      tx,
      sql`UPDATE safety_alerts SET acknowledged_at = now(), acknowledged_by = ${userId}
           WHERE id = ${alertId} AND acknowledged_at IS NULL RETURNING id`,
    );
    await tx.execute(sql`
      UPDATE notifications SET read_at = now()
       WHERE user_id = ${userId} AND read_at IS NULL AND data->>'alert' = ${alertId}`);
    if (!changed) return;
    await audit(tx, {
      action: 'safety.alert_acknowledged',
      actorId: userId,
      targetType: 'safety_alert',
      targetId: alertId,
      ip,
    });
  });
}
