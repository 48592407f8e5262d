import { z } from 'zod';
import { LOCALES, type Locale } from '../../i18n/locales.js';
import {
  codes,
  GROUP_KINDS,
  MODES,
  POLICIES,
  STATUSES,
  TOPICS,
} from '../../shared/taxonomy/index.js';
import { queryParameter, SEARCH_PARAMETERS } from './filter-params.js';

/**
 * The public API's response shapes. The OpenAPI document is generated from these schemas, and
 * the contract tests parse real responses with the same ones, so the two cannot drift apart.
 */
const isoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
const cost = z.object({
  kind: z.enum(['free', 'donation', 'fixed', 'sliding_scale']),
  amountCents: z.number().int().nullable(),
  minAmountCents: z.number().int().nullable(),
  currency: z.string().nullable(),
  insurance: z.boolean(),
});

export const groupSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(GROUP_KINDS),
  mode: z.enum(MODES),
  status: z.enum(STATUSES),
  summary: z.string(),
  topics: z.array(z.enum(codes(TOPICS))),
  place: z
    .object({
      city: z.string().nullable(),
      region: z.string().nullable(),
      country: z.string().nullable(),
    })
    .nullable(),
  distanceKm: z
    .number()
    .optional()
    .describe(
      'Present when `near` is given, for groups that meet in person (never for online ones)',
    ),
  nextMeeting: z
    .object({ start: isoWithOffset, end: isoWithOffset, timezone: z.string().nullable() })
    .nullable()
    .describe("Start and end in the viewer's zone (`tz`); `timezone` is the group's own zone"),
  cost,
  policy: z.enum(POLICIES),
  seatsLeft: z.number().int().optional().describe('Therapy groups with a capacity'),
});

export const groupListSchema = z.object({
  total: z.number().int(),
  totalCapped: z
    .boolean()
    .describe(
      'Always false: `total` is the exact number of matches (kept for clients of the capped count it once was)',
    ),
  page: z.number().int(),
  pageSize: z.number().int(),
  results: z.array(groupSummarySchema),
});

export const groupDetailSchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(GROUP_KINDS),
  mode: z.enum(MODES),
  status: z.enum(STATUSES),
  summary: z.string(),
  description: z.string().describe('Markdown'),
  topics: z.array(z.string()),
  audiences: z.array(z.string()),
  languages: z.array(z.string()),
  accessibility: z.array(z.string()),
  techniques: z.array(z.string()),
  policy: z.enum(POLICIES),
  location: z
    .object({
      venue: z.string().nullable(),
      address: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
      region: z.string().nullable(),
      country: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
      approximate: z.boolean(),
    })
    .nullable(),
  online: z
    .object({
      visibility: z.enum(['public', 'members']),
      url: z.string().nullable().describe('Null when the link is for members only'),
      phone: z.string().nullable(),
    })
    .nullable(),
  leaders: z.array(
    z.object({
      displayName: z.string(),
      role: z.enum(['peer', 'professional']),
      credentials: z.string().nullable(),
    }),
  ),
  capacity: z.number().int().nullable(),
  seatsLeft: z
    .number()
    .int()
    .nullable()
    .describe('Therapy groups with a capacity; null for support groups, whose counts are private'),
  seatsAvailable: z
    .boolean()
    .nullable()
    .describe('Whether a seat is free; null without a capacity'),
  cost,
  therapy: z
    .object({
      sessions: z.number().int().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      screening: z.boolean(),
    })
    .nullable(),
  organisation: z.object({ name: z.string(), url: z.string().nullable() }).nullable(),
  schedules: z.array(
    z.object({
      rrule: z.string().nullable().describe('RFC 5545 RRULE value; null for a one-off meeting'),
      dtstart: z.string().describe('Local start of the first meeting, YYYY-MM-DDTHH:MM'),
      timezone: z.string(),
      durationMinutes: z.number().int(),
      exdates: z.array(z.string()),
      text: z.string().describe('The schedule in plain words'),
    }),
  ),
  occurrences: z.array(z.object({ start: isoWithOffset, end: isoWithOffset })),
  updatedAt: z.string(),
});

/** A label per language the site speaks, named by its code (`en`, `es`...). */
const labelPerLocale = Object.fromEntries(LOCALES.map((locale) => [locale, z.string()])) as Record<
  Locale,
  z.ZodString
>;

export const topicsSchema = z.object({
  topics: z.array(z.object({ code: z.string(), ...labelPerLocale })),
});

export const errorSchema = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    problems: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
    candidates: z.array(z.string()).optional(),
  }),
  requestId: z.string().optional(),
});

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12' });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gatherwell directory API',
      version: '1.0.0',
      description:
        'Read-only access to the directory of support groups and group therapy. Facets combine with AND; several values of one facet combine with OR. Responses carry ETags; CORS is open for GET.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/v1/groups': {
        get: {
          summary: 'Search groups',
          operationId: 'searchGroups',
          // Generated from the filter schema (filter-params.ts), the parser's own definition.
          parameters: SEARCH_PARAMETERS,
          responses: {
            '200': {
              description: 'A page of results',
              content: { 'application/json': { schema: ref('GroupList') } },
            },
            '400': errorResponse(
              'Invalid parameters, an unknown place, or an ambiguous one (with candidates)',
            ),
          },
        },
      },
      '/api/v1/groups/{slug}': {
        get: {
          summary: 'One group, with its schedules and next five meetings',
          operationId: 'getGroup',
          parameters: [
            { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
            // The same `tz` the search takes, parsed by the same schema.
            queryParameter('tz', "The viewer's IANA time zone"),
          ],
          responses: {
            '200': {
              description: 'The group',
              content: { 'application/json': { schema: ref('GroupDetail') } },
            },
            '404': errorResponse('No group has this slug'),
          },
        },
      },
      '/api/v1/topics': {
        get: {
          summary: 'The topic taxonomy, in English and Spanish',
          operationId: 'listTopics',
          responses: {
            '200': {
              description: 'Topics',
              content: { 'application/json': { schema: ref('Topics') } },
            },
          },
        },
      },
      '/api/v1/meeting-guide.json': {
        get: {
          summary: 'Weekly support groups as a Meeting Guide feed',
          description:
            'Follows the Meeting Guide format. It cannot carry monthly, fortnightly or one-off schedules, therapy groups, or members-only links; those groups are left out.',
          operationId: 'meetingGuideFeed',
          responses: { '200': { description: 'A JSON array of meetings' } },
        },
      },
    },
    components: {
      schemas: {
        GroupList: json(groupListSchema),
        GroupDetail: json(groupDetailSchema),
        Topics: json(topicsSchema),
        Error: json(errorSchema),
      },
    },
  };
}
