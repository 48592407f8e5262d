import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../app-env.js';
import { sendJson } from '../../lib/json-response.js';
import { publicOrigin } from '../../lib/public-origin.js';
import { UUID_RE } from './ids.js';
import { ALLOWED, type HsdsParams, parseParams } from './params.js';
import {
  organizationJson,
  type Context as PresentContext,
  serviceAtLocations,
  serviceBrief,
  serviceFull,
} from './present.js';
import {
  countListings,
  type Listing,
  type ListingFilter,
  listingKeys,
  loadListings,
  loadOrganisations,
  organisationWhere,
  whereOf,
} from './query.js';
import { SalOwners } from './sal-index.js';

export const HSDS_OPENAPI_URL =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

type Json = Record<string, unknown>;

/** Organisations whose services are read together. */
const ORG_BATCH = 100;

function problem(c: Context<AppEnv>, status: 400 | 404, message: string, problems?: string[]) {
  c.header('Cache-Control', 'no-store');
  return c.json({ error: { status, message, ...(problems ? { problems } : {}) } }, status);
}

function params(c: Context<AppEnv>, allowed: readonly (keyof HsdsParams)[]) {
  const parsed = parseParams(new URL(c.req.url).searchParams, allowed);
  return parsed.ok
    ? parsed
    : { ok: false as const, error: problem(c, 400, 'Invalid query parameters', parsed.problems) };
}

/** The filters services and service_at_locations share (HSDS: they combine with AND). */
const filterOf = (p: HsdsParams): ListingFilter => ({
  search: p.search,
  taxonomyTermId: p.taxonomy_term_id,
  taxonomyId: p.taxonomy_id,
  organizationId: p.organization_id,
  modifiedAfter: p.modified_after,
});

/** HSDS's Page envelope (OpenAPI components/schemas/Page) around one page of contents. */
function page(contents: Json[], total: number, p: HsdsParams) {
  const totalPages = Math.ceil(total / p.per_page);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: p.page,
    size: contents.length,
    first_page: p.page === 1,
    last_page: p.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

function answer(c: Context<AppEnv>, value: unknown) {
  c.header('Cache-Control', 'public, max-age=60');
  return sendJson(c, value);
}

/** format=ndjson: every result, one JSON object a line, no pages (as the OpenAPI describes). */
function ndjson(c: Context<AppEnv>, items: Json[]) {
  c.header('Cache-Control', 'public, max-age=60');
  c.header('Content-Type', 'application/x-ndjson');
  return c.body(items.map((i) => JSON.stringify(i)).join('\n') + (items.length ? '\n' : ''));
}

/** The HSDS 3.0 API (docs/open-data.md): read-only, public listings only. */
export function hsdsRoutes() {
  const app = new Hono<AppEnv>();
  /** Service-at-location id -> listing id, for this app's database. */
  let salOwners: SalOwners | undefined;
  const preflight = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] });
  app.use('/hsds/*', (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    c.header('Access-Control-Allow-Origin', '*');
    return next();
  });
  const ctx = (c: Context<AppEnv>): PresentContext => ({
    origin: publicOrigin(c),
    now: new Date(),
  });

  const root = (c: Context<AppEnv>) =>
    answer(c, {
      version: '3.0',
      // No formal HSDS profile: the base standard, plus the documented `gatherwell` extension.
      profile: 'https://docs.openreferral.org/en/latest/hsds/overview.html',
      openapi_url: HSDS_OPENAPI_URL,
    });
  app.get('/hsds', root);
  app.get('/hsds/', root);

  app.get('/hsds/services', async (c) => {
    const parsed = params(c, ALLOWED.services);
    if (!parsed.ok) return parsed.error;
    const p = parsed.params;
    const { db } = c.var.deps.database;
    const where = whereOf(filterOf(p));
    const shape = (g: Listing): Json =>
      p.minimal
        ? {
            id: g.id,
            name: g.name,
            status: serviceBrief(g, ctx(c)).status,
            last_modified: g.updatedAt?.toISOString(),
          }
        : p.full
          ? serviceFull(g, ctx(c))
          : serviceBrief(g, ctx(c));
    if (p.format === 'ndjson') {
      const keys = await listingKeys(db, where);
      return ndjson(
        c,
        (
          await loadListings(
            db,
            keys.map((k) => k.id),
          )
        ).map(shape),
      );
    }
    const total = await countListings(db, where);
    const keys = await listingKeys(db, where, p.per_page, (p.page - 1) * p.per_page);
    const listings = await loadListings(
      db,
      keys.map((k) => k.id),
    );
    return answer(c, page(listings.map(shape), total, p));
  });

  app.get('/hsds/services/:id', async (c) => {
    const parsed = params(c, ALLOWED.service);
    if (!parsed.ok) return parsed.error;
    const id = c.req.param('id');
    if (!UUID_RE.test(id)) return problem(c, 400, 'A service id is a UUID');
    const [listing] = await loadListings(c.var.deps.database.db, [id]);
    if (!listing) return problem(c, 404, 'No published service has this id');
    return answer(c, serviceFull(listing, ctx(c)));
  });

  async function organisationServices(c: Context<AppEnv>, orgId: string, full: boolean) {
    return (await servicesOfOrganisations(c, [orgId], full)).get(orgId) ?? [];
  }

  /**
   * The services of many organisations, a batch at a time: a few queries for every
   * ORG_BATCH organisations, not several for each (format=ndjson lists them all).
   */
  async function servicesOfOrganisations(c: Context<AppEnv>, orgIds: string[], full: boolean) {
    const { db } = c.var.deps.database;
    const byOrg = new Map<string, Json[]>();
    for (let i = 0; i < orgIds.length; i += ORG_BATCH) {
      const batch = orgIds.slice(i, i + ORG_BATCH);
      const keys = await listingKeys(db, whereOf({ organizationIds: batch }));
      const listings = new Map(
        (
          await loadListings(
            db,
            keys.map((k) => k.id),
          )
        ).map((g) => [g.id, g]),
      );
      for (const { id } of keys) {
        const g = listings.get(id);
        const org = g?.organisation?.id;
        if (!g || !org) continue;
        const list = byOrg.get(org) ?? [];
        list.push(full ? serviceFull(g, ctx(c)) : serviceBrief(g, ctx(c)));
        byOrg.set(org, list);
      }
    }
    return byOrg;
  }

  app.get('/hsds/organizations', async (c) => {
    const parsed = params(c, ALLOWED.organizations);
    if (!parsed.ok) return parsed.error;
    const p = parsed.params;
    const { db } = c.var.deps.database;
    const where = organisationWhere({ search: p.search });
    const all = p.format === 'ndjson';
    const { total, rows } = await loadOrganisations(
      db,
      where,
      all ? 1_000_000 : p.per_page,
      all ? 0 : (p.page - 1) * p.per_page,
    );
    const services =
      p.full || p.full_service
        ? await servicesOfOrganisations(
            c,
            rows.map((org) => org.id),
            p.full_service === true,
          )
        : null;
    const contents = rows.map((org) => {
      const json = organizationJson(org, ctx(c));
      if (services) json.services = services.get(org.id) ?? [];
      return json;
    });
    return all ? ndjson(c, contents) : answer(c, page(contents, total, p));
  });

  app.get('/hsds/organizations/:id', async (c) => {
    const parsed = params(c, ALLOWED.organization);
    if (!parsed.ok) return parsed.error;
    const id = c.req.param('id');
    if (!UUID_RE.test(id)) return problem(c, 400, 'An organization id is a UUID');
    const { rows } = await loadOrganisations(
      c.var.deps.database.db,
      organisationWhere({ id }),
      1,
      0,
    );
    const org = rows[0];
    if (!org) return problem(c, 404, 'No organization with published groups has this id');
    return answer(c, {
      ...organizationJson(org, ctx(c)),
      services: await organisationServices(c, org.id, parsed.params.full_service === true),
    });
  });

  app.get('/hsds/service_at_locations', async (c) => {
    const parsed = params(c, ALLOWED.serviceAtLocations);
    if (!parsed.ok) return parsed.error;
    const p = parsed.params;
    const { db } = c.var.deps.database;
    const where = whereOf({ ...filterOf(p), postcode: p.postcode });
    // A listing has a place, an online room, or both: one service_at_location each.
    const slots = (await listingKeys(db, where)).flatMap((k) => {
      const kinds =
        k.mode === 'hybrid'
          ? ['physical', 'virtual']
          : [k.mode === 'online' ? 'virtual' : 'physical'];
      return kinds
        .filter((kind) => !(p.postcode && kind === 'virtual'))
        .map((kind) => ({ id: k.id, kind }));
    });
    const chosen =
      p.format === 'ndjson' ? slots : slots.slice((p.page - 1) * p.per_page, p.page * p.per_page);
    const listings = new Map(
      (await loadListings(db, [...new Set(chosen.map((s) => s.id))])).map((g) => [g.id, g]),
    );
    const contents = chosen.flatMap(({ id, kind }) => {
      const g = listings.get(id);
      if (!g) return [];
      const service = p.full ? serviceFull(g, ctx(c)) : serviceBrief(g, ctx(c));
      return serviceAtLocations(g, service).filter(
        (sal) => (sal.location as Json).location_type === kind,
      );
    });
    return p.format === 'ndjson' ? ndjson(c, contents) : answer(c, page(contents, slots.length, p));
  });

  app.get('/hsds/service_at_locations/:id', async (c) => {
    const parsed = params(c, ALLOWED.serviceAtLocation);
    if (!parsed.ok) return parsed.error;
    const id = c.req.param('id');
    if (!UUID_RE.test(id)) return problem(c, 400, 'A service_at_location id is a UUID');
    const { db } = c.var.deps.database;
    salOwners ??= new SalOwners(db);
    const owner = await salOwners.owner(id);
    const [g] = owner ? await loadListings(db, [owner]) : [];
    const sal = g
      ? serviceAtLocations(g, serviceFull(g, ctx(c))).find((s) => s.id === id)
      : undefined;
    if (!sal) return problem(c, 404, 'No published service_at_location has this id');
    return answer(c, sal);
  });

  return app;
}
