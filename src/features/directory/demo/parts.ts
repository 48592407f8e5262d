/** The kind-specific parts of a demo group: schedule, name, text, leaders, policy and cost. */

import {
  type AudienceCode,
  type LanguageCode,
  type TechniqueCode,
  type TopicCode,
  topicLabel,
} from '../../../shared/taxonomy/index.js';
import type { CostInput, GroupInput, LeaderInput, ScheduleInput, TherapyInput } from '../model.js';
import type { DemoCity } from './cities.js';
import { CREDENTIALS, peerName, professionalName } from './people.js';
import type { Rng } from './random.js';
import { type SupportScheduleKind, supportSchedule, therapySchedule } from './schedule.js';
import { SUPPORT_TEMPLATES, type TherapyTemplate } from './templates.js';
import { type ChosenName, chooseName, supportDescription, therapyDescription } from './text.js';

export type Context = {
  today: string;
  timezone: string;
  /** Where the group is run from, for credentials and currency. */
  country: string;
  languages: LanguageCode[];
  /** Online only (not hybrid). */
  online: boolean;
  city?: DemoCity;
  /** New members must get in touch first (the address or link is only shared with members). */
  approval: boolean;
  /** Whether a name is already used in the same city. */
  taken: (name: string) => boolean;
};

export type Parts = Pick<
  GroupInput,
  | 'name'
  | 'summary'
  | 'description'
  | 'topics'
  | 'audiences'
  | 'leaders'
  | 'policy'
  | 'capacity'
  | 'cost'
  | 'therapy'
> & { schedule: ScheduleInput };

const CURRENCIES: Record<string, string> = { US: 'USD', CA: 'CAD', GB: 'GBP', AU: 'AUD' };

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function maybe<T>(rng: Rng, probability: number, items: readonly T[] | undefined): T[] {
  return items && items.length > 0 && rng.chance(probability) ? [rng.pick(items)] : [];
}

function titleCase(text: string): string {
  return text.replace(/\b([a-z])([a-z]*)/g, (word, first: string, rest: string) =>
    ['and', 'of', 'or'].includes(word) ? word : first.toUpperCase() + rest,
  );
}

function audiencesFor(
  rng: Rng,
  fixed: AudienceCode[] | undefined,
  chosen: ChosenName,
  optional: AudienceCode[] | undefined,
): AudienceCode[] {
  const extra = chosen.audiences ? chosen.audiences : maybe(rng, 0.2, optional);
  return unique([...(fixed ?? []), ...extra]);
}

function peers(rng: Rng): LeaderInput[] {
  const first = peerName(rng);
  let second = peerName(rng);
  while (second.split(' ')[0] === first.split(' ')[0]) second = peerName(rng);
  const names = rng.chance(0.4) ? [first, second] : [first];
  return names.map((displayName) => ({ displayName, role: 'peer' }));
}

function professionals(rng: Rng, country: string): LeaderInput[] {
  const credentials = CREDENTIALS[country] ?? CREDENTIALS.US ?? ['LCSW'];
  const first = professionalName(rng);
  let second = professionalName(rng);
  while (second.first === first.first) second = professionalName(rng);
  const people = rng.chance(0.45) ? [first, second] : [first];
  return people.map((person) => ({
    displayName: person.full,
    role: 'professional',
    credentials: rng.pick(credentials),
  }));
}

export function supportParts(
  rng: Rng,
  topic: TopicCode,
  scheduleKind: SupportScheduleKind,
  ctx: Context,
): Parts {
  const template = SUPPORT_TEMPLATES[topic];
  const built = supportSchedule(rng, scheduleKind, ctx.today, ctx.timezone);
  const oneOff = scheduleKind === 'once';
  const label = topicLabel(topic, 'en');
  const chosen: ChosenName = oneOff
    ? {
        text: template.events
          ? rng.pick(template.events)
          : rng.pick([
              `${titleCase(label)} Community Gathering`,
              `${titleCase(label)}: Open Meeting`,
            ]),
      }
    : chooseName(
        rng,
        template.names,
        { day: built.dayLabel, part: built.part, city: ctx.city?.name },
        ctx.taken,
      );
  const sensitive = ['suicide_loss', 'trauma', 'eating_disorders'].includes(topic);
  const approval = ctx.approval || (!oneOff && rng.chance(sensitive ? 0.4 : 0.1));
  return {
    name: chosen.text,
    summary: oneOff
      ? `A one-off ${ctx.online ? 'online ' : ''}gathering for anyone affected by ${label.toLowerCase()}, with time to talk and information about regular groups.`
      : rng.pick(template.summaries),
    description: supportDescription(rng, {
      about: rng.chance(0.7) ? template.about : template.about.slice(0, 1),
      languages: ctx.languages,
      durationMinutes: built.schedule.durationMinutes,
      online: ctx.online,
      oneOff,
      approval,
    }),
    topics: unique([topic, ...(chosen.topics ?? []), ...maybe(rng, 0.35, template.related)]),
    audiences: audiencesFor(rng, template.audiences, chosen, template.optionalAudiences),
    leaders: peers(rng),
    policy: approval ? 'approval' : 'drop_in',
    capacity: approval ? rng.int(8, 16) : rng.chance(0.2) ? rng.pick([15, 20, 25, 30]) : undefined,
    cost: { kind: rng.chance(0.22) ? 'donation' : 'free' },
    schedule: built.schedule,
  };
}

function therapyCost(rng: Rng, country: string): CostInput {
  const currency = CURRENCIES[country] ?? 'USD';
  const insurable = country === 'US';
  if (rng.chance(0.65)) {
    return {
      kind: 'fixed',
      amountCents: rng.int(8, 24) * 500,
      currency,
      ...(insurable && rng.chance(0.45) ? { insurance: true } : {}),
    };
  }
  return {
    kind: 'sliding_scale',
    amountCents: rng.int(16, 24) * 500,
    minAmountCents: rng.int(3, 8) * 500,
    currency,
    ...(insurable && rng.chance(0.2) ? { insurance: true } : {}),
  };
}

export function therapyParts(
  rng: Rng,
  template: TherapyTemplate,
  cohort: boolean,
  ctx: Context,
): Parts {
  const built = therapySchedule(rng, cohort, ctx.today, ctx.timezone);
  const sessions = cohort ? built.schedule.count : undefined;
  const chosen = chooseName(
    rng,
    cohort ? template.cohortNames : template.ongoingNames,
    { weeks: sessions, day: built.dayLabel, part: built.part, city: ctx.city?.name },
    ctx.taken,
  );
  const [primary, ...others] = template.techniques;
  const techniques: TechniqueCode[] = unique([primary, ...maybe(rng, 0.5, others)]);
  const capacity = rng.int(6, 12);
  const cost = therapyCost(rng, ctx.country);
  const dates = built.dates ?? [];
  const therapy: TherapyInput = {
    techniques,
    screening: true,
    ...(sessions ? { sessions, startDate: dates[0], endDate: dates[dates.length - 1] } : {}),
  };
  return {
    name: chosen.text,
    summary: rng.pick(template.summaries),
    description: therapyDescription(rng, {
      template,
      languages: ctx.languages,
      sessions,
      durationMinutes: built.schedule.durationMinutes,
      capacity,
      cost,
      online: ctx.online,
    }),
    topics: unique([
      template.topic,
      ...(chosen.topics ?? []),
      ...maybe(rng, 0.4, template.related),
    ]),
    audiences: audiencesFor(rng, template.audiences, chosen, template.optionalAudiences),
    leaders: professionals(rng, ctx.country),
    policy: 'application',
    capacity,
    cost,
    therapy,
    schedule: built.schedule,
  };
}
