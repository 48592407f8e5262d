import type { PENALTY_RUNGS, REPORT_REASONS } from '../../db/schema/index.js';

/*
 * The board's rules as plain functions, so they are table-tested and read in one place
 * (docs/community.md explains them to members and leaders, ADR 32 why these numbers).
 */

export type ReportReason = (typeof REPORT_REASONS)[number];
export type Rung = (typeof PENALTY_RUNGS)[number];

/** Authors may edit a post for this long after writing it. */
export const EDIT_WINDOW_MS = 30 * 60_000;
/** Distinct members reporting a post for the same reason before it is hidden for review. */
export const HIDE_AFTER_REPORTS = 2;
/** Penalties older than this no longer count towards the next rung. */
export const PENALTY_MEMORY_DAYS = 365;

export type ReportFacts = { reason: ReportReason; reporterId: string | null; byLeader: boolean };

/**
 * Whether a post's open reports hide it pending review: one leader's report, or two distinct
 * members' for the same reason. A crisis report never hides a post: hiding silences someone
 * who may be asking for help; it goes to the safety flow instead.
 */
export function hiddenByReports(reports: readonly ReportFacts[]): boolean {
  const counted = reports.filter((r) => r.reason !== 'crisis');
  if (counted.some((r) => r.byLeader)) return true;
  const reporters = new Map<ReportReason, Set<string>>();
  for (const r of counted) {
    if (!r.reporterId) continue;
    const set = reporters.get(r.reason) ?? new Set<string>();
    set.add(r.reporterId);
    reporters.set(r.reason, set);
  }
  return [...reporters.values()].some((s) => s.size >= HIDE_AFTER_REPORTS);
}

/** The ladder, in order: each penalty a person is given in a group is the next rung. */
export const LADDER: readonly Rung[] = ['warning', 'mute_24h', 'mute_72h', 'mute_7d', 'removal'];

const MUTE_HOURS: Partial<Record<Rung, number>> = { mute_24h: 24, mute_72h: 72, mute_7d: 168 };

/** The next rung after `given` penalties that still count (removal is the last). */
export function nextRung(given: number): Rung {
  return LADDER[Math.min(Math.max(0, given), LADDER.length - 1)] as Rung;
}

/** When a rung's mute ends, or null (a warning ends at once; a removal does not end). */
export function rungEndsAt(rung: Rung, from: Date): Date | null {
  const hours = MUTE_HOURS[rung];
  return hours ? new Date(from.getTime() + hours * 3_600_000) : null;
}

export const isMuteRung = (rung: Rung) => MUTE_HOURS[rung] !== undefined;

/** Whether the author may still edit a post written at `createdAt`. */
export const withinEditWindow = (createdAt: Date, now: Date = new Date()) =>
  now.getTime() - createdAt.getTime() <= EDIT_WINDOW_MS;

/** Minutes a person must still wait in a slow thread, or 0. */
export function slowWait(slowMinutes: number, lastPostAt: Date | null, now = new Date()): number {
  if (slowMinutes <= 0 || !lastPostAt) return 0;
  const left = lastPostAt.getTime() + slowMinutes * 60_000 - now.getTime();
  return left > 0 ? Math.ceil(left / 60_000) : 0;
}

export const TITLE_MAX = 120;
export const BODY_MAX = 5_000;

export type TextError = 'empty' | 'tooLong';

/** A post's body as stored: line endings made one kind, outer space trimmed. */
export function parseBody(
  value: string,
): { ok: true; value: string } | { ok: false; error: TextError } {
  const body = value.replace(/\r\n?/g, '\n').trim();
  if (body === '') return { ok: false, error: 'empty' };
  if (body.length > BODY_MAX) return { ok: false, error: 'tooLong' };
  return { ok: true, value: body };
}

export function parseTitle(
  value: string,
): { ok: true; value: string } | { ok: false; error: TextError } {
  const title = value.replace(/\s+/g, ' ').trim();
  if (title === '') return { ok: false, error: 'empty' };
  if (title.length > TITLE_MAX) return { ok: false, error: 'tooLong' };
  return { ok: true, value: title };
}

/** The reasons a member can give, crisis first: it is the one that needs a person soonest. */
export const REPORT_CHOICES: readonly ReportReason[] = [
  'crisis',
  'harassment',
  'spam',
  'off_topic',
  'other',
];
export const isReportReason = (v: string): v is ReportReason =>
  (REPORT_CHOICES as readonly string[]).includes(v);
