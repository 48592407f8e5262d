import { z } from 'zod';
import { isValidZone } from '../../shared/schedule/zone.js';
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
} from '../../shared/taxonomy/index.js';

/**
 * The one parser from a query string to a typed directory filter, shared by the results page,
 * the JSON API, the map and the guide's search links. Facets combine with AND; several values
 * of one facet (`topic=grief&topic=cancer`) combine with OR. See docs/directory-search.md.
 *
 * `filterSchema` below is the only place a parameter is declared: the filter's types are
 * inferred from it, the OpenAPI parameters are generated from it (filter-params.ts), and the
 * search form reads its limits from the constants it uses.
 */
/** Minutes after local midnight; their labels are in messages/ (`timesOfDay`). */
export const TIMES_OF_DAY = {
  morning: { from: 5 * 60, to: 12 * 60 },
  afternoon: { from: 12 * 60, to: 17 * 60 },
  evening: { from: 17 * 60, to: 21 * 60 },
  // Wraps past midnight: 9 pm to 5 am.
  night: { from: 21 * 60, to: 29 * 60 },
} as const;
export type TimeOfDay = keyof typeof TIMES_OF_DAY;

export const SORTS = ['relevance', 'distance', 'next'] as const;
export type Sort = (typeof SORTS)[number];
export const UNITS = ['mi', 'km'] as const;
export type Unit = (typeof UNITS)[number];
export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;
// Limits the form shows as well as enforces (maxlength, the last choice of a menu).
export const Q_MAX_LENGTH = 200;
export const NEAR_MAX_LENGTH = 120;
export const MAX_RADIUS = 500;
export const MAX_STARTS_WITHIN_WEEKS = 52;

const oneOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: () => `must be one of: ${values.join(', ')} (${what})` });

const list = <T extends string>(values: readonly T[], what: string) =>
  z
    .array(oneOf(values, what))
    .max(30, 'too many values')
    .transform((v) => [...new Set(v)]);

// A checkbox sends "on"; links and people write 1 or true.
const flag = () => z.enum(['1', 'true', 'on'], { error: () => 'must be 1 when set' }).optional();

/**
 * Every query parameter the directory understands, in the order canonical links write them.
 * Each `.describe()` is the parameter's description in the OpenAPI document.
 */
export const filterSchema = z.object({
  q: z
    .string()
    .trim()
    .max(Q_MAX_LENGTH, `must be at most ${Q_MAX_LENGTH} characters`)
    .optional()
    .describe('Full text over name, summary, description, topics and place'),
  kind: oneOf(GROUP_KINDS, 'kind of group')
    .optional()
    .describe('support (peer-led) or therapy (licensed professional)'),
  topic: list(codes(TOPICS), 'topic codes').describe(
    'Topic codes; repeat or comma-separate; any of them matches',
  ),
  mode: list(MODES, 'attendance modes').describe(
    'Attendance modes; any of them matches. Online groups join a `near` search only when listed',
  ),
  near: z
    .string()
    .trim()
    .max(NEAR_MAX_LENGTH, `must be at most ${NEAR_MAX_LENGTH} characters`)
    .optional()
    .describe('A postal code, a city (optionally with region or country), or "lat,lon"'),
  radius: z.coerce
    .number({ error: 'must be a number' })
    .positive('must be greater than 0')
    .max(MAX_RADIUS, `must be at most ${MAX_RADIUS}`)
    .optional()
    .describe('Search radius, default 25 mi / 40 km'),
  unit: oneOf(UNITS, 'distance unit').optional().describe('Radius unit; default by locale'),
  day: z
    .array(
      z
        .string()
        // A refinement rather than a regex, so the document can call a day the integer it
        // stands for (as it always has) instead of a string with a pattern.
        .refine(
          (value) => /^[0-6]$/.test(value),
          'must be a day number from 0 (Sunday) to 6 (Saturday)',
        )
        .meta({ type: 'integer', minimum: 0, maximum: 6 })
        .transform(Number),
    )
    .transform((v) => [...new Set(v)].sort())
    .describe("Days (0 = Sunday) in the viewer's zone"),
  time: list(Object.keys(TIMES_OF_DAY) as TimeOfDay[], 'times of day').describe(
    "Times of day in the viewer's zone",
  ),
  tz: z
    .string()
    .trim()
    .refine((zone) => isValidZone(zone), 'must be an IANA time zone such as America/New_York')
    .optional()
    .describe("The viewer's IANA time zone, for day/time filters and returned times"),
  soon: flag().describe('In progress now or starting within 2 hours'),
  lang: list(codes(LANGUAGES), 'language codes').describe('Languages; any of them matches'),
  cost: z
    .enum(['free'], { error: () => 'must be free when set' })
    .optional()
    .describe('Free or donation-optional groups only'),
  audience: list(codes(AUDIENCES), 'audience codes').describe('Audiences; any of them matches'),
  access: list(codes(ACCESS_FEATURES), 'accessibility codes').describe(
    'Accessibility features; any of them matches',
  ),
  policy: list(POLICIES, 'membership policies').describe('Membership policies'),
  technique: list(codes(TECHNIQUES), 'technique codes').describe('Therapy techniques'),
  seats: flag().describe('Therapy groups with seats left'),
  starts_within: z.coerce
    .number({ error: 'must be a number of weeks' })
    .int('must be a whole number of weeks')
    .min(1, 'must be at least 1')
    .max(MAX_STARTS_WITHIN_WEEKS, `must be at most ${MAX_STARTS_WITHIN_WEEKS}`)
    .optional()
    .describe('Therapy groups starting within this many weeks'),
  source: z.string().trim().max(100).optional().describe('Only listings imported from this source'),
  sort: oneOf(SORTS, 'sort orders')
    .optional()
    .describe(
      'Default: relevance with q, distance with near, else next. Every match is ranked (see docs/directory-search.md for the relevance score)',
    ),
  page: z.coerce
    .number({ error: 'must be a page number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_PAGE, `must be at most ${MAX_PAGE}`)
    .optional()
    .describe(`Page number (${PAGE_SIZE} results a page)`),
});

/** A query parameter's name, and what the schema makes of the whole query string. */
export type FilterParam = keyof typeof filterSchema.shape;
export type FilterQuery = z.output<typeof filterSchema>;

type ListParam = {
  [K in FilterParam]-?: FilterQuery[K] extends readonly unknown[] ? K : never;
}[FilterParam];

/**
 * The facets that take several values, by parameter and by the filter's field. `satisfies`
 * makes a new list parameter in the schema a compile error until it is named here, and this
 * table is all that parsing, the filter's type and canonical links need to know about it.
 */
const LIST_FIELDS = {
  topic: 'topics',
  mode: 'modes',
  day: 'days',
  time: 'times',
  lang: 'languages',
  audience: 'audiences',
  access: 'access',
  policy: 'policies',
  technique: 'techniques',
} as const satisfies Record<ListParam, string>;

const isList = (param: string): param is ListParam => Object.hasOwn(LIST_FIELDS, param);

type ListFields = { [K in ListParam as (typeof LIST_FIELDS)[K]]: FilterQuery[K] };
/** Parameters that default to something are always set on the filter. */
type Given<K extends FilterParam> = NonNullable<FilterQuery[K]>;
type ScalarFields = {
  q?: FilterQuery['q'];
  kind?: FilterQuery['kind'];
  near?: FilterQuery['near'];
  radius: Given<'radius'>;
  unit: Given<'unit'>;
  tz: Given<'tz'>;
  // Flags arrive as 1, true or on (or cost=free) and are kept as yes or no.
  soon: boolean;
  free: boolean;
  seats: boolean;
  startsWithinWeeks?: FilterQuery['starts_within'];
  source?: FilterQuery['source'];
  sort: Given<'sort'>;
  /** True when the sort was chosen by default rather than asked for. */
  sortDefaulted: boolean;
  page: Given<'page'>;
};
// Spelled out as one object type, so editors show the fields rather than an intersection.
type Flat<T> = { [K in keyof T]: T[K] };
export type DirectoryFilter = Flat<ListFields & ScalarFields>;

export type FilterDefaults = { tz: string; unit: Unit; radius?: number };

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

const defaultRadius = (unit: Unit, defaults: FilterDefaults) =>
  defaults.radius ?? (unit === 'mi' ? 25 : 40);

export type FilterProblem = { param: string; message: string };
export type FilterResult =
  | { ok: true; filter: DirectoryFilter }
  | { ok: false; problems: FilterProblem[] };

export function parseFilter(params: URLSearchParams, defaults: FilterDefaults): FilterResult {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(filterSchema.shape)) {
    if (isList(key)) {
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
  const parsed = filterSchema.safeParse(raw);
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
  const lists = Object.fromEntries(
    Object.entries(LIST_FIELDS).map(([param, field]) => [field, v[param as ListParam]]),
  ) as ListFields;
  const unit = v.unit ?? defaults.unit;
  const defaultSort = v.q ? 'relevance' : v.near ? 'distance' : 'next';
  return {
    ok: true,
    filter: {
      ...lists,
      q: v.q || undefined,
      kind: v.kind,
      near: v.near || undefined,
      radius: v.radius ?? defaultRadius(unit, defaults),
      unit,
      tz: v.tz ?? defaults.tz,
      soon: v.soon !== undefined,
      free: v.cost === 'free',
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
 * How each single-valued parameter is written back from a filter; nothing (undefined) when it
 * holds its default. Keyed by every such parameter, so one the schema gains cannot be left out
 * of links silently.
 */
const WRITE: Record<
  Exclude<FilterParam, ListParam>,
  (f: DirectoryFilter, defaults: FilterDefaults) => string | number | undefined
> = {
  q: (f) => f.q,
  kind: (f) => f.kind,
  near: (f) => f.near,
  // Radius and unit mean nothing without a place.
  radius: (f, d) => (f.near && f.radius !== defaultRadius(f.unit, d) ? f.radius : undefined),
  unit: (f, d) => (f.near && f.unit !== d.unit ? f.unit : undefined),
  tz: (f, d) => (f.tz !== d.tz ? f.tz : undefined),
  soon: (f) => (f.soon ? '1' : undefined),
  cost: (f) => (f.free ? 'free' : undefined),
  seats: (f) => (f.seats ? '1' : undefined),
  starts_within: (f) => f.startsWithinWeeks,
  source: (f) => f.source,
  sort: (f) => (f.sortDefaulted ? undefined : f.sort),
  page: (f) => (f.page > 1 ? f.page : undefined),
};

/**
 * The canonical query string for a filter: only what differs from the defaults, in the
 * schema's order, so links are short, shareable and cache well.
 */
export function filterToParams(
  filter: DirectoryFilter,
  defaults: FilterDefaults,
  overrides: Partial<DirectoryFilter> = {},
): URLSearchParams {
  const f = { ...filter, ...overrides };
  const p = new URLSearchParams();
  for (const key of Object.keys(filterSchema.shape) as FilterParam[]) {
    if (isList(key)) {
      for (const value of f[LIST_FIELDS[key]]) p.append(key, String(value));
    } else {
      const value = WRITE[key](f, defaults);
      if (value) p.set(key, String(value));
    }
  }
  return p;
}
