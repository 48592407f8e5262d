import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groupAgreements, groupSchedules, groups, organisations } from '../../db/schema/index.js';
import type {
  AccessCode,
  AudienceCode,
  LanguageCode,
  TechniqueCode,
  TopicCode,
} from '../../shared/taxonomy/index.js';
import type { GroupInput, ScheduleInput } from '../directory/model.js';
import type { GroupValues } from './form.js';

/**
 * A stored listing read back as the GroupInput it was saved from, so that every change a
 * leader makes (a status, a cancelled meeting, a new co-leader) goes through saveGroup again.
 */

const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

export type StoredGroup = {
  id: string;
  input: GroupInput;
  published: boolean;
  showMemberNames: boolean;
  agreement: { version: number; body: string } | null;
};

export async function readStoredGroup(db: Db, id: string): Promise<StoredGroup | null> {
  const [row] = await db
    .select({ g: groups, organisation: organisations })
    .from(groups)
    .leftJoin(organisations, eq(organisations.id, groups.organisationId))
    .where(eq(groups.id, id));
  if (!row) return null;
  const g = row.g;
  const schedules = await db
    .select({ input: groupSchedules.input })
    .from(groupSchedules)
    .where(eq(groupSchedules.groupId, id))
    .orderBy(asc(groupSchedules.position));
  const [agreement] = await db
    .select({ version: groupAgreements.version, body: groupAgreements.body })
    .from(groupAgreements)
    .where(eq(groupAgreements.groupId, id))
    .orderBy(desc(groupAgreements.version))
    .limit(1);
  const hasPlace = g.mode !== 'online';
  const input: GroupInput = {
    kind: g.kind,
    name: g.name,
    slug: g.slug,
    summary: g.summary,
    description: g.description,
    topics: g.topics as TopicCode[],
    audiences: g.audiences as AudienceCode[],
    languages: g.languages as LanguageCode[],
    mode: g.mode,
    status: g.status,
    ...(hasPlace
      ? {
          location: {
            venue: orUndefined(g.venue),
            address: orUndefined(g.address),
            postalCode: orUndefined(g.postalCode),
            city: orUndefined(g.city),
            region: orUndefined(g.region),
            country: orUndefined(g.country),
            latitude: orUndefined(g.latitude),
            longitude: orUndefined(g.longitude),
            approximate: g.locationApproximate,
            notes: orUndefined(g.locationNotes),
          },
        }
      : {}),
    ...(g.mode !== 'in_person'
      ? {
          online: {
            url: orUndefined(g.onlineUrl),
            phone: orUndefined(g.onlinePhone),
            notes: orUndefined(g.onlineNotes),
            visibility: g.onlineVisibility,
          },
        }
      : {}),
    leaders: g.leaders,
    policy: g.policy,
    capacity: orUndefined(g.capacity),
    cost: {
      kind: g.costKind,
      amountCents: orUndefined(g.costAmountCents),
      minAmountCents: orUndefined(g.costMinAmountCents),
      currency: orUndefined(g.costCurrency),
      insurance: g.insurance,
    },
    accessibility: g.accessibility as AccessCode[],
    ...(g.kind === 'therapy'
      ? {
          therapy: {
            techniques: g.techniques as TechniqueCode[],
            sessions: orUndefined(g.therapySessions),
            startDate: orUndefined(g.therapyStartDate),
            endDate: orUndefined(g.therapyEndDate),
            screening: g.screening,
          },
        }
      : {}),
    ...(row.organisation
      ? { organisation: { name: row.organisation.name, url: orUndefined(row.organisation.url) } }
      : {}),
    firstVisit: orUndefined(g.firstVisit),
    ...(g.regions.length > 0 ? { regions: g.regions } : {}),
    // Where an imported listing came from, and its private contacts: a save through a form must
    // keep them, or the next import would no longer find the listing (and add a copy).
    ...(g.sourceName && g.sourceId
      ? { source: { name: g.sourceName, externalId: g.sourceId } }
      : {}),
    ...(g.sourceUpdatedAt ? { sourceUpdatedAt: g.sourceUpdatedAt.toISOString() } : {}),
    ...(g.contacts.length > 0 ? { contacts: g.contacts } : {}),
    schedules: schedules.map((s) => s.input),
  };
  return {
    id,
    input,
    published: g.published,
    showMemberNames: g.showMemberNames,
    agreement: agreement ?? null,
  };
}

const cents = (n: number | undefined) =>
  n === undefined ? '' : n % 100 === 0 ? String(n / 100) : (n / 100).toFixed(2);
const str = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The edit form's values for a stored group (its first schedule is the builder's). */
export function valuesOfStored(s: StoredGroup): GroupValues {
  const i = s.input;
  const sched: ScheduleInput | undefined = i.schedules[0];
  return {
    name: i.name,
    summary: i.summary,
    description: i.description ?? '',
    topics: i.topics,
    audiences: i.audiences,
    languages: i.languages,
    mode: i.mode,
    venue: i.location?.venue ?? '',
    address: i.location?.address ?? '',
    postalCode: i.location?.postalCode ?? '',
    city: i.location?.city ?? '',
    region: i.location?.region ?? '',
    country: i.location?.country ?? '',
    approximate: i.location?.approximate ?? false,
    locationNotes: i.location?.notes ?? '',
    onlineUrl: i.online?.url ?? '',
    onlinePhone: i.online?.phone ?? '',
    onlineNotes: i.online?.notes ?? '',
    onlineVisibility: i.online?.visibility ?? 'members',
    policy: i.policy,
    capacity: str(i.capacity),
    costKind: i.cost.kind,
    costAmount: cents(i.cost.amountCents),
    costMinAmount: cents(i.cost.minAmountCents),
    costCurrency: i.cost.currency ?? '',
    insurance: i.cost.insurance ?? false,
    accessibility: i.accessibility,
    techniques: i.therapy?.techniques ?? [],
    sessions: str(i.therapy?.sessions),
    therapyStartDate: i.therapy?.startDate ?? '',
    therapyEndDate: i.therapy?.endDate ?? '',
    screening: i.therapy?.screening ?? false,
    organisation: i.organisation?.name ?? '',
    organisationUrl: i.organisation?.url ?? '',
    firstVisit: i.firstVisit ?? '',
    agreement: s.agreement?.body ?? '',
    showMemberNames: s.showMemberNames,
    scheduleKind: sched?.kind === 'monthly_date' ? 'monthly_nth' : (sched?.kind ?? 'weekly'),
    days: (sched?.days ?? []).map(String),
    interval: str(sched?.interval),
    nth: str(sched?.nth),
    weekday: str(sched?.weekday),
    count: str(sched?.count),
    startDate: sched?.startDate ?? '',
    endDate: sched?.endDate ?? '',
    startTime: sched?.startTime ?? '',
    duration: str(sched?.durationMinutes),
    timezone: sched?.timezone ?? '',
  };
}
