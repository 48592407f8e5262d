import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import {
  groups,
  organisationClaims,
  organisationInvites,
  organisationMembers,
  organisationPublicContacts,
  organisations,
} from '../../db/schema/index.js';
import { audit } from '../accounts/audit.js';
import type { Viewer } from '../accounts/viewer.js';
import { saveGroup } from '../directory/commands.js';
import type { ContactInput } from '../directory/model.js';
import { readStoredGroup } from '../leading/group-input.js';
import type { OrgAccess } from './access.js';
import type { OrgDetails } from './form.js';

/**
 * What people do with organisation accounts. Each command checks what its guard cannot (the last
 * owner stays, a group added is one the person leads) and is audited with codes only.
 */

const INVITE_DAYS = 7;
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

type Ip = string | null;
const auditOrg = (
  db: Db,
  actorId: string,
  action: Parameters<typeof audit>[1]['action'],
  org: { id: string },
  ip: Ip,
  details?: Record<string, string | number | boolean | null>,
) => audit(db, { action, actorId, targetType: 'organisation', targetId: org.id, ip, details });

/** An organisation that has this name already, whatever its capitals: one name, one account. */
export async function organisationNamed(db: Db, name: string, except?: string) {
  const [row] = await queryRows<{ id: string; slug: string; claimed: boolean }>(
    db,
    sql`SELECT id, slug, claimed_at IS NOT NULL AS claimed FROM organisations
         WHERE lower(name) = lower(${name}) ${except ? sql`AND id <> ${except}` : sql``} LIMIT 1`,
  );
  return row ?? null;
}

export type CreateOutcome =
  | { ok: true; slug: string }
  | { ok: false; taken: { slug: string; claimed: boolean } };

/** A new organisation account: the person who starts it is its first owner. */
export async function createOrganisation(
  db: Db,
  viewer: Viewer,
  details: OrgDetails,
  ip: Ip,
): Promise<CreateOutcome> {
  return db.transaction(async (tx) => {
    const d = tx as unknown as Db;
    const taken = await organisationNamed(d, details.name);
    if (taken) return { ok: false, taken };
    const [org] = await d
      .insert(organisations)
      .values({ ...details, url: details.url || null, claimedAt: new Date() })
      .returning({ id: organisations.id, slug: organisations.slug });
    await d
      .insert(organisationMembers)
      .values({ organisationId: org!.id, userId: viewer.id, role: 'owner' });
    await auditOrg(d, viewer.id, 'org.created', org!, ip, { kind: details.kind });
    return { ok: true, slug: org!.slug };
  });
}

/** Owners change the name, kind, website and description (the address /orgs/{slug} stays). */
export async function updateOrganisation(
  db: Db,
  viewer: Viewer,
  org: OrgAccess,
  details: OrgDetails,
  ip: Ip,
) {
  return db.transaction(async (tx) => {
    const d = tx as unknown as Db;
    const taken = await organisationNamed(d, details.name, org.id);
    if (taken) return { ok: false as const, taken };
    await d
      .update(organisations)
      .set({ ...details, url: details.url || null })
      .where(eq(organisations.id, org.id));
    await auditOrg(d, viewer.id, 'org.updated', org, ip);
    return { ok: true as const };
  });
}

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

/** Save a listing again with a new organisation, through the one save path (search text, hash). */
async function resave(
  db: Db,
  groupId: string,
  organisation: { id: string; name: string; url: string | null } | null,
) {
  const stored = await readStoredGroup(db, groupId);
  if (!stored) return;
  const { organisationId: _, organisation: __, ...input } = stored.input;
  await saveGroup(
    db,
    organisation
      ? {
          ...input,
          organisationId: organisation.id,
          organisation: { name: organisation.name, url: organisation.url ?? undefined },
        }
      : input,
    new Date(),
    { target: { id: groupId } },
  );
}

/**
 * A group's owner who is also an editor puts their group under the organisation. Only a group
 * they lead as owner, and not one another claimed organisation holds.
 */
export async function addGroup(db: Db, viewer: Viewer, org: OrgAccess, groupSlug: string, ip: Ip) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`SELECT g.id FROM groups g
          JOIN group_leaders gl ON gl.group_id = g.id AND gl.user_id = ${viewer.id} AND gl.role = 'owner'
          LEFT JOIN organisations o ON o.id = g.organisation_id
         WHERE g.slug = ${groupSlug} AND g.status <> 'ended' AND (o.id IS NULL OR o.claimed_at IS NULL)`,
  );
  if (!row) return false;
  await resave(db, row.id, org);
  await auditOrg(db, viewer.id, 'org.group_added', org, ip, { group: row.id });
  return true;
}

/**
 * Let a group go (it keeps its leaders and stays listed, under no organisation). Listings from a
 * source the organisation claimed stay: its feed decides those, and would bring them back.
 */
export async function releaseGroup(
  db: Db,
  viewer: Viewer,
  org: OrgAccess,
  groupSlug: string,
  ip: Ip,
) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`SELECT g.id FROM groups g
          LEFT JOIN organisation_sources s ON s.source_name = g.source_name AND s.organisation_id = g.organisation_id
         WHERE g.slug = ${groupSlug} AND g.organisation_id = ${org.id} AND s.source_name IS NULL`,
  );
  if (!row) return false;
  await db.update(groups).set({ organisationId: null }).where(eq(groups.id, row.id));
  await resave(db, row.id, null);
  await auditOrg(db, viewer.id, 'org.group_released', org, ip, { group: row.id });
  return true;
}

/** Ask an administrator to hand over an organisation that listings name and nobody runs. */
export async function requestClaim(
  db: Db,
  viewer: Viewer,
  org: OrgAccess,
  message: string,
  ip: Ip,
) {
  const [open] = await db
    .select({ id: organisationClaims.id })
    .from(organisationClaims)
    .where(
      and(
        eq(organisationClaims.organisationId, org.id),
        eq(organisationClaims.userId, viewer.id),
        isNull(organisationClaims.outcome),
      ),
    );
  if (open) return 'already';
  await db
    .insert(organisationClaims)
    .values({ organisationId: org.id, userId: viewer.id, message });
  await auditOrg(db, viewer.id, 'org.claim_requested', org, ip);
  return 'sent';
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

/** The key a published contact is remembered by: the same person in the next import matches. */
export function contactKey(contact: ContactInput): string {
  const norm = (s?: string) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return createHash('sha256')
    .update(
      JSON.stringify([
        norm(contact.name),
        norm(contact.email),
        (contact.phone ?? '').replace(/\D/g, ''),
      ]),
    )
    .digest('base64url')
    .slice(0, 32);
}

/** Publish or withdraw one of a group's imported contacts in the organisation's own feed. */
export async function setContactPublic(
  db: Db,
  viewer: Viewer,
  org: OrgAccess,
  groupId: string,
  key: string,
  published: boolean,
  ip: Ip,
) {
  if (published) {
    await db
      .insert(organisationPublicContacts)
      .values({ groupId, contactKey: key, markedBy: viewer.id })
      .onConflictDoNothing();
  } else {
    await db
      .delete(organisationPublicContacts)
      .where(
        and(
          eq(organisationPublicContacts.groupId, groupId),
          eq(organisationPublicContacts.contactKey, key),
        ),
      );
  }
  await auditOrg(
    db,
    viewer.id,
    published ? 'org.contact_published' : 'org.contact_unpublished',
    org,
    ip,
    { group: groupId },
  );
}
