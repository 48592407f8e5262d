import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groupOccurrences, groupSchedules, groups, organisations } from '../../db/schema/index.js';
import type { StoredSchedule } from '../../shared/schedule/index.js';
import type { ScheduleInput } from './model.js';

/** Everything the public group page and API show. Contacts and members-only details stay out. */
export type GroupDetail = {
  id: string;
  slug: string;
  kind: 'support' | 'therapy';
  /** False for a leader's draft (shown only to its leaders and administrators). */
  published: boolean;
  name: string;
  summary: string;
  description: string;
  topics: string[];
  audiences: string[];
  languages: string[];
  accessibility: string[];
  techniques: string[];
  mode: 'in_person' | 'online' | 'hybrid';
  status: 'active' | 'temporarily_closed' | 'ended';
  /** A closed group's expected reopening, as its leaders gave it (a date in its own zone). */
  reopensOn: string | null;
  policy: 'drop_in' | 'approval' | 'application';
  venue: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  locationApproximate: boolean;
  locationNotes: string | null;
  onlineVisibility: 'public' | 'members';
  /** Only present when the link is public. */
  onlineUrl: string | null;
  onlinePhone: string | null;
  onlineNotes: string | null;
  regions: string[];
  leaders: { displayName: string; role: 'peer' | 'professional'; credentials?: string }[];
  capacity: number | null;
  seatsTaken: number;
  costKind: 'free' | 'donation' | 'fixed' | 'sliding_scale';
  costAmountCents: number | null;
  costMinAmountCents: number | null;
  costCurrency: string | null;
  insurance: boolean;
  therapySessions: number | null;
  therapyStartDate: string | null;
  therapyEndDate: string | null;
  screening: boolean;
  /**
   * Who lists it. `slug` and `verified` are for its page's link and badge (an organisation's
   * page exists for every name); the API publishes name and url only.
   */
  organisation: { name: string; url: string | null; slug: string; verified: boolean } | null;
  firstVisit: string | null;
  sourceName: string | null;
  updatedAt: Date;
  schedules: (StoredSchedule & { id: string; input: ScheduleInput })[];
  occurrences: { start: Date; end: Date; timezone: string }[];
};

/** The public fields of a listing: its page, the API and exports read these (never contacts). */
export const listingColumns = {
  published: groups.published,
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
  techniques: groups.techniques,
  mode: groups.mode,
  status: groups.status,
  reopensOn: groups.reopensOn,
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
  onlineVisibility: groups.onlineVisibility,
  onlineUrl: groups.onlineUrl,
  onlinePhone: groups.onlinePhone,
  leaders: groups.leaders,
  capacity: groups.capacity,
  seatsTaken: groups.seatsTaken,
  costKind: groups.costKind,
  costAmountCents: groups.costAmountCents,
  costMinAmountCents: groups.costMinAmountCents,
  costCurrency: groups.costCurrency,
  insurance: groups.insurance,
  therapySessions: groups.therapySessions,
  therapyStartDate: groups.therapyStartDate,
  therapyEndDate: groups.therapyEndDate,
  screening: groups.screening,
  firstVisit: groups.firstVisit,
  sourceName: groups.sourceName,
  regions: groups.regions,
  onlineNotes: groups.onlineNotes,
  updatedAt: groups.updatedAt,
};

export async function findGroupBySlug(
  db: Db,
  slug: string,
  options: {
    now?: Date;
    occurrenceCount?: number;
    /** Members-only links and phones (the caller checked canSeePrivateDetails). */
    privateDetails?: boolean;
    /** A leader's draft (the caller checks canViewGroup); otherwise drafts are not found. */
    includeUnpublished?: boolean;
  } = {},
): Promise<GroupDetail | undefined> {
  const { now = new Date(), occurrenceCount = 5 } = options;
  const [g] = await db
    .select({
      ...listingColumns,
      organisationName: organisations.name,
      organisationUrl: organisations.url,
      organisationSlug: organisations.slug,
      organisationVerifiedAt: organisations.verifiedAt,
    })
    .from(groups)
    .leftJoin(organisations, eq(organisations.id, groups.organisationId))
    .where(
      options.includeUnpublished
        ? eq(groups.slug, slug)
        : and(eq(groups.slug, slug), eq(groups.published, true)),
    )
    .limit(1);
  if (!g) return undefined;

  const schedules = await db
    .select({
      id: groupSchedules.id,
      rrule: groupSchedules.rrule,
      dtstart: groupSchedules.dtstart,
      timezone: groupSchedules.timezone,
      durationMinutes: groupSchedules.durationMinutes,
      exdates: groupSchedules.exdates,
      input: groupSchedules.input,
    })
    .from(groupSchedules)
    .where(eq(groupSchedules.groupId, g.id))
    .orderBy(asc(groupSchedules.position));

  const occurrences = await db
    .select({
      start: groupOccurrences.startsAt,
      end: groupOccurrences.endsAt,
      timezone: groupSchedules.timezone,
    })
    .from(groupOccurrences)
    .innerJoin(groupSchedules, eq(groupSchedules.id, groupOccurrences.scheduleId))
    .where(sql`${groupOccurrences.groupId} = ${g.id} AND ${groupOccurrences.endsAt} > ${now}`)
    .orderBy(asc(groupOccurrences.startsAt))
    .limit(occurrenceCount);

  const isPublic = g.onlineVisibility === 'public' || options.privateDetails === true;
  // An approximate location keeps its street address for members (a meeting in a home, say).
  const exact = !g.locationApproximate || options.privateDetails === true;
  const { organisationName, organisationUrl, organisationSlug, organisationVerifiedAt, ...rest } =
    g;
  return {
    ...rest,
    address: exact ? g.address : null,
    venue: exact ? g.venue : null,
    onlineUrl: isPublic ? g.onlineUrl : null,
    onlinePhone: isPublic ? g.onlinePhone : null,
    organisation: organisationName
      ? {
          name: organisationName,
          url: organisationUrl,
          slug: organisationSlug!,
          verified: organisationVerifiedAt !== null,
        }
      : null,
    schedules,
    occurrences,
  };
}
