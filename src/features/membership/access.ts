import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  groupAgreements,
  groupLeaders,
  groups,
  type MembershipStatus,
  memberships,
  organisationMembers,
} from '../../db/schema/index.js';
import type { Viewer } from '../accounts/viewer.js';

/**
 * Everything the group policies need to know about one viewer and one group, read in one place
 * so that every route asks the same questions the same way.
 */
export type GroupAccess = {
  groupId: string;
  slug: string;
  name: string;
  kind: 'support' | 'therapy';
  mode: 'in_person' | 'online' | 'hybrid';
  policy: 'drop_in' | 'approval' | 'application';
  status: 'active' | 'temporarily_closed' | 'ended';
  published: boolean;
  showMemberNames: boolean;
  capacity: number | null;
  /** The viewer's place among the leaders, if any. */
  leaderRole: 'owner' | 'co_leader' | null;
  /** The viewer's own standing in the group, if they ever asked to join. */
  membership: {
    id: string;
    status: MembershipStatus;
    agreementVersion: number | null;
    offerExpiresAt: Date | null;
  } | null;
  /** The agreement in force (null when the group has none yet). */
  agreementVersion: number | null;
  /**
   * The viewer's role in the organisation account that owns the group, if any, when the group
   * has no leaders of its own (a listing from the organisation's feed or imports): it reaches the
   * listing only, never the group's people. A group with leaders stays theirs to edit, whoever
   * lists it (docs/organisations.md).
   */
  orgRole: 'owner' | 'editor' | null;
};

export async function loadGroupAccess(
  db: Db,
  where: { slug: string } | { id: string },
  viewer: Viewer | null,
): Promise<GroupAccess | null> {
  const [group] = await db
    .select({
      groupId: groups.id,
      slug: groups.slug,
      name: groups.name,
      kind: groups.kind,
      mode: groups.mode,
      policy: groups.policy,
      status: groups.status,
      published: groups.published,
      showMemberNames: groups.showMemberNames,
      capacity: groups.capacity,
    })
    .from(groups)
    .where('slug' in where ? eq(groups.slug, where.slug) : eq(groups.id, where.id))
    .limit(1);
  if (!group) return null;
  const [agreement] = await db
    .select({ version: groupAgreements.version })
    .from(groupAgreements)
    .where(eq(groupAgreements.groupId, group.groupId))
    .orderBy(desc(groupAgreements.version))
    .limit(1);
  let leaderRole: GroupAccess['leaderRole'] = null;
  let membership: GroupAccess['membership'] = null;
  let orgRole: GroupAccess['orgRole'] = null;
  if (viewer) {
    const [org] = await db
      .select({ role: organisationMembers.role })
      .from(organisationMembers)
      .innerJoin(groups, eq(groups.organisationId, organisationMembers.organisationId))
      .where(
        and(
          eq(groups.id, group.groupId),
          eq(organisationMembers.userId, viewer.id),
          sql`NOT EXISTS (SELECT 1 FROM group_leaders gl WHERE gl.group_id = ${groups.id})`,
        ),
      );
    orgRole = org?.role ?? null;
    const [leader] = await db
      .select({ role: groupLeaders.role })
      .from(groupLeaders)
      .where(and(eq(groupLeaders.groupId, group.groupId), eq(groupLeaders.userId, viewer.id)));
    leaderRole = leader?.role ?? null;
    const [row] = await db
      .select({
        id: memberships.id,
        status: memberships.status,
        agreementVersion: memberships.agreementVersion,
        offerExpiresAt: memberships.offerExpiresAt,
      })
      .from(memberships)
      .where(and(eq(memberships.groupId, group.groupId), eq(memberships.userId, viewer.id)));
    membership = row ?? null;
  }
  return {
    ...group,
    leaderRole,
    membership,
    orgRole,
    agreementVersion: agreement?.version ?? null,
  };
}
