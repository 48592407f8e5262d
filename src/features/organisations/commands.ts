import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import {
  groups,
  organisationMembers,
  organisationPublicContacts,
  organisations,
} from '../../db/schema/index.js';
import type { Viewer } from '../accounts/viewer.js';
import { saveGroup } from '../directory/commands.js';
import type { ContactInput } from '../directory/model.js';
import { readStoredGroup } from '../leading/group-input.js';
import type { OrgAccess } from './access.js';
import { auditOrg, type Ip } from './audit.js';
import type { OrgDetails } from './form.js';

/**
 * What owners and editors do with an organisation account and its groups: create it, change its
 * details, add and release groups, publish contacts. Each command checks what its guard cannot
 * (a group added is one the person leads) and is audited with codes only. People are in
 * people.ts; claims and verification in claims.ts.
 */

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
  // Contacts it published are its own choice: they do not follow the group elsewhere.
  await db.delete(organisationPublicContacts).where(eq(organisationPublicContacts.groupId, row.id));
  await db.update(groups).set({ organisationId: null }).where(eq(groups.id, row.id));
  await resave(db, row.id, null);
  await auditOrg(db, viewer.id, 'org.group_released', org, ip, { group: row.id });
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
