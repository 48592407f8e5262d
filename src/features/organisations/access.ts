import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisationMembers, organisations } from '../../db/schema/index.js';
import type { Viewer } from '../accounts/viewer.js';

export type OrgKind = 'intergroup' | 'clinic' | 'nonprofit' | 'hospital' | 'other';
export const ORG_KINDS: readonly OrgKind[] = [
  'intergroup',
  'clinic',
  'nonprofit',
  'hospital',
  'other',
];

/** One organisation and the viewer's place in it: what every organisation policy asks about. */
export type OrgAccess = {
  id: string;
  slug: string;
  name: string;
  kind: OrgKind;
  url: string | null;
  description: string;
  claimedAt: Date | null;
  verifiedAt: Date | null;
  role: 'owner' | 'editor' | null;
};

export async function loadOrgAccess(
  db: Db,
  where: { slug: string } | { id: string },
  viewer: Viewer | null,
): Promise<OrgAccess | null> {
  const [org] = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      url: organisations.url,
      description: organisations.description,
      claimedAt: organisations.claimedAt,
      verifiedAt: organisations.verifiedAt,
    })
    .from(organisations)
    .where('slug' in where ? eq(organisations.slug, where.slug) : eq(organisations.id, where.id))
    .limit(1);
  if (!org) return null;
  let role: OrgAccess['role'] = null;
  if (viewer) {
    const [member] = await db
      .select({ role: organisationMembers.role })
      .from(organisationMembers)
      .where(
        and(
          eq(organisationMembers.organisationId, org.id),
          eq(organisationMembers.userId, viewer.id),
        ),
      );
    role = member?.role ?? null;
  }
  return { ...org, role };
}
