import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { professionalProfiles, type Role, sessions, users } from '../../db/schema/index.js';
import { audit } from '../accounts/audit.js';

/**
 * What an administrator changes. Each command updates and records its audit event in one
 * transaction, so an action is never done without its record (nor recorded without being done).
 */

type Actor = { adminId: string; ip?: string | null };

export type DecisionResult =
  | { ok: true; email: string; locale: string | null }
  | { ok: false; problem: 'notFound' | 'notPending' | 'expired' };

/**
 * Verify a waiting profile, or decline one that is waiting or verified (which withdraws the
 * verification). The decision's reason goes to the person; the audit log keeps only the fact.
 */
export async function decideProfessional(
  db: Db,
  userId: string,
  decision: { verdict: 'verified' } | { verdict: 'declined'; reason: string },
  actor: Actor,
): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        status: professionalProfiles.status,
        expiresOn: professionalProfiles.expiresOn,
        email: users.email,
        locale: users.locale,
      })
      .from(professionalProfiles)
      .innerJoin(users, eq(users.id, professionalProfiles.userId))
      .where(eq(professionalProfiles.userId, userId))
      .for('update');
    if (!current) return { ok: false, problem: 'notFound' };
    const allowedFrom = decision.verdict === 'verified' ? ['pending'] : ['pending', 'verified'];
    if (!allowedFrom.includes(current.status)) return { ok: false, problem: 'notPending' };
    if (
      decision.verdict === 'verified' &&
      current.expiresOn <= new Date().toISOString().slice(0, 10)
    ) {
      return { ok: false, problem: 'expired' };
    }
    await tx
      .update(professionalProfiles)
      .set({
        status: decision.verdict,
        decisionReason: decision.verdict === 'declined' ? decision.reason : null,
        decidedAt: sql`now()`,
        decidedBy: actor.adminId,
      })
      .where(eq(professionalProfiles.userId, userId));
    await audit(tx, {
      action: decision.verdict === 'verified' ? 'professional.verified' : 'professional.declined',
      actorId: actor.adminId,
      targetType: 'user',
      targetId: userId,
      ip: actor.ip,
      details: { from: current.status },
    });
    return { ok: true, email: current.email, locale: current.locale };
  });
}

/**
 * Disable or enable an account. Disabling ends every session at once, so the person is
 * signed out on every route by their next request. Returns whether anything changed.
 */
export async function setAccountDisabled(
  db: Db,
  userId: string,
  disabled: boolean,
  actor: Actor,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(users)
      .set({ disabledAt: disabled ? sql`now()` : null, updatedAt: sql`now()` })
      .where(
        and(
          eq(users.id, userId),
          disabled ? sql`${users.disabledAt} IS NULL` : sql`${users.disabledAt} IS NOT NULL`,
        ),
      )
      .returning({ id: users.id });
    if (changed.length === 0) return false;
    let ended = 0;
    if (disabled) {
      ended = (await tx.delete(sessions).where(eq(sessions.userId, userId)).returning()).length;
    }
    await audit(tx, {
      action: disabled ? 'account.disabled' : 'account.enabled',
      actorId: actor.adminId,
      targetType: 'user',
      targetId: userId,
      ip: actor.ip,
      details: disabled ? { sessionsEnded: ended } : undefined,
    });
    return true;
  });
}

/**
 * Give an account a role; audited with where it came from. `adminId` is null when the
 * command line does it. Returns the previous role, or null for no such account.
 */
export async function setRole(
  db: Db,
  userId: string,
  role: Role,
  actor: { adminId: string | null; ip?: string | null },
): Promise<{ from: Role; changed: boolean } | null> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ role: users.role })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!current) return null;
    if (current.role === role) return { from: current.role, changed: false };
    await tx.update(users).set({ role, updatedAt: sql`now()` }).where(eq(users.id, userId));
    await audit(tx, {
      action: 'role.changed',
      actorId: actor.adminId,
      targetType: 'user',
      targetId: userId,
      ip: actor.ip,
      details: { from: current.role, to: role },
    });
    return { from: current.role, changed: true };
  });
}
