import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { type ItemKind, isItemKind } from './alerts.js';

export type AlertView = {
  id: string;
  level: 'urgent' | 'concern';
  source: 'assessed' | 'worried';
  itemKind: ItemKind;
  itemId: string;
  signals: string[];
  createdAt: Date;
  group: { id: string; name: string; slug: string; kind: 'support' | 'therapy' } | null;
  subject: { id: string; name: string; email: string } | null;
  acknowledged: { at: Date; by: string | null } | null;
  escalatedAt: Date | null;
  /** Whether the viewer leads the alert's group now (the policy's one fact). */
  viewerLeads: boolean;
};

type Raw = {
  id: string;
  level: 'urgent' | 'concern';
  source: 'assessed' | 'worried';
  item_kind: string;
  item_id: string;
  signals: string[];
  created_at: Date | string;
  group_id: string | null;
  group_name: string | null;
  slug: string | null;
  group_kind: 'support' | 'therapy' | null;
  subject_id: string | null;
  subject_name: string | null;
  subject_email: string | null;
  acknowledged_at: Date | string | null;
  acknowledged_name: string | null;
  escalated_at: Date | string | null;
  viewer_leads: boolean;
};

const date = (v: Date | string) => new Date(v);

/** One alert with what its page shows, as the given viewer would see it (the policy decides). */
export async function findAlert(db: Db, id: string, viewerId: string): Promise<AlertView | null> {
  const [r] = await queryRows<Raw>(
    db,
    sql`SELECT a.id, a.level, a.source, a.item_kind, a.item_id, a.signals, a.created_at,
               a.group_id, g.name AS group_name, g.slug, g.kind AS group_kind, a.subject_id, s.name AS subject_name,
               s.email AS subject_email, a.acknowledged_at, k.name AS acknowledged_name,
               a.escalated_at,
               EXISTS (SELECT 1 FROM group_leaders gl
                        WHERE gl.group_id = a.group_id AND gl.user_id = ${viewerId}) AS viewer_leads
          FROM safety_alerts a
          LEFT JOIN groups g ON g.id = a.group_id
          LEFT JOIN users s ON s.id = a.subject_id
          LEFT JOIN users k ON k.id = a.acknowledged_by
         WHERE a.id = ${id}`,
  );
  if (!r || !isItemKind(r.item_kind)) return null;
  return {
    id: r.id,
    level: r.level,
    source: r.source,
    itemKind: r.item_kind,
    itemId: r.item_id,
    signals: r.signals,
    createdAt: date(r.created_at),
    group:
      r.group_id && r.group_name && r.slug && r.group_kind
        ? { id: r.group_id, name: r.group_name, slug: r.slug, kind: r.group_kind }
        : null,
    subject:
      r.subject_id && r.subject_name !== null
        ? { id: r.subject_id, name: r.subject_name, email: r.subject_email ?? '' }
        : null,
    acknowledged: r.acknowledged_at
      ? { at: date(r.acknowledged_at), by: r.acknowledged_name }
      : null,
    escalatedAt: r.escalated_at ? date(r.escalated_at) : null,
    viewerLeads: r.viewer_leads,
  };
}

export type AlertLine = {
  id: string;
  level: 'urgent' | 'concern';
  source: 'assessed' | 'worried';
  itemKind: string;
  groupName: string | null;
  createdAt: Date;
  /** Minutes from the alert to its acknowledgement; null while nobody has acknowledged it. */
  minutesToAcknowledge: number | null;
  escalated: boolean;
};

/**
 * The administrators' overview: every alert of the last 30 days, newest first, with the time
 * each took to be acknowledged, and the median of those times. No words, no names.
 */
export async function recentAlerts(db: Db) {
  const rows = await queryRows<{
    id: string;
    level: 'urgent' | 'concern';
    source: 'assessed' | 'worried';
    item_kind: string;
    group_name: string | null;
    created_at: Date | string;
    minutes: number | string | null;
    escalated: boolean;
  }>(
    db,
    sql`SELECT a.id, a.level, a.source, a.item_kind, g.name AS group_name, a.created_at,
               extract(epoch FROM a.acknowledged_at - a.created_at) / 60 AS minutes,
               a.escalated_at IS NOT NULL AS escalated
          FROM safety_alerts a LEFT JOIN groups g ON g.id = a.group_id
         WHERE a.created_at > now() - interval '30 days'
         ORDER BY a.created_at DESC
         LIMIT 200`,
  );
  const lines = rows.map(
    (r): AlertLine => ({
      id: r.id,
      level: r.level,
      source: r.source,
      itemKind: r.item_kind,
      groupName: r.group_name,
      createdAt: date(r.created_at),
      minutesToAcknowledge: r.minutes === null ? null : Number(r.minutes),
      escalated: r.escalated,
    }),
  );
  const times = lines
    .map((l) => l.minutesToAcknowledge)
    .filter((m): m is number => m !== null)
    .sort((a, b) => a - b);
  const median = times.length === 0 ? null : medianOf(times);
  return { lines, median, open: lines.filter((l) => l.minutesToAcknowledge === null).length };
}

function medianOf(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
