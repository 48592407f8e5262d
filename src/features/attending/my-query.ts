import { and, asc, desc, eq, gt, inArray, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  groupAgreements,
  groupLeaders,
  groupOccurrences,
  groupSchedules,
  groups,
  type MembershipStatus,
  memberships,
  rsvps,
} from '../../db/schema/index.js';
import { groupLinks } from '../membership/queries.js';

const DAY = 86_400_000;
/** How far ahead "my next meetings" looks. */
export const MY_MEETINGS_DAYS = 14;

export type MyGroup = {
  slug: string;
  name: string;
  status: MembershipStatus;
  offerExpiresAt: Date | null;
  decisionNote: string | null;
  /** Groups a decline suggested, by slug and name (only those that still exist). */
  referrals: { slug: string; name: string }[];
  /** The member has not yet accepted the group's latest agreement. */
  agreementPending: boolean;
};

export type MyMeeting = {
  slug: string;
  name: string;
  start: Date;
  end: Date;
  zone: string;
  /** Members answer; leaders see their meetings without the control. */
  canRsvp: boolean;
  going: boolean | null;
};

/**
 * What My Gatherwell shows one person: their groups and standing in each (not groups they left
 * or were removed from), the groups they lead, and their meetings in the next 14 days with their
 * answers. Everything is the person's own: nothing here names another member.
 */
export async function myGatherwell(db: Db, userId: string, now: Date = new Date()) {
  const rows = await db
    .select({
      groupId: groups.id,
      slug: groups.slug,
      name: groups.name,
      status: memberships.status,
      offerExpiresAt: memberships.offerExpiresAt,
      decisionNote: memberships.decisionNote,
      referrals: memberships.referrals,
      agreementVersion: memberships.agreementVersion,
      latestAgreement: sql<number | null>`(SELECT max(${groupAgreements.version})
        FROM ${groupAgreements} WHERE ${groupAgreements.groupId} = ${groups.id})`,
    })
    .from(memberships)
    .innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(and(eq(memberships.userId, userId), notInArray(memberships.status, ['left', 'removed'])))
    .orderBy(desc(memberships.updatedAt));
  const referralSlugs = [...new Set(rows.flatMap((r) => r.referrals))];
  // Suggestions that still lead somewhere: published groups that have not ended.
  const referred = await groupLinks(db, referralSlugs);
  const nameOf = new Map(referred.map((g) => [g.slug, g.name]));
  const mine: MyGroup[] = rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    status: r.status,
    offerExpiresAt: r.offerExpiresAt,
    decisionNote: r.decisionNote,
    referrals:
      r.status === 'declined'
        ? r.referrals.flatMap((slug) => {
            const name = nameOf.get(slug);
            return name ? [{ slug, name }] : [];
          })
        : [],
    agreementPending:
      r.status === 'member' &&
      r.latestAgreement !== null &&
      (r.agreementVersion ?? 0) < r.latestAgreement,
  }));

  const led = await db
    .select({ groupId: groups.id, slug: groups.slug, name: groups.name })
    .from(groupLeaders)
    .innerJoin(groups, eq(groups.id, groupLeaders.groupId))
    .where(eq(groupLeaders.userId, userId))
    .orderBy(asc(groups.name));

  const memberOf = rows.filter((r) => r.status === 'member').map((r) => r.groupId);
  const ledIds = led.map((g) => g.groupId);
  const ids = [...new Set([...memberOf, ...ledIds])];
  const meetings: MyMeeting[] = [];
  if (ids.length > 0) {
    const upcoming = await db
      .select({
        groupId: groups.id,
        slug: groups.slug,
        name: groups.name,
        start: groupOccurrences.startsAt,
        end: groupOccurrences.endsAt,
        zone: groupSchedules.timezone,
        going: rsvps.going,
      })
      .from(groupOccurrences)
      .innerJoin(groups, eq(groups.id, groupOccurrences.groupId))
      .innerJoin(groupSchedules, eq(groupSchedules.id, groupOccurrences.scheduleId))
      .leftJoin(
        rsvps,
        and(
          eq(rsvps.groupId, groupOccurrences.groupId),
          eq(rsvps.startsAt, groupOccurrences.startsAt),
          eq(rsvps.userId, userId),
        ),
      )
      .where(
        and(
          inArray(groupOccurrences.groupId, ids),
          gt(groupOccurrences.startsAt, now),
          lt(groupOccurrences.startsAt, new Date(now.getTime() + MY_MEETINGS_DAYS * DAY)),
          // A closed group's dates are not happening, whatever its schedule says.
          eq(groups.status, 'active'),
          sql`NOT EXISTS (SELECT 1 FROM meeting_changes c WHERE c.group_id = ${groupOccurrences.groupId}
                          AND c.original_starts_at = ${groupOccurrences.startsAt})`,
        ),
      )
      .orderBy(asc(groupOccurrences.startsAt), asc(groups.name))
      .limit(100);
    const members = new Set(memberOf);
    for (const m of upcoming) {
      meetings.push({
        slug: m.slug,
        name: m.name,
        start: m.start,
        end: m.end,
        zone: m.zone,
        canRsvp: members.has(m.groupId),
        going: m.going,
      });
    }
  }
  return { groups: mine, led: led.map(({ slug, name }) => ({ slug, name })), meetings };
}
