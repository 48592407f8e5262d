import { z } from 'zod';
import { UUID_RE } from './ids.js';

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const uuid = z.string().regex(UUID_RE, 'must be a UUID');
/** HSDS says "datetime": take ISO 8601 dates and date-times, with or without an offset. */
const dateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be an ISO 8601 date or date-time such as 2025-01-31T12:00:00Z',
  )
  .transform((v, ctx) => {
    const date = new Date(/T/.test(v) || v.length > 10 ? v : `${v}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'is not a real date' });
      return z.NEVER;
    }
    return date;
  });

/** Every query parameter of the HSDS 3.0 OpenAPI that this API answers. */
const all = z.object({
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  search: z.string().trim().min(1).max(200).optional(),
  taxonomy_term_id: uuid.optional(),
  taxonomy_id: uuid.optional(),
  organization_id: uuid.optional(),
  modified_after: dateTime.optional(),
  minimal: flag.optional(),
  full: flag.optional(),
  full_service: flag.optional(),
  format: z.enum(['json', 'ndjson']).default('json'),
  postcode: z.string().trim().min(1).max(20).optional(),
});
export type HsdsParams = z.infer<typeof all>;
type Name = keyof HsdsParams;

const PAGING: Name[] = ['page', 'per_page', 'format'];
const FILTERS: Name[] = [
  'search',
  'taxonomy_term_id',
  'taxonomy_id',
  'organization_id',
  'modified_after',
];
export const ALLOWED = {
  services: [...PAGING, ...FILTERS, 'minimal', 'full'],
  service: [],
  organizations: [...PAGING, 'search', 'full_service', 'full'],
  organization: ['full_service'],
  serviceAtLocations: [...PAGING, ...FILTERS, 'full', 'postcode'],
  serviceAtLocation: [],
} satisfies Record<string, Name[]>;

const UNSUPPORTED: Record<string, string> = {
  proximity:
    'proximity is not supported: filter by postcode, or use /api/v1/groups?near=...&radius=... for a radius search',
};

/**
 * The query string as typed parameters, or every problem with it. Unknown names are refused
 * rather than ignored: a misspelt filter that silently matched everything would mislead.
 */
export function parseParams(
  search: URLSearchParams,
  allowed: readonly Name[],
): { ok: true; params: HsdsParams } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const raw: Record<string, string> = {};
  for (const [name, value] of search) {
    if (UNSUPPORTED[name]) problems.push(UNSUPPORTED[name]);
    else if (!(allowed as readonly string[]).includes(name)) {
      problems.push(
        allowed.length
          ? `${name} is not a parameter here; use ${allowed.join(', ')}`
          : `${name} is not a parameter here; this endpoint takes none`,
      );
    } else if (name in raw) problems.push(`${name} is given more than once`);
    else raw[name] = value;
  }
  const parsed = all.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  return problems.length || !parsed.success
    ? { ok: false, problems }
    : { ok: true, params: parsed.data };
}
