import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { notifyLeaders } from '../notifications/notify.js';
import { logModeration } from './log.js';
import type { BoardSettings } from './standing.js';

/*
 * Leaders' controls over threads and the board's rules, and administrators' resolution of
 * listing reports. Each is one transaction with its moderation log line and audit event.
 */

export const THREAD_ACTIONS = [
  'pin',
  'unpin',
  'close',
  'reopen',
  'lock',
  'unlock',
  'slow',
] as const;
export type ThreadAction = (typeof THREAD_ACTIONS)[number];
export const isThreadAction = (v: string): v is ThreadAction =>
  (THREAD_ACTIONS as readonly string[]).includes(v);

const CHANGE: Record<Exclude<ThreadAction, 'slow'>, ReturnType<typeof sql>> = {
  pin: sql`pinned = true`,
  unpin: sql`pinned = false`,
  close: sql`closed = true`,
  reopen: sql`closed = false, locked = false`,
  lock: sql`locked = true, closed = true`,
  unlock: sql`locked = false`,
};

export async function changeThread(
  db: Db,
  input: {
    groupId: string;
    threadId: string;
    action: ThreadAction;
    slowMinutes?: number;
    by: string;
    ip: string | null;
  },
): Promise<boolean> {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const change =
      input.action === 'slow'
        ? sql`slow_minutes = ${input.slowMinutes ?? 0}`
        : CHANGE[input.action];
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`UPDATE board_threads SET ${change}
           WHERE id = ${input.threadId} AND group_id = ${input.groupId} RETURNING id`,
    );
    if (!row) return false;
    await logModeration(tx, {
      groupId: input.groupId,
      actorId: input.by,
      action: input.action === 'slow' ? `slow:${input.slowMinutes ?? 0}` : input.action,
      threadId: input.threadId,
      ip: input.ip,
      auditAction: 'board.thread_changed',
    });
    return true;
  });
}

export async function saveBoardSettings(
  db: Db,
  input: { groupId: string; settings: BoardSettings; by: string; ip: string | null },
) {
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const { newMembers, holdFirstPosts } = input.settings;
    await tx.execute(
      sql`INSERT INTO board_settings (group_id, new_members, hold_first_posts, updated_by)
          VALUES (${input.groupId}, ${newMembers}, ${holdFirstPosts}, ${input.by})
          ON CONFLICT (group_id) DO UPDATE SET new_members = excluded.new_members,
             hold_first_posts = excluded.hold_first_posts, updated_by = excluded.updated_by,
             updated_at = now()`,
    );
    await logModeration(tx, {
      groupId: input.groupId,
      actorId: input.by,
      action: `settings:${newMembers}${holdFirstPosts ? ':hold' : ''}`,
      ip: input.ip,
      auditAction: 'board.settings_changed',
    });
  });
}

export const LISTING_OUTCOMES = ['fixed', 'no_change'] as const;
export type ListingOutcome = (typeof LISTING_OUTCOMES)[number];
export const isListingOutcome = (v: string): v is ListingOutcome =>
  (LISTING_OUTCOMES as readonly string[]).includes(v);

/**
 * Resolve a report that a listing is out of date, with what was done: the group's leaders are
 * told. Leaders resolve their own group's reports from their queue (they keep the listing, so
 * `fixed` is usually theirs to say); administrators resolve any.
 */
export async function resolveListingReport(
  db: Db,
  input: {
    reportId: string;
    groupId: string | null;
    outcome: ListingOutcome;
    by: string;
    ip: string | null;
  },
): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(input.reportId)) return false;
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const scope = input.groupId ? sql`AND group_id = ${input.groupId}` : sql``;
    const [row] = await queryRows<{ group_id: string }>(
      tx,
      sql`UPDATE listing_reports SET resolved_at = now(), outcome = ${input.outcome}, resolved_by = ${input.by}
           WHERE id = ${input.reportId} AND resolved_at IS NULL ${scope} RETURNING group_id`,
    );
    if (!row) return false;
    await notifyLeaders(tx, {
      kind: 'listing_report_resolved',
      groupId: row.group_id,
      actorId: input.by,
      data: { outcome: input.outcome },
    });
    await logModeration(tx, {
      groupId: row.group_id,
      actorId: input.by,
      action: `listing:${input.outcome}`,
      ip: input.ip,
      auditAction: 'listing_report.resolved',
    });
    return true;
  });
}
