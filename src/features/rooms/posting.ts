import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { audit } from '../accounts/audit.js';
import { alertIfFlagged, type RaisedAlert } from '../safety/alerts.js';
import { assess } from '../safety/assess.js';
import { appendEvent, eventById, toPerson } from './events.js';
import type { RoomSession } from './sessions.js';

/** A room message: one to 1,000 characters, as typed (shown as plain text). */
export const MESSAGE_MAX = 1_000;

export function parseRoomMessage(
  value: string,
): { ok: true; body: string } | { ok: false; error: 'empty' | 'tooLong' } {
  const body = value.replace(/\r\n?/g, '\n').trim();
  if (body === '') return { ok: false, error: 'empty' };
  if (body.length > MESSAGE_MAX) return { ok: false, error: 'tooLong' };
  return { ok: true, body };
}

export type Posted = { id: number; held: boolean; safety: RaisedAlert | null };

/**
 * Post a message (in the room, or in the waiting room to the facilitators). Every message a
 * member writes is assessed (safety module): a flagged one raises an alert to the group's
 * leaders, which also appears in the room for the facilitators only, and an `urgent` one is
 * held from everyone else until a facilitator releases it. The facilitators' own messages are
 * not assessed or held. The caller wakes the job worker after this commits (the alert's mail).
 */
export async function postRoomMessage(
  db: Db,
  session: RoomSession,
  who: { id: string; name: string; leads: boolean },
  body: string,
  o: { waiting: boolean; to?: string },
): Promise<Posted> {
  const assessment = who.leads ? null : assess(body);
  const held = assessment?.level === 'urgent';
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const id = await appendEvent(tx, session.id, {
      kind: 'message',
      audience: o.waiting ? toPerson(o.to ?? who.id) : 'all',
      waiting: o.waiting,
      authorId: who.id,
      authorName: who.name,
      body,
      held,
    });
    const safety = assessment
      ? await alertIfFlagged(tx, assessment, {
          itemKind: 'room_message',
          itemId: String(id),
          groupId: session.groupId,
          subjectId: who.id,
        })
      : null;
    if (safety) {
      await appendEvent(tx, session.id, {
        kind: 'alert',
        audience: 'leaders',
        data: { alert: safety.id, level: safety.level, message: id, name: who.name },
      });
    }
    return { id, held, safety };
  });
}

export const REPORT_REASONS = ['harassment', 'crisis', 'spam', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/**
 * Report a message: a snapshot is kept for the moderators (the room's messages may be deleted
 * when it closes); the reporter is never shown to the writer. Returns false for a message the
 * reporter cannot see here or wrote themselves.
 */
export async function reportMessage(
  db: Db,
  session: RoomSession,
  eventId: number,
  reporter: { id: string; ip: string | null },
  reason: ReportReason,
) {
  const e = await eventById(db, eventId);
  if (!e || e.sessionId !== session.id || e.kind !== 'message' || e.audience !== 'all')
    return false;
  if (e.held || e.authorId === reporter.id || e.body === null) return false;
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    await queryRows(
      tx,
      sql`INSERT INTO room_reports (group_id, event_id, author_id, author_name, body, reason, reported_by)
          VALUES (${session.groupId}, ${e.id}, ${e.authorId}, ${e.authorName ?? ''}, ${e.body},
                  ${reason}, ${reporter.id})`,
    );
    await audit(tx, {
      action: 'room.reported',
      actorId: reporter.id,
      targetType: 'group',
      targetId: session.groupId,
      ip: reporter.ip,
      details: { reason, message: e.id },
    });
  });
  return true;
}
