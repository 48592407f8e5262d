import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groupSchedules, groups, organisations } from '../../db/schema/index.js';
import { listingColumns } from './group-query.js';
import type { GroupInput } from './model.js';

/**
 * Listings back in the input shape, for exports (Meeting Guide, later HSDS). Only public
 * fields: contacts stay private, and members-only links are dropped here, at the source.
 */
export async function loadSupportGroupsForExport(
  db: Db,
  only: { organisationId?: string } = {},
): Promise<(GroupInput & { id: string; updatedAt: Date })[]> {
  const rows = await db
    .select({
      g: listingColumns,
      organisation: organisations.name,
      organisationUrl: organisations.url,
    })
    .from(groups)
    .leftJoin(organisations, eq(organisations.id, groups.organisationId))
    .where(
      and(
        eq(groups.kind, 'support'),
        eq(groups.published, true),
        ne(groups.status, 'ended'),
        only.organisationId ? eq(groups.organisationId, only.organisationId) : undefined,
      ),
    )
    .orderBy(asc(groups.slug));
  if (rows.length === 0) return [];
  const schedules = await db
    .select({ groupId: groupSchedules.groupId, input: groupSchedules.input })
    .from(groupSchedules)
    .where(
      inArray(
        groupSchedules.groupId,
        rows.map((r) => r.g.id),
      ),
    )
    .orderBy(asc(groupSchedules.position));
  const byGroup = new Map<string, GroupInput['schedules']>();
  for (const s of schedules) byGroup.set(s.groupId, [...(byGroup.get(s.groupId) ?? []), s.input]);

  return rows.map(({ g, organisation, organisationUrl }) => {
    const publicLink = g.onlineVisibility === 'public';
    return {
      id: g.id,
      kind: g.kind,
      slug: g.slug,
      name: g.name,
      summary: g.summary,
      description: g.description,
      topics: g.topics as GroupInput['topics'],
      audiences: g.audiences as GroupInput['audiences'],
      languages: g.languages as GroupInput['languages'],
      accessibility: g.accessibility as GroupInput['accessibility'],
      mode: g.mode,
      status: g.status,
      policy: g.policy,
      location:
        g.mode === 'online'
          ? undefined
          : {
              // An approximate place keeps its venue and street address for members only.
              venue: g.locationApproximate ? undefined : (g.venue ?? undefined),
              address: g.locationApproximate ? undefined : (g.address ?? undefined),
              postalCode: g.postalCode ?? undefined,
              city: g.city ?? undefined,
              region: g.region ?? undefined,
              country: g.country ?? undefined,
              latitude: g.latitude ?? undefined,
              longitude: g.longitude ?? undefined,
              approximate: g.locationApproximate,
              notes: g.locationNotes ?? undefined,
            },
      online:
        g.mode === 'in_person'
          ? undefined
          : {
              url: publicLink ? (g.onlineUrl ?? undefined) : undefined,
              phone: publicLink ? (g.onlinePhone ?? undefined) : undefined,
              notes: g.onlineNotes ?? undefined,
              visibility: g.onlineVisibility,
            },
      regions: g.regions,
      leaders: [],
      cost: { kind: g.costKind },
      organisation: organisation
        ? { name: organisation, url: organisationUrl ?? undefined }
        : undefined,
      firstVisit: g.firstVisit ?? undefined,
      schedules: byGroup.get(g.id) ?? [],
      updatedAt: g.updatedAt,
    };
  });
}
