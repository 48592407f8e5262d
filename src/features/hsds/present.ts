import { accessLabel, audienceLabel, languageLabel } from '../../shared/taxonomy/index.js';
import { partId } from './ids.js';
import type { Listing, Organisation } from './query.js';
import { toHsdsSchedule } from './schedules.js';
import { isoLanguage, type TaxonomyKey, taxonomyTerm } from './vocabulary.js';

/**
 * Listings as HSDS 3.0 objects. Fields are named one by one (never a row spread), so nothing
 * private can slip in: no contacts, no members, no members-only link. What HSDS has no field
 * for travels in a documented extension object, `gatherwell` (HSDS allows extra properties;
 * docs/open-data.md lists them), so our own export imports back without loss.
 */
export type Context = { origin: string; now: Date };
type Json = Record<string, unknown>;

const withoutEmpty = (o: Json): Json =>
  Object.fromEntries(
    Object.entries(o).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length),
    ),
  );

function isWebUrl(value: string | null): value is string {
  if (!value) return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function organizationJson(org: Organisation, ctx: Context): Json {
  return withoutEmpty({
    id: org.id,
    name: org.name,
    // Required by HSDS; an organisation known only by name has said nothing of itself yet.
    description: org.description || `${org.name} publishes groups on Gatherwell.`,
    website: isWebUrl(org.url) ? org.url : undefined,
    uri: `${ctx.origin}/orgs/${encodeURIComponent(org.slug)}`,
  });
}

const money = (cents: number, currency: string | null) =>
  `${(cents / 100).toFixed(2)}${currency ? ` ${currency}` : ''}`;

function feesDescription(g: Listing): string {
  const base =
    g.costKind === 'free'
      ? 'Free.'
      : g.costKind === 'donation'
        ? 'Free to attend; donations are welcome.'
        : g.costKind === 'fixed' && g.costAmountCents != null
          ? `${money(g.costAmountCents, g.costCurrency)} per session.`
          : g.costKind === 'sliding_scale' && g.costAmountCents != null
            ? `Sliding scale, ${money(g.costMinAmountCents ?? 0, g.costCurrency)} to ${money(g.costAmountCents, g.costCurrency)} per session.`
            : 'Ask the group about cost.';
  return g.insurance ? `${base} Insurance accepted.` : base;
}

function costOptions(g: Listing): Json[] {
  const option = (role: string, amount: number | null, text: string) =>
    withoutEmpty({
      id: partId(g.id, `cost:${role}`),
      service_id: g.id,
      option: text,
      amount: amount == null ? undefined : amount / 100,
      currency: g.costCurrency ?? undefined,
    });
  switch (g.costKind) {
    case 'free':
      return [option('free', 0, 'Free')];
    case 'donation':
      return [option('donation', null, 'Donation, as you can')];
    case 'fixed':
      return [option('fixed', g.costAmountCents, 'Per session')];
    case 'sliding_scale':
      return [
        option('lowest', g.costMinAmountCents, 'Per session, lowest on the sliding scale'),
        option('highest', g.costAmountCents, 'Per session, highest on the sliding scale'),
      ];
    default:
      return [];
  }
}

function attributes(g: Listing): Json[] {
  const terms: [TaxonomyKey, string][] = [
    ['group_kind', g.kind],
    ['joining', g.policy ?? 'drop_in'],
    ['cost', g.costKind ?? 'free'],
    ...(g.insurance ? [['cost', 'insurance'] as [TaxonomyKey, string]] : []),
    ...(g.topics ?? []).map((c): [TaxonomyKey, string] => ['topics', c]),
    ...(g.audiences ?? []).map((c): [TaxonomyKey, string] => ['audiences', c]),
    ...(g.accessibility ?? []).map((c): [TaxonomyKey, string] => ['accessibility', c]),
    ...(g.techniques ?? []).map((c): [TaxonomyKey, string] => ['techniques', c]),
  ];
  return terms.map(([key, code]) => {
    const term = taxonomyTerm(key, code);
    return {
      id: partId(g.id, `attribute:${key}:${code}`),
      link_id: g.id,
      link_type: key,
      link_entity: 'service',
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    };
  });
}

const attendingType = (g: Listing) =>
  g.mode === 'online' ? 'Online' : g.mode === 'hybrid' ? 'In person or online' : 'In person';

const publicLink = (g: Listing) => g.onlineVisibility === 'public';

function physicalLocation(g: Listing): Json | undefined {
  if (g.mode === 'online' || (!g.city && g.latitude == null)) return undefined;
  const id = partId(g.id, 'location:physical');
  // An approximate place keeps its venue and street for members only, as on the group page.
  const exact = !g.locationApproximate;
  const notes = [
    g.locationNotes,
    g.locationApproximate
      ? 'The map point is approximate (the town or neighbourhood); members are given the exact address.'
      : undefined,
  ].filter(Boolean);
  return withoutEmpty({
    id,
    location_type: 'physical',
    name: (exact && g.venue) || g.city || 'Meeting place',
    description: notes.join(' '),
    latitude: g.latitude ?? undefined,
    longitude: g.longitude ?? undefined,
    addresses:
      g.city && g.country
        ? [
            {
              id: partId(g.id, 'address:physical'),
              location_id: id,
              // HSDS requires these fields; an empty one is a part we do not publish or know.
              address_1: (exact && g.address) || '',
              city: g.city,
              state_province: g.region ?? '',
              postal_code: g.postalCode ?? '',
              country: g.country,
              address_type: 'physical',
            },
          ]
        : undefined,
    accessibility: (g.accessibility ?? []).map((code) => ({
      id: partId(g.id, `accessibility:${code}`),
      location_id: id,
      description: accessLabel(code, 'en'),
    })),
  });
}

function virtualLocation(g: Listing): Json | undefined {
  if (g.mode === 'in_person') return undefined;
  const shown = publicLink(g);
  return withoutEmpty({
    id: partId(g.id, 'location:virtual'),
    location_type: 'virtual',
    name: 'Online',
    url: shown && isWebUrl(g.onlineUrl) ? g.onlineUrl : undefined,
    // Notes can hold a passcode: they go out only with a public link.
    description: shown ? g.onlineNotes : 'The link is given to members of the group.',
  });
}

function serviceAtLocation(g: Listing, location: Json, withService?: Json): Json {
  const virtual = location.location_type === 'virtual';
  const phone = virtual && publicLink(g) && g.onlinePhone;
  return withoutEmpty({
    id: partId(g.id, virtual ? 'service_at_location:virtual' : 'service_at_location:physical'),
    service_id: g.id,
    location_id: location.id,
    description: virtual ? 'Meets online' : 'Meets in person',
    phones: phone
      ? [
          {
            id: partId(g.id, 'phone:dial-in'),
            number: phone,
            description: 'Dial in to the online meeting',
          },
        ]
      : undefined,
    location,
    service: withService,
  });
}

export function serviceAtLocations(g: Listing, withService?: Json): Json[] {
  return [physicalLocation(g), virtualLocation(g)]
    .filter((l): l is Json => l !== undefined)
    .map((l) => serviceAtLocation(g, l, withService));
}

/** The one-to-one fields of a service (HSDS compiled/service_list.json) and its organisation. */
export function serviceBrief(g: Listing, ctx: Context): Json {
  return withoutEmpty({
    id: g.id,
    organization_id: g.organisation?.id,
    name: g.name,
    description: g.description,
    url: `${ctx.origin}/groups/${encodeURIComponent(g.slug)}`,
    status: g.status === 'temporarily_closed' ? 'temporarily closed' : 'active',
    application_process:
      g.policy === 'drop_in'
        ? 'Drop in: come to a meeting, no need to ask first.'
        : g.policy === 'approval'
          ? "Ask to join on the group's page; the leaders approve each new member."
          : "Apply on the group's page; the leaders screen each applicant before they join.",
    fees_description: feesDescription(g),
    eligibility_description: g.audiences?.length
      ? `For ${g.audiences.map((a) => audienceLabel(a, 'en')).join(', ')}.`
      : undefined,
    last_modified: g.updatedAt?.toISOString(),
    organization: g.organisation ? organizationJson(g.organisation, ctx) : undefined,
  });
}

/** What HSDS has no field for; documented in docs/open-data.md ("The gatherwell extension"). */
function extension(g: Listing): Json {
  return withoutEmpty({
    slug: g.slug,
    summary: g.summary,
    mode: g.mode,
    first_visit: g.firstVisit,
    location_approximate: g.locationApproximate || undefined,
    online_visibility: g.mode === 'in_person' ? undefined : g.onlineVisibility,
    therapy:
      g.kind === 'therapy'
        ? withoutEmpty({
            sessions: g.therapySessions,
            start_date: g.therapyStartDate,
            end_date: g.therapyEndDate,
            screening: g.screening,
          })
        : undefined,
  });
}

/** Seats, in HSDS 3.1's service_capacity shape, only where the group page shows them. */
function serviceCapacity(g: Listing): Json[] | undefined {
  if (g.kind !== 'therapy' || g.capacity == null) return undefined;
  return [
    {
      id: partId(g.id, 'capacity:seats'),
      service_id: g.id,
      unit: { id: partId(g.id, 'unit:seat'), name: 'Seat' },
      available: Math.max(0, g.capacity - (g.seatsTaken ?? 0)),
      maximum: g.capacity,
      description: 'Seats in the group',
      updated: g.updatedAt?.toISOString(),
    },
  ];
}

/** A fully nested service (HSDS compiled/service.json). */
export function serviceFull(g: Listing, ctx: Context): Json {
  return withoutEmpty({
    ...serviceBrief(g, ctx),
    schedules: g.schedules.map((s, n) =>
      toHsdsSchedule(s, {
        id: partId(g.id, `schedule:${n}`),
        serviceId: g.id,
        attendingType: attendingType(g),
        now: ctx.now,
      }),
    ),
    service_areas: (g.regions ?? []).map((name, n) => ({
      id: partId(g.id, `service_area:${n}`),
      service_id: g.id,
      name,
    })),
    service_at_locations: serviceAtLocations(g),
    languages: (g.languages ?? []).map((code) => ({
      id: partId(g.id, `language:${code}`),
      service_id: g.id,
      name: languageLabel(code, 'en'),
      code: isoLanguage(code),
    })),
    cost_options: costOptions(g),
    attributes: attributes(g),
    service_capacity: serviceCapacity(g),
    gatherwell: extension(g),
  });
}
