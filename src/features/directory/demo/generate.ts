/**
 * The demo directory: a few hundred invented but plausible support and therapy groups across
 * US, Canadian and UK cities and online. Deterministic: a fixed seed and `today` (used only to
 * place start dates) always give the same groups.
 */

import type { Mode, Status, TopicCode } from '../../../shared/taxonomy/index.js';
import type { GroupInput, LocationInput } from '../model.js';
import { DEMO_CITIES, type DemoCity, ONLINE_ZONES, slugify } from './cities.js';
import { type Context, supportParts, therapyParts } from './parts.js';
import { organisationName } from './people.js';
import {
  cityInZone,
  languageLabel,
  onlineDetails,
  pickAccessibility,
  pickLanguages,
  venueLocation,
} from './places.js';
import { createRng, deal, dealCovering, type Rng, seedFor } from './random.js';
import { isCalendarDate, type SupportScheduleKind } from './schedule.js';
import { FIRST_VISIT, SPANISH, type TherapyTemplate } from './templates.js';
import { spanishDescription, spanishName } from './text.js';
import { THERAPY_TEMPLATES } from './therapy-templates.js';

const SEED = 0x6a7e_11ed;
export const DEFAULT_DEMO_COUNT = 320;

export type DemoOptions = { today: string; count?: number };

/** How many support groups of each topic, relative to each other. */
const SUPPORT_TOPIC_WEIGHTS: [TopicCode, number][] = [
  ['grief', 10],
  ['addiction', 7],
  ['alcohol', 7],
  ['anxiety', 8],
  ['depression', 8],
  ['caregivers', 6],
  ['dementia', 6],
  ['cancer', 6],
  ['chronic_illness', 4],
  ['chronic_pain', 5],
  ['family_addiction', 5],
  ['drugs', 4],
  ['bipolar', 4],
  ['trauma', 5],
  ['eating_disorders', 3],
  ['ocd', 3],
  ['postpartum', 5],
  ['divorce', 4],
  ['lgbtq', 5],
  ['veterans', 4],
  ['young_adults', 4],
  ['seniors', 4],
  ['suicide_loss', 3],
];

const THERAPY_WEIGHTS: Record<string, number> = {
  anxiety: 10,
  depression: 9,
  trauma: 8,
  young_adults: 5,
  addiction: 5,
  bipolar: 4,
  eating_disorders: 4,
  ocd: 4,
  chronic_pain: 4,
  grief: 4,
  alcohol: 4,
  postpartum: 4,
  lgbtq: 4,
};

const SUPPORT_SCHEDULES: [SupportScheduleKind, number][] = [
  ['weekly', 57],
  ['twice_weekly', 9],
  ['fortnightly', 15],
  ['monthly_nth', 9],
  ['monthly_date', 3],
  ['once', 4],
];

type Plan = {
  kind: 'support' | 'therapy';
  mode: Mode;
  status: Status;
  city?: DemoCity;
  zone?: (typeof ONLINE_ZONES)[number];
  topic?: TopicCode;
  therapy?: TherapyTemplate;
  scheduleKind?: SupportScheduleKind;
  cohort?: boolean;
};

/** Deals kinds, modes, statuses, places, topics and schedule kinds in their intended shares. */
function makePlans(count: number): Plan[] {
  const rng = createRng(SEED);
  const kinds = deal(rng, count, [
    ['support', 7],
    ['therapy', 3],
  ] as const);
  const modes = deal<Mode>(rng, count, [
    ['in_person', 65],
    ['online', 25],
    ['hybrid', 10],
  ]);
  const statuses = deal<Status>(rng, count, [
    ['active', 156],
    ['temporarily_closed', 3],
    ['ended', 1],
  ]);
  const plans: Plan[] = kinds.map((kind, i) => ({
    kind,
    mode: modes[i] ?? 'in_person',
    status: statuses[i] ?? 'active',
  }));
  const located = plans.filter((plan) => plan.mode !== 'online');
  const cities = dealCovering(
    rng,
    located.length,
    DEMO_CITIES.map((city) => [city, city.weight] as const),
  );
  located.forEach((plan, i) => {
    plan.city = cities[i];
  });
  const online = plans.filter((plan) => plan.mode === 'online');
  const zones = dealCovering(
    rng,
    online.length,
    ONLINE_ZONES.map((zone) => [zone, zone.weight] as const),
  );
  online.forEach((plan, i) => {
    plan.zone = zones[i];
  });
  const support = plans.filter((plan) => plan.kind === 'support');
  const topics = dealCovering(rng, support.length, SUPPORT_TOPIC_WEIGHTS);
  const schedules = deal(rng, support.length, SUPPORT_SCHEDULES);
  support.forEach((plan, i) => {
    plan.topic = topics[i];
    plan.scheduleKind = schedules[i];
  });
  const therapy = plans.filter((plan) => plan.kind === 'therapy');
  const templates = dealCovering(
    rng,
    therapy.length,
    THERAPY_TEMPLATES.map((t) => [t, THERAPY_WEIGHTS[t.topic] ?? 3] as const),
  );
  const cohorts = deal(rng, therapy.length, [
    [true, 7],
    [false, 3],
  ] as const);
  therapy.forEach((plan, i) => {
    plan.therapy = templates[i];
    plan.cohort = cohorts[i];
  });
  return plans;
}

export function generateDemoGroups(options: DemoOptions): GroupInput[] {
  const { today, count = DEFAULT_DEMO_COUNT } = options;
  if (!isCalendarDate(today)) {
    throw new RangeError(`today must be a YYYY-MM-DD date, got "${today}"`);
  }
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a whole number, got ${count}`);
  }
  const names = new Set<string>();
  return makePlans(count).map((plan, index) =>
    buildGroup(plan, index, today, createRng(seedFor(SEED, index)), names),
  );
}

/** "Sunday Evening Grief Circle" in Chicago, number 27: sunday-evening-grief-circle-chicago-r. */
function slugFor(name: string, place: string, index: number): string {
  let base = slugify(name);
  if (base.length > 48) base = base.slice(0, 48).replace(/-[a-z0-9]*$/, '');
  return `${base || 'group'}-${place}-${(index + 1).toString(36)}`;
}

function buildGroup(
  plan: Plan,
  index: number,
  today: string,
  rng: Rng,
  names: Set<string>,
): GroupInput {
  const { kind, mode } = plan;
  const city =
    plan.city ?? (plan.zone && rng.chance(0.5) ? cityInZone(rng, plan.zone.timezone) : undefined);
  const country = plan.city?.country ?? plan.zone?.country ?? 'US';
  const timezone = plan.city?.timezone ?? plan.zone?.timezone ?? 'America/New_York';
  const languages = pickLanguages(rng, country, city);
  const place = city?.id ?? 'online';
  // Decided first because they make a support group ask people to get in touch before coming.
  const approximate = mode !== 'online' && rng.chance(kind === 'support' ? 0.13 : 0.03);
  const members = mode !== 'in_person' && rng.chance(kind === 'therapy' ? 0.9 : 0.3);
  const ctx: Context = {
    today,
    timezone,
    country,
    languages,
    online: mode === 'online',
    city,
    approval: approximate || members,
    taken: (name) => names.has(`${place}|${name}`),
  };
  const group = plan.therapy
    ? therapyParts(rng, plan.therapy, plan.cohort ?? true, ctx)
    : supportParts(rng, plan.topic ?? 'grief', plan.scheduleKind ?? 'weekly', ctx);
  const [language] = languages;
  if (languages.length === 1 && language === 'es') {
    const sessions = group.therapy?.sessions;
    group.name = spanishName(rng, group.topics[0] ?? 'grief', kind === 'therapy', sessions);
    group.summary = kind === 'therapy' ? SPANISH.therapySummary : SPANISH.supportSummary;
    group.description = spanishDescription(kind === 'therapy');
  } else if (languages.length === 1 && language !== 'en') {
    group.name += ` (in ${languageLabel(language)})`;
  }
  names.add(`${place}|${group.name}`);
  const slug = slugFor(group.name, place, index);
  const organisation =
    kind === 'therapy' || rng.chance(0.8) ? organisationName(rng, kind, country) : undefined;
  let location: LocationInput | undefined;
  if (city && mode !== 'online') {
    location = venueLocation(rng, city, kind, organisation, approximate);
  } else if (city) {
    location = { city: city.name, region: city.region, country: city.country };
  }
  const online = mode !== 'in_person' ? onlineDetails(rng, kind, slug, members) : undefined;
  const { schedule, ...parts } = group;
  return {
    kind,
    name: parts.name,
    slug,
    summary: parts.summary,
    ...(parts.description ? { description: parts.description } : {}),
    topics: parts.topics,
    audiences: parts.audiences,
    languages,
    mode,
    status: plan.status,
    ...(location ? { location } : {}),
    ...(online ? { online } : {}),
    leaders: parts.leaders,
    policy: parts.policy,
    ...(parts.capacity ? { capacity: parts.capacity } : {}),
    cost: parts.cost,
    accessibility: pickAccessibility(rng, mode, country, parts.topics, parts.audiences, languages),
    ...(parts.therapy ? { therapy: parts.therapy } : {}),
    ...(organisation
      ? {
          organisation: { name: organisation, url: `https://${slugify(organisation)}.example.org` },
        }
      : {}),
    firstVisit: rng.pick(
      kind === 'therapy'
        ? FIRST_VISIT.therapy
        : mode === 'online'
          ? FIRST_VISIT.online
          : FIRST_VISIT.in_person,
    ),
    schedules: [schedule],
  };
}
