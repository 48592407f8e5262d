import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { sendJson } from '../../lib/json-response.js';
import { describeSchedule, isoInZone } from '../../shared/schedule/index.js';
import { TOPICS } from '../../shared/taxonomy/index.js';
import { filterDefaults, PAGE_SIZE, parseFilter } from './filters.js';
import { findGroupBySlug, type GroupDetail } from './group-query.js';
import { resolveNear } from './place.js';
import { seatsLeft } from './present.js';
import { type ResultRow, searchGroups, searchPoints } from './queries.js';

function cost(
  g: Pick<
    ResultRow,
    'costKind' | 'costAmountCents' | 'costMinAmountCents' | 'costCurrency' | 'insurance'
  >,
) {
  return {
    kind: g.costKind,
    amountCents: g.costAmountCents,
    minAmountCents: g.costMinAmountCents,
    currency: g.costCurrency,
    insurance: g.insurance,
  };
}

function resultJson(r: ResultRow, zone: string) {
  return {
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    mode: r.mode,
    status: r.status,
    summary: r.summary,
    topics: r.topics,
    place: r.mode === 'online' ? null : { city: r.city, region: r.region, country: r.country },
    distanceKm:
      r.distanceKm == null || r.mode === 'online' ? undefined : Math.round(r.distanceKm * 10) / 10,
    nextMeeting:
      r.nextStart && r.nextEnd
        ? {
            start: isoInZone(r.nextStart, zone),
            end: isoInZone(r.nextEnd, zone),
            timezone: r.nextTimezone,
          }
        : null,
    cost: cost(r),
    policy: r.policy,
    seatsLeft: r.kind === 'therapy' ? (seatsLeft(r) ?? undefined) : undefined,
  };
}

function groupJson(g: GroupDetail, zone: string) {
  return {
    slug: g.slug,
    name: g.name,
    kind: g.kind,
    mode: g.mode,
    status: g.status,
    summary: g.summary,
    description: g.description,
    topics: g.topics,
    audiences: g.audiences,
    languages: g.languages,
    accessibility: g.accessibility,
    techniques: g.techniques,
    policy: g.policy,
    location:
      g.mode === 'online'
        ? null
        : {
            venue: g.venue,
            address: g.address,
            postalCode: g.postalCode,
            city: g.city,
            region: g.region,
            country: g.country,
            latitude: g.latitude,
            longitude: g.longitude,
            approximate: g.locationApproximate,
          },
    online:
      g.mode === 'in_person'
        ? null
        : { visibility: g.onlineVisibility, url: g.onlineUrl, phone: g.onlinePhone },
    leaders: g.leaders.map((l) => ({
      displayName: l.displayName,
      role: l.role,
      credentials: l.credentials ?? null,
    })),
    capacity: g.capacity,
    // A support group's member count is for its members (membership/policies.ts); how many
    // seats are left would give it away, so support groups say only whether one is free.
    seatsLeft: g.kind === 'therapy' ? seatsLeft(g) : null,
    seatsAvailable: g.capacity == null ? null : (seatsLeft(g) ?? 0) > 0,
    cost: cost(g),
    therapy:
      g.kind === 'therapy'
        ? {
            sessions: g.therapySessions,
            startDate: g.therapyStartDate,
            endDate: g.therapyEndDate,
            screening: g.screening,
          }
        : null,
    organisation: g.organisation && { name: g.organisation.name, url: g.organisation.url },
    schedules: g.schedules.map((s) => ({
      rrule: s.rrule,
      dtstart: s.dtstart,
      timezone: s.timezone,
      durationMinutes: s.durationMinutes,
      exdates: s.exdates,
      text: describeSchedule(s),
    })),
    occurrences: g.occurrences.map((o) => ({
      start: isoInZone(o.start, zone),
      end: isoInZone(o.end, zone),
    })),
    updatedAt: g.updatedAt.toISOString(),
  };
}

/** The public, read-only directory API. */
export function directoryApi() {
  const app = new Hono<AppEnv>();
  // Anyone's page may read the API. Hono's cors() writes its header on c.res before the handler
  // runs, which makes Hono rebuild the handler's response as a full web Response to merge the
  // two (a fifth of a search's CPU): a GET's header goes with the handler's own instead, and
  // cors() answers the preflight alone.
  const preflight = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] });
  app.use('/api/v1/*', (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    c.header('Access-Control-Allow-Origin', '*');
    return next();
  });
  app.use('/api/v1/*', etag());

  /** The shared front half of the search endpoints: a filter and a point, or a 400. */
  async function parseSearch(c: Context<AppEnv>) {
    const { config, geocoder } = c.var.deps;
    const defaults = filterDefaults(config);
    const parsed = parseFilter(new URL(c.req.url).searchParams, defaults);
    if (!parsed.ok) {
      return {
        error: c.json(
          {
            error: { status: 400, message: 'Invalid query parameters', problems: parsed.problems },
          },
          400,
        ),
      };
    }
    const filter = parsed.filter;
    const near = await resolveNear(geocoder, filter.near, config.defaultLocale);
    if (filter.near && !near.point) {
      const outcome = near.outcome;
      return {
        error: c.json(
          {
            error: {
              status: 400,
              message:
                outcome.status === 'ambiguous'
                  ? `"${filter.near}" matches several places; pass one of the candidates as near.`
                  : outcome.status === 'not_found'
                    ? outcome.reason
                    : 'Unknown place',
              candidates:
                outcome.status === 'ambiguous' ? outcome.candidates.map((x) => x.query) : undefined,
            },
          },
          400,
        ),
      };
    }
    return { filter, point: near.point };
  }

  app.get('/api/v1/groups', async (c) => {
    const search = await parseSearch(c);
    if (search.error) return search.error;
    const { filter, point } = search;
    const { total, totalCapped, results } = await searchGroups(
      c.var.deps.searchIndex,
      filter,
      point,
    );
    c.header('Cache-Control', 'public, max-age=60');
    return sendJson(c, {
      total,
      totalCapped,
      page: filter.page,
      pageSize: PAGE_SIZE,
      results: results.map((r) => resultJson(r, filter.tz)),
    });
  });

  // Every match's place (not paged), for the map view.
  app.get('/api/v1/map', async (c) => {
    const search = await parseSearch(c);
    if (search.error) return search.error;
    const points = await searchPoints(c.var.deps.searchIndex, search.filter, search.point);
    c.header('Cache-Control', 'public, max-age=60');
    return sendJson(c, { points });
  });

  app.get('/api/v1/groups/:slug', async (c) => {
    const { config, database } = c.var.deps;
    const group = await findGroupBySlug(database.db, c.req.param('slug'));
    if (!group) throw new HTTPException(404, { message: 'No group has this slug.' });
    const defaults = filterDefaults(config);
    const tz = c.req.query('tz');
    const parsed = parseFilter(new URLSearchParams(tz ? { tz } : {}), defaults);
    if (!parsed.ok) {
      return c.json(
        { error: { status: 400, message: 'Invalid query parameters', problems: parsed.problems } },
        400,
      );
    }
    c.header('Cache-Control', 'public, max-age=60');
    return sendJson(c, groupJson(group, parsed.filter.tz));
  });

  app.get('/api/v1/topics', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({
      // Each topic with its label in every language (LOCALES' order).
      topics: Object.entries(TOPICS).map(([code, labels]) => ({ code, ...labels })),
    });
  });
  return app;
}
