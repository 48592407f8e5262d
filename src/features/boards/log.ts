import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { type AuditAction, audit } from '../accounts/audit.js';

/*
 * Every moderation action is written twice: to the group's moderation log (what, to which
 * post, by whom and why: the leaders' page reads it) and to the append-only audit chain
 * (codes only, no words). Reports themselves are not in the log: it would name reporters.
 */

export type LogEntry = {
  groupId: string | null;
  actorId: string;
  action: string;
  threadId?: string | null;
  postId?: string | null;
  subjectId?: string | null;
  note?: string;
  ip?: string | null;
  auditAction: AuditAction;
};

export async function logModeration(tx: Db, e: LogEntry) {
  await tx.execute(
    sql`INSERT INTO board_moderation_log (group_id, actor_id, action, thread_id, post_id, subject_id, note)
        VALUES (${e.groupId}, ${e.actorId}, ${e.action}, ${e.threadId ?? null}, ${e.postId ?? null},
                ${e.subjectId ?? null}, ${e.note ?? ''})`,
  );
  await audit(tx, {
    action: e.auditAction,
    actorId: e.actorId,
    targetType: e.groupId ? 'group' : 'user',
    targetId: e.groupId ?? e.subjectId ?? null,
    ip: e.ip ?? null,
    details: { action: e.action, ...(e.postId ? { post: e.postId } : {}) },
  });
}

export type LogLine = {
  at: Date;
  actorName: string | null;
  action: string;
  subjectName: string | null;
  threadId: string | null;
  note: string;
};

/** A group's moderation log, newest first (site-wide penalties on its members included). */
export async function moderationLog(db: Db, groupId: string, limit = 100): Promise<LogLine[]> {
  const rows = await queryRows<{
    at: Date | string;
    actor_name: string | null;
    action: string;
    subject_name: string | null;
    thread_id: string | null;
    note: string;
  }>(
    db,
    sql`SELECT l.at, a.name AS actor_name, l.action, s.name AS subject_name, l.thread_id, l.note
          FROM board_moderation_log l
          LEFT JOIN users a ON a.id = l.actor_id
          LEFT JOIN users s ON s.id = l.subject_id
         WHERE l.group_id = ${groupId}
         ORDER BY l.at DESC, l.id DESC LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    at: new Date(r.at),
    actorName: r.actor_name,
    action: r.action,
    subjectName: r.subject_name,
    threadId: r.thread_id,
    note: r.note,
  }));
}
