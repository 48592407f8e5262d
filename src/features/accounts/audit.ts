import { and, desc, eq, or, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { auditEvents } from '../../db/schema/index.js';

/**
 * The security events we record. Later features add theirs (reads of intake answers and
 * session notes) here, so the list stays the one place that names them.
 */
export const AUDIT_ACTIONS = [
  'account.created',
  'account.email_verified',
  'account.deleted',
  'account.disabled',
  'account.enabled',
  'account.exported',
  'account.email_change_requested',
  'account.profile_updated',
  'sign_in.succeeded',
  'sign_in.failed',
  'sign_in.two_factor_failed',
  'sign_out',
  'sessions.revoked',
  'session.expired',
  'password.changed',
  'password.reset_requested',
  'password.reset',
  'two_factor.enabled',
  'two_factor.disabled',
  'two_factor.backup_codes_regenerated',
  'role.changed',
  'professional.submitted',
  'professional.verified',
  'professional.declined',
  'directory.imported',
  'intake.read',
  'intake.read_denied',
  'roster.read_denied',
  'membership.decided',
  'membership.removed',
  'leader.pledged',
  'group.created',
  'group.updated',
  'group.agreement_changed',
  'group.published',
  'group.unpublished',
  'group.closed',
  'group.reopened',
  'group.ended',
  'group.leader_invited',
  'group.leader_joined',
  'group.leader_removed',
  'group.leader_stepped_down',
  'meeting.cancelled',
  'meeting.moved',
  'attendance.recorded',
  'intake.question_added',
  'intake.question_moved',
  'intake.question_retired',
  'safety.alert_raised',
  'safety.alert_read',
  'safety.alert_read_denied',
  'safety.alert_acknowledged',
  'safety.alert_escalated',
  'room.control',
  'room.settings_changed',
  'room.reported',
  'room.report_resolved',
  'board.reported',
  'board.decided',
  'board.released',
  'board.thread_changed',
  'board.penalty_given',
  'board.penalty_lifted',
  'board.settings_changed',
  'listing_report.resolved',
  'measures.read',
  'measures.read_denied',
  'measures.consent_given',
  'measures.consent_withdrawn',
  'measures.schedule_changed',
  'notes.read',
  'notes.read_denied',
  'notes.signed',
  'notes.addendum_added',
  'notes.sharing_consent_given',
  'notes.sharing_consent_withdrawn',
  'org.created',
  'org.updated',
  'org.invite_created',
  'org.member_joined',
  'org.member_removed',
  'org.role_changed',
  'org.claim_requested',
  'org.claim_decided',
  'org.verified',
  'org.unverified',
  'org.group_added',
  'org.group_released',
  'org.contact_published',
  'org.contact_unpublished',
  'feed.source_claimed',
  'feed.registered',
  'feed.updated',
  'feed.removed',
  'feed.run_confirmed',
  'feed.run_discarded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEvent = {
  action: AuditAction;
  actorId?: string | null;
  targetType?:
    | 'user'
    | 'professional_profile'
    | 'group'
    | 'membership'
    | 'safety_alert'
    | 'organisation'
    | null;
  targetId?: string | null;
  ip?: string | null;
  /** Codes and counts only: never names, addresses, answers or free text from a person. */
  details?: Record<string, string | number | boolean | null>;
};

/**
 * Addresses are kept only as their network (IPv4 /24, IPv6 /48): enough to see where activity
 * came from, not enough to single out a person once their account is gone.
 */
export function networkOf(ip: string | null | undefined): string | null {
  if (!ip) return null;
  const v4 = ip.replace(/^::ffff:/, '').match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (/^[0-9a-f:]+$/i.test(ip) && ip.includes(':')) {
    const full = expandIpv6(ip);
    return full ? `${full.slice(0, 3).join(':')}::/48` : null;
  }
  return null;
}

function expandIpv6(ip: string): string[] | null {
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...left, ...Array(missing).fill('0'), ...right];
}

/**
 * Append one event as the next link of the audit chain. Moving the chain's head locks its one
 * row until the surrounding transaction ends, so appends from every process line up; the row's
 * hash is computed by the database from what it stores (audit_digest, migration 0007), and
 * `npm run audit:verify` recomputes it the same way.
 */
export async function audit(db: Db, event: AuditEvent) {
  await db.transaction(async (tx) => {
    const [head] = await queryRows<{ length: number; head: string }>(
      tx as unknown as Db,
      sql`UPDATE audit_chain SET length = length + 1 WHERE id = 1 RETURNING length, head`,
    );
    if (!head) throw new Error('audit_chain has no head row (migration 0007)');
    const details = event.details ? JSON.stringify(event.details) : null;
    const [row] = await queryRows<{ hash: string }>(
      tx as unknown as Db,
      sql`INSERT INTO audit_events (at, actor_id, action, target_type, target_id, ip, details,
                                    chain_pos, prev_hash, hash)
          SELECT v.at, v.actor_id, v.action, v.target_type, v.target_id, v.ip, v.details,
                 v.pos, v.prev,
                 audit_digest(v.prev, v.pos, v.at, v.actor_id, v.action, v.target_type,
                              v.target_id, v.ip, v.details)
          FROM (SELECT now() AS at, ${event.actorId ?? null}::text AS actor_id,
                       ${event.action}::text AS action, ${event.targetType ?? null}::text AS target_type,
                       ${event.targetId ?? null}::text AS target_id,
                       ${networkOf(event.ip)}::inet AS ip, ${details}::jsonb AS details,
                       ${Number(head.length)}::bigint AS pos, ${head.head}::text AS prev) AS v
          RETURNING hash`,
    );
    await tx.execute(sql`UPDATE audit_chain SET head = ${row!.hash} WHERE id = 1`);
  });
}

/** Events about one account (as actor or target), newest first: what a person may see. */
export function eventsAbout(db: Db, userId: string, limit = 100) {
  return db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      ip: auditEvents.ip,
      byThemselves: eq(auditEvents.actorId, userId),
    })
    .from(auditEvents)
    .where(
      or(
        eq(auditEvents.actorId, userId),
        and(eq(auditEvents.targetType, 'user'), eq(auditEvents.targetId, userId)),
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
}
