import { z } from 'zod';
import { isValidZone } from './schedule/zone.js';
import {
  ACCESS_FEATURES,
  AUDIENCES,
  codes,
  GROUP_KINDS,
  LANGUAGES,
  MODES,
  POLICIES,
  TECHNIQUES,
  TOPICS,
} from './taxonomy.js';

/**
 * The one parser from a query string to a typed directory filter, shared by the results page,
 * the JSON API and the guide's search links. Facets combine with AND; several values of one
 * facet (`topic=grief&topic=cancer`) combine with OR. See docs/directory-search.md.
 */
export const TIMES_OF_DAY = {
  morning: { from: 5 * 60, to: 12 * 60, en: 'Morning (5 am–noon)', es: 'Mañana (de 5:00 a 12:00)' },
  afternoon: {
    from: 12 * 60,
    to: 17 * 60,
    en: 'Afternoon (noon–5 pm)',
    es: 'Tarde (de 12:00 a 17:00)',
  },
  evening: {
    from: 17 * 60,
    to: 21 * 60,
    en: 'Evening (5–9 pm)',
    es: 'Última hora de la tarde (de 17:00 a 21:00)',
  },
  // Wraps past midnight: 9 pm to 5 am.
  night: { from: 21 * 60, to: 29 * 60, en: 'Night (9 pm–5 am)', es: 'Noche (de 21:00 a 5:00)' },
} as const;
export type TimeOfDay = keyof typeof TIMES_OF_DAY;

export const SORTS = ['relevance', 'distance', 'next'] as const;
export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;

const oneOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: () => `must be one of: ${values.join(', ')} (${what})` });

const list = <T extends string>(values: readonly T[], what: string) =>
  z
    .array(oneOf(values, what))
    .max(30, 'too many values')
    .transform((v) => [...new Set(v)]);

const schema = z.object({
  q: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  kind: oneOf(GROUP_KINDS, 'kind of group').optional(),
  topic: list(codes(TOPICS), 'topic codes'),
  mode: list(MODES, 'attendance modes'),
  near: z.string().trim().max(120, 'must be at most 120 characters').optional(),
  radius: z.coerce
    .number({ error: 'must be a number' })
    .positive('must be greater than 0')
    .max(500, 'must be at most 500')
    .optional(),
  unit: oneOf(['mi', 'km'] as const, 'distance unit').optional(),
  day: z
    .array(
      z
        .string()
        .regex(/^[0-6]$/, 'must be a day number from 0 (Sunday) to 6 (Saturday)')
        .transform(Number),
    )
    .transform((v) => [...new Set(v)].sort()),
  time: list(Object.keys(TIMES_OF_DAY) as TimeOfDay[], 'times of day'),
  tz: z
    .string()
    .trim()
    .refine((zone) => isValidZone(zone), 'must be an IANA time zone such as America/New_York')
    .optional(),
  soon: z.enum(['1', 'true', 'on'], { error: () => 'must be 1 when set' }).optional(),
  lang: list(codes(LANGUAGES), 'language codes'),
  cost: z.enum(['free'], { error: () => 'must be free when set' }).optional(),
  audience: list(codes(AUDIENCES), 'audience codes'),
  access: list(codes(ACCESS_FEATURES), 'accessibility codes'),
  policy: list(POLICIES, 'membership policies'),
  technique: list(codes(TECHNIQUES), 'technique codes'),
  seats: z.enum(['1', 'true', 'on'], { error: () => 'must be 1 when set' }).optional(),
  starts_within: z.coerce
    .number({ error: 'must be a number of weeks' })
    .int('must be a whole number of weeks')
    .min(1, 'must be at least 1')
    .max(52, 'must be at most 52')
    .optional(),
  source: z.string().trim().max(100).optional(),
  sort: oneOf(SORTS, 'sort orders').optional(),
  page: z.coerce
    .number({ error: 'must be a page number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_PAGE, `must be at most ${MAX_PAGE}`)
    .optional(),
});

const REPEATABLE = [
  'topic',
  'mode',
  'day',
  'time',
  'lang',
  'audience',
  'access',
  'policy',
  'technique',
];

export type DirectoryFilter = {
  q?: string;
  kind?: (typeof GROUP_KINDS)[number];
  topics: z.infer<typeof schema>['topic'];
  modes: z.infer<typeof schema>['mode'];
  near?: string;
  radius: number;
  unit: 'mi' | 'km';
  days: number[];
  times: TimeOfDay[];
  tz: string;
  soon: boolean;
  languages: z.infer<typeof schema>['lang'];
  free: boolean;
  audiences: z.infer<typeof schema>['audience'];
  access: z.infer<typeof schema>['access'];
  policies: z.infer<typeof schema>['policy'];
  techniques: z.infer<typeof schema>['technique'];
  seats: boolean;
  startsWithinWeeks?: number;
  source?: string;
  sort: (typeof SORTS)[number];
  /** True when the sort was chosen by default rather than asked for. */
  sortDefaulted: boolean;
  page: number;
};

export type FilterDefaults = { tz: string; unit: 'mi' | 'km'; radius?: number };

/**
 * Defaults from the configured locale: miles in the US, kilometres elsewhere (as the product
 * brief asks). `region` is the
 * viewer's country when the request tells it (see `regionOf`), so a visitor from Mexico sees
 * kilometres on a US site; a `unit` in the query string still wins over both.
 */
export function filterDefaults(
  config: { defaultLocale: string; defaultTimezone: string },
  region?: string,
): FilterDefaults {
  const country = region ?? config.defaultLocale.split('-')[1];
  return { tz: config.defaultTimezone, unit: country === 'US' ? 'mi' : 'km' };
}
export type FilterProblem = { param: string; message: string };
export type FilterResult =
  | { ok: true; filter: DirectoryFilter }
  | { ok: false; problems: FilterProblem[] };

export function parseFilter(params: URLSearchParams, defaults: FilterDefaults): FilterResult {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    if (REPEATABLE.includes(key)) {
      // Accept both repeated keys and comma lists: topic=grief&topic=cancer or topic=grief,cancer.
      raw[key] = params
        .getAll(key)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    } else {
      const value = params.get(key)?.trim();
      if (value) raw[key] = value;
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        param: String(issue.path[0]),
        message: `${String(issue.path[0])}: ${issue.message}`,
      })),
    };
  }
  const v = parsed.data;
  const unit = v.unit ?? defaults.unit;
  const defaultSort = v.q ? 'relevance' : v.near ? 'distance' : 'next';
  return {
    ok: true,
    filter: {
      q: v.q || undefined,
      kind: v.kind,
      topics: v.topic,
      modes: v.mode,
      near: v.near || undefined,
      radius: v.radius ?? defaults.radius ?? (unit === 'mi' ? 25 : 40),
      unit,
      days: v.day,
      times: v.time,
      tz: v.tz ?? defaults.tz,
      soon: v.soon !== undefined,
      languages: v.lang,
      free: v.cost === 'free',
      audiences: v.audience,
      access: v.access,
      policies: v.policy,
      techniques: v.technique,
      seats: v.seats !== undefined,
      startsWithinWeeks: v.starts_within,
      source: v.source || undefined,
      // Distance sort without a place has nothing to measure from.
      sort: v.sort === 'distance' && !v.near ? defaultSort : (v.sort ?? defaultSort),
      sortDefaulted: v.sort === undefined,
      page: v.page ?? 1,
    },
  };
}

/**
 * The canonical query string for a filter: only what differs from the defaults, in a stable
 * order, so links are short, shareable and cache well.
 */
export function filterToParams(
  filter: DirectoryFilter,
  defaults: FilterDefaults,
  overrides: Partial<DirectoryFilter> = {},
): URLSearchParams {
  const f = { ...filter, ...overrides };
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.kind) p.set('kind', f.kind);
  for (const t of f.topics) p.append('topic', t);
  for (const m of f.modes) p.append('mode', m);
  if (f.near) {
    p.set('near', f.near);
    const defaultRadius = defaults.radius ?? (f.unit === 'mi' ? 25 : 40);
    if (f.radius !== defaultRadius) p.set('radius', String(f.radius));
    if (f.unit !== defaults.unit) p.set('unit', f.unit);
  }
  for (const d of f.days) p.append('day', String(d));
  for (const t of f.times) p.append('time', t);
  if (f.tz !== defaults.tz) p.set('tz', f.tz);
  if (f.soon) p.set('soon', '1');
  for (const l of f.languages) p.append('lang', l);
  if (f.free) p.set('cost', 'free');
  for (const a of f.audiences) p.append('audience', a);
  for (const a of f.access) p.append('access', a);
  for (const x of f.policies) p.append('policy', x);
  for (const t of f.techniques) p.append('technique', t);
  if (f.seats) p.set('seats', '1');
  if (f.startsWithinWeeks) p.set('starts_within', String(f.startsWithinWeeks));
  if (f.source) p.set('source', f.source);
  if (!f.sortDefaulted) p.set('sort', f.sort);
  if (f.page > 1) p.set('page', String(f.page));
  return p;
}
