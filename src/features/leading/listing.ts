import type { Status } from '../../shared/taxonomy/index.js';
import type { GroupInput, LeaderInput, ScheduleInput } from '../directory/model.js';
import type { GroupForm } from './form.js';

/**
 * A checked group form turned into the listing saveGroup writes, with what the form does not
 * hold (its slug, leaders, state, moved meetings and cancelled dates).
 */

/** "Grief Circle of West Philly!" -> "grief-circle-of-west-philly". */
export function slugFrom(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'group';
}

/** What else a listing needs besides the form: who leads it and where it stands. */
export type ListingContext = {
  kind: 'support' | 'therapy';
  slug: string;
  status: Status;
  leaders: LeaderInput[];
  /** Schedules that are not the builder's own (meetings moved to a one-off date). */
  extraSchedules: ScheduleInput[];
  /** Cancelled dates of the builder's schedule, kept through edits. */
  exceptions: string[];
  place?: { latitude: number; longitude: number };
};

const orUndefined = (s: string) => s || undefined;

/** The listing as saveGroup takes it. */
export function toGroupInput(
  f: GroupForm,
  schedule: ScheduleInput,
  ctx: ListingContext,
): GroupInput {
  const therapy = ctx.kind === 'therapy';
  return {
    kind: ctx.kind,
    name: f.name,
    slug: ctx.slug,
    summary: f.summary,
    description: f.description,
    topics: f.topics,
    audiences: f.audiences,
    languages: f.languages,
    mode: f.mode,
    status: ctx.status,
    ...(f.mode === 'online'
      ? {}
      : {
          location: {
            venue: orUndefined(f.venue),
            address: orUndefined(f.address),
            postalCode: orUndefined(f.postalCode),
            city: orUndefined(f.city),
            region: orUndefined(f.region),
            country: orUndefined(f.country),
            latitude: ctx.place?.latitude,
            longitude: ctx.place?.longitude,
            approximate: f.approximate,
            notes: orUndefined(f.locationNotes),
          },
        }),
    ...(f.mode === 'in_person'
      ? {}
      : {
          online: {
            url: orUndefined(f.onlineUrl),
            phone: orUndefined(f.onlinePhone),
            notes: orUndefined(f.onlineNotes),
            visibility: f.onlineVisibility,
          },
        }),
    leaders: ctx.leaders,
    policy: f.policy,
    capacity: f.capacity,
    cost: {
      kind: f.costKind,
      amountCents:
        f.costKind === 'fixed' || f.costKind === 'sliding_scale' ? f.costAmount : undefined,
      minAmountCents: f.costKind === 'sliding_scale' ? f.costMinAmount : undefined,
      currency:
        f.costKind === 'fixed' || f.costKind === 'sliding_scale'
          ? f.costCurrency || 'USD'
          : undefined,
      insurance: f.insurance,
    },
    accessibility: f.accessibility,
    ...(therapy
      ? {
          therapy: {
            techniques: f.techniques,
            sessions: f.sessions,
            // The schedule says when the cohort starts and ends (older forms sent these apart).
            startDate: f.startDate || f.therapyStartDate,
            endDate: f.endDate || f.therapyEndDate,
            screening: f.screening,
          },
        }
      : {}),
    ...(f.organisation
      ? { organisation: { name: f.organisation, url: orUndefined(f.organisationUrl) } }
      : {}),
    firstVisit: orUndefined(f.firstVisit),
    schedules: [
      { ...schedule, ...(ctx.exceptions.length > 0 ? { exceptions: ctx.exceptions } : {}) },
      ...ctx.extraSchedules,
    ],
  };
}
