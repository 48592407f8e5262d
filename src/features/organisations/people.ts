import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { organisationInvites, organisationMembers, organisations } from '../../db/schema/index.js';
import type { Viewer } from '../accounts/viewer.js';
import type { OrgAccess } from './access.js';
import { auditOrg, type Ip } from './audit.js';

/**
 * An organisation's people: invitation links (only their hash is stored; once, for a week),
 * roles, leaving and removal (the last owner always stays), and a therapist's choice to appear.
 */

const INVITE_DAYS = 7;
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A link that makes whoever opens it (signed in) an owner or editor: once, for a week. */
export async function createInvite(
  db: Db,
  viewer: Viewer,
  org: OrgAccess,
  role: 'owner' | 'editor',
  ip: Ip,
  now = new Date(),
) {
  const token = randomBytes(24).toString('base64url');
  await db.insert(organisationInvites).values({
    tokenHash: hashOf(token),
    organisationId: org.id,
    role,
    createdBy: viewer.id,
    expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000),
  });
  await auditOrg(db, viewer.id, 'org.invite_created', org, ip, { role });
  return token;
}

/** The organisation and role an invitation link offers, if it still works. */
export async function inviteOf(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({ organisationId: organisationInvites.organisationId, role: organisationInvites.role })
    .from(organisationInvites)
    .where(
      and(
        eq(organisationInvites.tokenHash, hashOf(token)),
        isNull(organisationInvites.acceptedAt),
        gt(organisationInvites.expiresAt, now),
        sql`EXISTS (SELECT 1 FROM organisation_members m
                     WHERE m.organisation_id = ${organisationInvites.organisationId}
                       AND m.user_id = ${organisationInvites.createdBy} AND m.role = 'owner')`,
      ),
    );
  return row ?? null;
}

/** Accept a link: the person joins (an editor invited as owner is promoted, never demoted). */
export async function acceptInvite(
  db: Db,
  viewer: Viewer,
  token: string,
  ip: Ip,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const d = tx as unknown as Db;
    const [used] = await d
      .update(organisationInvites)
      .set({ acceptedAt: now, acceptedBy: viewer.id })
      .where(
        and(
          eq(organisationInvites.tokenHash, hashOf(token)),
          isNull(organisationInvites.acceptedAt),
          gt(organisationInvites.expiresAt, now),
          // A link lasts only while the owner who made it is still one: removing someone ends
          // the links they made, so they cannot let themselves back in.
          sql`EXISTS (SELECT 1 FROM organisation_members m
                       WHERE m.organisation_id = ${organisationInvites.organisationId}
                         AND m.user_id = ${organisationInvites.createdBy} AND m.role = 'owner')`,
        ),
      )
      .returning({
        organisationId: organisationInvites.organisationId,
        role: organisationInvites.role,
      });
    if (!used) return null;
    await d
      .insert(organisationMembers)
      .values({ organisationId: used.organisationId, userId: viewer.id, role: used.role })
      .onConflictDoUpdate({
        target: [organisationMembers.organisationId, organisationMembers.userId],
        set: {
          role: sql`CASE WHEN excluded.role = 'owner' THEN 'owner' ELSE ${organisationMembers.role} END`,
        },
      });
    await auditOrg(d, viewer.id, 'org.member_joined', { id: used.organisationId }, ip, {
      role: used.role,
    });
    const [org] = await d
      .select({ slug: organisations.slug })
      .from(organisations)
      .where(eq(organisations.id, used.organisationId));
    return org!.slug;
  });
}

/** How many owners would remain: an organisation always keeps one. */
async function ownersBesides(db: Db, orgId: string, userId: string) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM organisation_members
         WHERE organisation_id = ${orgId} AND role = 'owner' AND user_id <> ${userId}`,
  );
  return row?.n ?? 0;
}

export type PeopleOutcome = 'done' | 'last_owner' | 'not_found';

/** Remove someone (or leave): never the last owner. */
export async function removePerson(
  db: Db,
  viewer: Viewer,
  org: OrgAccess,
  userId: string,
  ip: Ip,
): Promise<PeopleOutcome> {
  return db.transaction(async (tx) => {
    const d = tx as unknown as Db;
    // Serialise changes to one organisation's people, so two owners cannot remove each other.
    await d.execute(sql`SELECT 1 FROM organisations WHERE id = ${org.id} FOR UPDATE`);
    const [person] = await d
      .select({ role: organisationMembers.role })
      .from(organisationMembers)
      .where(
        and(eq(organisationMembers.organisationId, org.id), eq(organisationMembers.userId, userId)),
      );
    if (!person) return 'not_found';
    if (person.role === 'owner' && (await ownersBesides(d, org.id, userId)) === 0)
      return 'last_owner';
    await d
      .delete(organisationMembers)
      .where(
        and(eq(organisationMembers.organisationId, org.id), eq(organisationMembers.userId, userId)),
      );
    // Their open invitation links go with them (acceptInvite also checks, this tidies).
    await d.execute(sql`DELETE FROM organisation_invites
                         WHERE organisation_id = ${org.id} AND created_by = ${userId}
                           AND accepted_at IS NULL`);
    await auditOrg(d, viewer.id, 'org.member_removed', org, ip, { self: userId === viewer.id });
    return 'done';
  });
}

export async function changeRole(
  db: Db,
  viewer: Viewer,
  org: OrgAccess,
  userId: string,
  role: 'owner' | 'editor',
  ip: Ip,
): Promise<PeopleOutcome> {
  return db.transaction(async (tx) => {
    const d = tx as unknown as Db;
    await d.execute(sql`SELECT 1 FROM organisations WHERE id = ${org.id} FOR UPDATE`);
    if (role === 'editor' && (await ownersBesides(d, org.id, userId)) === 0) return 'last_owner';
    const changed = await d
      .update(organisationMembers)
      .set({ role })
      .where(
        and(eq(organisationMembers.organisationId, org.id), eq(organisationMembers.userId, userId)),
      )
      .returning({ userId: organisationMembers.userId });
    if (changed.length === 0) return 'not_found';
    await auditOrg(d, viewer.id, 'org.role_changed', org, ip, { role });
    return 'done';
  });
}

/** A verified professional chooses whether the organisation's page shows their profile. */
export async function setShowProfile(db: Db, viewer: Viewer, org: OrgAccess, show: boolean) {
  await db
    .update(organisationMembers)
    .set({ showProfile: show })
    .where(
      and(
        eq(organisationMembers.organisationId, org.id),
        eq(organisationMembers.userId, viewer.id),
      ),
    );
}
