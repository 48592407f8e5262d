import { z } from 'zod';
import {
  ScheduleError,
  type StoredSchedule,
  toStoredSchedule,
} from '../../shared/schedule/index.js';
import {
  ACCESS_FEATURES,
  AUDIENCES,
  COST_KINDS,
  codes,
  LANGUAGES,
  type Labels,
  MODES,
  POLICIES,
  TECHNIQUES,
  TOPICS,
} from '../../shared/taxonomy/index.js';
import type { FieldErrors } from '../../views/forms.js';
import type { ScheduleInput } from '../directory/model.js';
import { CONTROL, LISTING_LIMITS } from '../directory/text-limits.js';

/**
 * The group form: every field of a listing a leader writes, the schedule builder, the
 * confidentiality agreement and the member-names setting. Every value arrives as text (or a
 * list of texts); messages are codes the page looks up in its catalogue.
 */

export const SCHEDULE_KINDS = ['weekly', 'monthly_nth', 'once', 'series'] as const;
export const MAX_AGREEMENT = 4000;
export const MAX_DESCRIPTION = LISTING_LIMITS.description;

/** The raw values, as the form shows them again after an error or a preview. */
export type GroupValues = {
  name: string;
  summary: string;
  description: string;
  topics: string[];
  audiences: string[];
  languages: string[];
  mode: string;
  venue: string;
  address: string;
  postalCode: string;
  city: string;
  region: string;
  country: string;
  approximate: boolean;
  locationNotes: string;
  onlineUrl: string;
  onlinePhone: string;
  onlineNotes: string;
  onlineVisibility: string;
  policy: string;
  capacity: string;
  costKind: string;
  costAmount: string;
  costMinAmount: string;
  costCurrency: string;
  insurance: boolean;
  accessibility: string[];
  techniques: string[];
  sessions: string;
  therapyStartDate: string;
  therapyEndDate: string;
  screening: boolean;
  organisation: string;
  organisationUrl: string;
  firstVisit: string;
  agreement: string;
  showMemberNames: boolean;
  scheduleKind: string;
  days: string[];
  interval: string;
  nth: string;
  weekday: string;
  count: string;
  startDate: string;
  endDate: string;
  startTime: string;
  duration: string;
  timezone: string;
};

const LISTS = ['topics', 'audiences', 'languages', 'accessibility', 'techniques', 'days'] as const;
const TICKS = ['approximate', 'insurance', 'screening', 'showMemberNames'] as const;

type Body = Record<string, string | File | (string | File)[]>;

/** The form's body as values: lists stay lists, ticks become booleans, the rest one string. */
export function valuesFromBody(body: Body, fallback: GroupValues): GroupValues {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fallback) as (keyof GroupValues)[]) {
    const raw = body[key];
    const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (v): v is string => typeof v === 'string',
    );
    if ((LISTS as readonly string[]).includes(key)) out[key] = list;
    else if ((TICKS as readonly string[]).includes(key)) out[key] = list.length > 0;
    else out[key] = list[0] ?? '';
  }
  return out as GroupValues;
}

const printable = (s: string) => !CONTROL.test(s);
const L = LISTING_LIMITS;
const text = (max: number, code: string, min = 0) =>
  z.string().trim().min(min, code).max(max, code).refine(printable, code);
const line = (max: number, code: string, min = 0) =>
  text(max, code, min).refine((s) => !/[\n\r]/.test(s), code);
const oneOf = <T extends string>(values: readonly T[], code: string) =>
  z.enum(values as [T, ...T[]], { error: code });
const listOf = <T extends Readonly<Record<string, Labels>>>(vocabulary: T, code: string) =>
  z.array(oneOf(codes(vocabulary), code));
/** '' means "not given"; otherwise a whole number in range. */
const optionalInt = (min: number, max: number, code: string) =>
  z
    .string()
    .trim()
    .refine((s) => s === '' || (/^\d+$/.test(s) && Number(s) >= min && Number(s) <= max), code)
    .transform((s) => (s === '' ? undefined : Number(s)));
/** Money as typed ("12", "12.50"), to cents. */
const optionalMoney = (code: string) =>
  z
    .string()
    .trim()
    .refine((s) => s === '' || /^\d{1,6}([.,]\d{1,2})?$/.test(s), code)
    .transform((s) => (s === '' ? undefined : Math.round(Number(s.replace(',', '.')) * 100)));
const optionalDate = (code: string) =>
  z
    .string()
    .trim()
    .refine((s) => s === '' || z.iso.date().safeParse(s).success, code)
    .transform((s) => s || undefined);
const httpUrl = (code: string) =>
  z
    .string()
    .trim()
    .max(L.url, code)
    .refine((s) => s === '' || (/^https?:\/\/\S+$/i.test(s) && URL.canParse(s)), code);

export const groupForm = z
  .object({
    name: line(L.name, 'name', 3),
    summary: line(L.summary, 'summary', 10),
    description: text(MAX_DESCRIPTION, 'description'),
    topics: listOf(TOPICS, 'topics').min(1, 'topics').max(6, 'topicsMax'),
    audiences: listOf(AUDIENCES, 'audiences'),
    languages: listOf(LANGUAGES, 'languages').min(1, 'languages'),
    mode: oneOf(MODES, 'mode'),
    venue: line(L.venue, 'venue'),
    address: line(L.address, 'address'),
    postalCode: line(L.postalCode, 'postalCode'),
    city: line(L.city, 'city'),
    region: line(L.region, 'region'),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((s) => s === '' || /^[A-Z]{2}$/.test(s), 'country'),
    approximate: z.boolean(),
    locationNotes: text(L.locationNotes, 'locationNotes'),
    onlineUrl: httpUrl('onlineUrl'),
    onlinePhone: line(L.onlinePhone, 'onlinePhone').refine(
      (s) => s === '' || /^[+\d][\d\s().-]{5,}$/.test(s),
      'onlinePhone',
    ),
    onlineNotes: text(L.onlineNotes, 'onlineNotes'),
    onlineVisibility: oneOf(['public', 'members'] as const, 'onlineVisibility'),
    policy: oneOf(POLICIES, 'policy'),
    capacity: optionalInt(2, 500, 'capacity'),
    costKind: oneOf(COST_KINDS, 'costKind'),
    costAmount: optionalMoney('costAmount'),
    costMinAmount: optionalMoney('costMinAmount'),
    costCurrency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((s) => s === '' || /^[A-Z]{3}$/.test(s), 'costCurrency'),
    insurance: z.boolean(),
    accessibility: listOf(ACCESS_FEATURES, 'accessibility'),
    techniques: listOf(TECHNIQUES, 'techniques'),
    sessions: optionalInt(1, 200, 'sessions'),
    therapyStartDate: optionalDate('therapyStartDate'),
    therapyEndDate: optionalDate('therapyEndDate'),
    screening: z.boolean(),
    organisation: line(L.organisation, 'organisation'),
    organisationUrl: httpUrl('organisationUrl'),
    firstVisit: text(L.firstVisit, 'firstVisit'),
    agreement: text(MAX_AGREEMENT, 'agreement', 20),
    showMemberNames: z.boolean(),
    scheduleKind: oneOf(SCHEDULE_KINDS, 'scheduleKind'),
    days: z.array(
      z
        .string()
        .regex(/^[0-6]$/, 'days')
        .transform(Number),
    ),
    interval: optionalInt(1, 12, 'interval'),
    nth: z
      .string()
      .refine((s) => ['', '1', '2', '3', '4', '-1'].includes(s), 'nth')
      .transform((s) => (s === '' ? undefined : (Number(s) as ScheduleInput['nth']))),
    weekday: optionalInt(0, 6, 'weekday'),
    count: optionalInt(1, 200, 'count'),
    startDate: optionalDate('startDate'),
    endDate: optionalDate('endDate'),
    startTime: z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'startTime'),
    duration: optionalInt(15, 600, 'duration'),
    timezone: line(64, 'timezone', 1),
  })
  .superRefine((f, ctx) => {
    const problem = (path: string, message = path) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (f.mode !== 'online' && !f.city && !f.address) problem('city', 'placeNeeded');
    if (f.mode !== 'in_person' && !f.onlineUrl && !f.onlinePhone)
      problem('onlineUrl', 'onlineNeeded');
    if ((f.costKind === 'fixed' || f.costKind === 'sliding_scale') && f.costAmount === undefined)
      problem('costAmount', 'costAmountNeeded');
    if (
      f.costKind === 'sliding_scale' &&
      f.costMinAmount !== undefined &&
      f.costAmount !== undefined &&
      f.costMinAmount > f.costAmount
    )
      problem('costMinAmount', 'costMinAmountOrder');
    if (f.therapyStartDate && f.therapyEndDate && f.therapyEndDate < f.therapyStartDate)
      problem('therapyEndDate', 'therapyEndDateOrder');
    if (f.startDate === undefined) problem('startDate');
    if (f.duration === undefined) problem('duration');
  });
export type GroupForm = z.output<typeof groupForm>;

/** The schedule the builder describes, in the directory's friendly shape. */
export function scheduleOf(f: GroupForm): ScheduleInput {
  const base = {
    startDate: f.startDate ?? '',
    startTime: f.startTime,
    durationMinutes: f.duration ?? 0,
    timezone: f.timezone,
  };
  switch (f.scheduleKind) {
    case 'once':
      return { kind: 'once', ...base };
    case 'series':
      return { kind: 'series', days: f.days, interval: f.interval ?? 1, count: f.count, ...base };
    case 'monthly_nth':
      return {
        kind: 'monthly_nth',
        weekday: f.weekday,
        nth: f.nth,
        interval: f.interval ?? 1,
        ...base,
        ...(f.endDate ? { endDate: f.endDate } : {}),
      };
    default:
      return {
        kind: 'weekly',
        days: f.days,
        interval: f.interval ?? 1,
        ...base,
        ...(f.endDate ? { endDate: f.endDate } : {}),
      };
  }
}

/** The form field a schedule problem belongs to. */
const SCHEDULE_FIELDS: Record<string, keyof GroupValues> = {
  durationMinutes: 'duration',
  kind: 'scheduleKind',
  monthDay: 'scheduleKind',
  exceptions: 'startDate',
};

export type ParsedGroup =
  | { ok: true; form: GroupForm; schedule: ScheduleInput; stored: StoredSchedule }
  | { ok: false; errors: Record<string, string> };

/** Validate the values: field codes on failure, else the form and its checked schedule. */
export function parseGroupValues(values: GroupValues): ParsedGroup {
  const parsed = groupForm.safeParse(values);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const schedule = scheduleOf(parsed.data);
  try {
    return { ok: true, form: parsed.data, schedule, stored: toStoredSchedule(schedule) };
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    const field = SCHEDULE_FIELDS[error.field] ?? error.field;
    return { ok: false, errors: { [field]: `schedule.${error.field}` } };
  }
}

/** Codes to sentences, with a general message for any code the catalogue lacks. */
export function errorTexts(
  codesByField: Record<string, string>,
  problems: Record<string, string>,
): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, code] of Object.entries(codesByField)) {
    out[field] = problems[code] ?? problems[field] ?? problems.invalid;
  }
  return out;
}
