import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groupSchedules, groups, organisations } from '../../db/schema/index.js';
import type { GroupInput } from './model.js';

/**
 * Listings back in the input shape, for exports (Meeting Guide, later HSDS). Only public
 * fields: contacts stay private, and members-only links are dropped here, at the source.
 */
export async function loadSupportGroupsForExport(
  db: Db,
): Promise<(GroupInput & { updatedAt: Date })[]> {
  const rows = await db
    .select({
      g: {
        id: groups.id,
        slug: groups.slug,
        kind: groups.kind,
        name: groups.name,
        summary: groups.summary,
        description: groups.description,
        topics: groups.topics,
        audiences: groups.audiences,
        languages: groups.languages,
        accessibility: groups.accessibility,
        mode: groups.mode,
        status: groups.status,
        policy: groups.policy,
        venue: groups.venue,
        address: groups.address,
        postalCode: groups.postalCode,
        city: groups.city,
        region: groups.region,
        country: groups.country,
        latitude: groups.latitude,
        longitude: groups.longitude,
        locationApproximate: groups.locationApproximate,
        locationNotes: groups.locationNotes,
        regions: groups.regions,
        onlineUrl: groups.onlineUrl,
        onlinePhone: groups.onlinePhone,
        onlineNotes: groups.onlineNotes,
        onlineVisibility: groups.onlineVisibility,
        costKind: groups.costKind,
        firstVisit: groups.firstVisit,
        updatedAt: groups.updatedAt,
      },
      organisation: organisations.name,
      organisationUrl: organisations.url,
    })
    .from(groups)
    .leftJoin(organisations, eq(organisations.id, groups.organisationId))
    .where(and(eq(groups.kind, 'support'), ne(groups.status, 'ended')))
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
              venue: g.venue ?? undefined,
              address: g.address ?? undefined,
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
