import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisationClaims, organisationMembers, organisations } from '../../db/schema/index.js';
import type { Viewer } from '../accounts/viewer.js';
import { notify } from '../notifications/notify.js';
import type { OrgAccess } from './access.js';
import { auditOrg, type Ip } from './audit.js';

/** Claims on organisations that listings name, decided by administrators, and verification. */

/** Ask an administrator to hand over an organisation that listings name and nobody runs. */
export async function requestClaim(
  db: Db,
  viewer: Viewer,
  org: OrgAccess,
  message: string,
  ip: Ip,
) {
  return db.transaction(async (tx) => {
    const d = tx as unknown as Db;
    // One open claim per person and organisation, even if the form is sent twice at once.
    await d.execute(sql`SELECT 1 FROM organisations WHERE id = ${org.id} FOR UPDATE`);
    const [open] = await d
      .select({ id: organisationClaims.id })
      .from(organisationClaims)
      .where(
        and(
          eq(organisationClaims.organisationId, org.id),
          eq(organisationClaims.userId, viewer.id),
          isNull(organisationClaims.outcome),
        ),
      );
    if (open) return 'already' as const;
    await d
      .insert(organisationClaims)
      .values({ organisationId: org.id, userId: viewer.id, message });
    await auditOrg(d, viewer.id, 'org.claim_requested', org, ip);
    return 'sent' as const;
  });
}

/** An administrator approves (the claimant becomes its first owner) or declines a claim. */
export async function decideClaim(
  db: Db,
  admin: Viewer,
  claimId: string,
  outcome: 'approved' | 'declined',
  ip: Ip,
) {
  return db
    .transaction(async (tx) => {
      const d = tx as unknown as Db;
      const [claim] = await d
        .update(organisationClaims)
        .set({ outcome, decidedBy: admin.id, decidedAt: new Date() })
        .where(and(eq(organisationClaims.id, claimId), isNull(organisationClaims.outcome)))
        .returning({
          organisationId: organisationClaims.organisationId,
          userId: organisationClaims.userId,
        });
      if (!claim) return 'not_found';
      if (outcome === 'approved') {
        const [org] = await d
          .update(organisations)
          .set({ claimedAt: new Date() })
          .where(and(eq(organisations.id, claim.organisationId), isNull(organisations.claimedAt)))
          .returning({ id: organisations.id });
        // Someone else's claim was approved first: this one cannot be.
        if (!org) throw new ClaimTaken();
        await d
          .insert(organisationMembers)
          .values({ organisationId: org.id, userId: claim.userId, role: 'owner' });
      }
      await auditOrg(d, admin.id, 'org.claim_decided', { id: claim.organisationId }, ip, {
        outcome,
      });
      const [org] = await d
        .select({ slug: organisations.slug })
        .from(organisations)
        .where(eq(organisations.id, claim.organisationId));
      // Told in the same transaction: the notice exists exactly when the decision does.
      await notify(d, {
        kind: outcome === 'approved' ? 'org_claim_approved' : 'org_claim_declined',
        userIds: [claim.userId],
        actorId: admin.id,
        data: { org: org!.slug },
      });
      return 'done';
    })
    .catch((error) => {
      if (error instanceof ClaimTaken) return 'taken' as const;
      throw error;
    });
}
class ClaimTaken extends Error {}

/** Administrators verify an organisation (the badge) or take the badge away. */
export async function setVerified(db: Db, admin: Viewer, slug: string, verified: boolean, ip: Ip) {
  const [org] = await db
    .update(organisations)
    .set({ verifiedAt: verified ? new Date() : null })
    .where(and(eq(organisations.slug, slug), sql`${organisations.claimedAt} IS NOT NULL`))
    .returning({ id: organisations.id });
  if (!org) return false;
  await auditOrg(db, admin.id, verified ? 'org.verified' : 'org.unverified', org, ip);
  return true;
}
