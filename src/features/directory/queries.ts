import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { queryRows } from '../../db/client.js';
import { type DirectoryFilter, PAGE_SIZE } from './filters.js';
import type { SearchIndex } from './search-index.js';
import { type MatchQuery, match } from './search-match.js';
import type { SearchStore } from './search-store.js';

/** A resolved `near`: the point to measure from. */
export type SearchPoint = { latitude: number; longitude: number };

export type ResultRow = {
  id: string;
  slug: string;
  name: string;
  kind: 'support' | 'therapy';
  mode: 'in_person' | 'online' | 'hybrid';
  status: 'active' | 'temporarily_closed' | 'ended';
  summary: string;
  topics: string[];
  venue: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  locationApproximate: boolean;
  policy: 'drop_in' | 'approval' | 'application';
  costKind: 'free' | 'donation' | 'fixed' | 'sliding_scale';
  costAmountCents: number | null;
  costMinAmountCents: number | null;
  costCurrency: string | null;
  insurance: boolean;
  capacity: number | null;
  seatsTaken: number;
  therapySessions: number | null;
  therapyStartDate: string | null;
  distanceKm: number | null;
  nextStart: Date | null;
  nextEnd: Date | null;
  nextTimezone: string | null;
};

export type MapPoint = {
  slug: string;
  name: string;
  kind: 'support' | 'therapy';
  latitude: number;
  longitude: number;
  approximate: boolean;
};

/** The filter as the in-memory index asks it: dates as days, times as minutes. */
async function matchQuery(
  index: SearchIndex,
  store: SearchStore,
  filter: DirectoryFilter,
  point: SearchPoint | undefined,
  now: Date,
  page: { offset: number; count: number; sort: DirectoryFilter['sort'] },
): Promise<MatchQuery> {
  const minute = now.getTime() / 60_000;
  const facets = (
    [
      ['topics', filter.topics],
      ['languages', filter.languages],
      ['audiences', filter.audiences],
      ['access', filter.access],
      ['techniques', filter.techniques],
    ] as const
  )
    .filter(([, codes]) => codes.length > 0)
    .map(([facet, codes]) => ({ facet, codes: [...codes] }));
  const q: MatchQuery = {
    kind: filter.kind,
    modes: [...filter.modes],
    policies: [...filter.policies],
    facets,
    free: filter.free,
    seats: filter.seats,
    now: minute,
    ...page,
  };
  if (filter.q) {
    const node = await index.textQuery(filter.q);
    // Words with no lexemes (only stop words) match nothing, as `@@` does.
    q.text = node ? { node } : { fuzzy: new Map() };
  }
  if (filter.source) q.source = store.sources.indexOf(filter.source);
  if (filter.startsWithinWeeks) {
    const today = DateTime.fromJSDate(now, { zone: filter.tz }).startOf('day');
    const day = (d: DateTime) => Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
    q.therapyStart = { from: day(today), to: day(today.plus({ weeks: filter.startsWithinWeeks })) };
  }
  if (point) {
    q.point = {
      ...point,
      radiusKm: filter.radius * (filter.unit === 'mi' ? 1.609344 : 1),
      withOnline: filter.modes.includes('online'),
    };
  }
  if (filter.days.length || filter.times.length) {
    // Meetings in the next five weeks, each judged by the viewer's clock (search-when.ts).
    q.dayTime = { days: [...filter.days].sort(), times: [...filter.times].sort(), tz: filter.tz };
  }
  // In progress now, or starting within two hours.
  if (filter.soon) q.soon = { from: minute, to: minute + 120 };
  return q;
}

/**
 * Match, count and order in memory (ADR 14); words first, and near-miss spellings of names only
 * when the words find nothing.
 */
async function runMatch(
  index: SearchIndex,
  filter: DirectoryFilter,
  point: SearchPoint | undefined,
  now: Date,
  page: { offset: number; count: number; sort: DirectoryFilter['sort']; placed?: boolean },
) {
  const store = await index.current(now);
  const q = await matchQuery(index, store, filter, point, now, page);
  q.placed = page.placed;
  const found = match(store, q);
  if (found.total > 0 || !filter.q) return { store, found };
  q.text = { fuzzy: await index.fuzzyNames(filter.q, store) };
  return { store, found: match(store, q) };
}

/**
 * How many online listings match everything but the place: a "near" search leaves them out
 * (they meet nowhere), and the page offers them in one click rather than hiding them.
 */
export async function onlineAlsoMatching(
  index: SearchIndex,
  filter: DirectoryFilter,
  now: Date = new Date(),
): Promise<number> {
  if (!filter.near || filter.modes.includes('online')) return 0;
  const everywhere = { ...filter, near: undefined, modes: ['online' as const], page: 1 };
  const { found } = await runMatch(index, everywhere, undefined, now, {
    offset: 0,
    count: 0,
    sort: 'next',
  });
  return found.total;
}

/** The places of every match (up to `limit`), soonest first, for the map view. */
export async function searchPoints(
  index: SearchIndex,
  filter: DirectoryFilter,
  point: SearchPoint | undefined,
  now: Date = new Date(),
  limit = 2000,
): Promise<MapPoint[]> {
  const { store, found } = await runMatch(index, filter, point, now, {
    offset: 0,
    count: limit,
    sort: 'next',
    placed: true,
  });
  if (found.rows.length === 0) return [];
  const ids = found.rows.map((r) => store.ids[r.slot]!);
  const rows = store.rowsInMemory
    ? found.rows.map((m) => store.rows[m.slot]!)
    : await queryRows<Record<string, unknown>>(
        index.db,
        sql`SELECT g.id::text AS id, g.slug, g.name, g.kind, g.latitude, g.longitude,
                   g.location_approximate
            FROM groups g WHERE g.id IN (${idList(ids)})`,
      );
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        slug: String(r.slug),
        name: String(r.name),
        kind: r.kind as MapPoint['kind'],
        latitude: Number(r.latitude),
        longitude: Number(r.longitude),
        approximate: Boolean(r.location_approximate),
      },
    ];
  });
}

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * One page of matches with an exact total (cheap in memory, so no longer capped; the API keeps
 * `totalCapped`, always false). The page's columns and exact next meetings (with their zone)
 * come from memory with PGlite, and on PostgreSQL from one statement by primary key for the
 * rows not read recently.
 */
export async function searchGroups(
  index: SearchIndex,
  filter: DirectoryFilter,
  point: SearchPoint | undefined,
  now: Date = new Date(),
): Promise<{ total: number; totalCapped: boolean; results: ResultRow[] }> {
  const { store, found } = await runMatch(index, filter, point, now, {
    offset: (filter.page - 1) * PAGE_SIZE,
    count: PAGE_SIZE,
    sort: filter.sort,
  });
  if (found.rows.length === 0) return { total: found.total, totalCapped: false, results: [] };
  if (store.rowsInMemory) {
    // PGlite has one connection that every query waits for: the page comes from the index itself.
    const minute = now.getTime() / 60_000;
    return {
      total: found.total,
      totalCapped: false,
      results: found.rows.map((m) => {
        const o = store.nextOccurrence(m.slot, minute);
        return toResultRow(store.rows[m.slot]!, m.distanceKm, {
          next_start: o < 0 ? null : new Date(store.occStart.a[o]! * 60_000),
          next_end: o < 0 ? null : new Date(store.occEnd.a[o]! * 60_000),
          next_timezone: o < 0 ? null : store.zones[store.occTz.a[o]!],
        });
      }),
    };
  }
  // On PostgreSQL the page's rows are read by primary key, except those a recent page showed
  // (kept per slot while the listing's next meeting stays the same).
  const cache = store.rowCache;
  const missing = found.rows.filter((m) => cache.get(m.slot)?.next !== store.nextStart[m.slot]);
  if (missing.length > 0) {
    const rows = await queryRows<Record<string, unknown>>(
      index.db,
      sql`SELECT g.id::text AS id, g.slug, g.name, g.kind, g.mode, g.status, g.summary, g.topics,
               g.venue, g.city, g.region, g.country, g.location_approximate, g.policy,
               g.cost_kind, g.cost_amount_cents, g.cost_min_amount_cents, g.cost_currency,
               g.insurance, g.capacity, g.seats_taken, g.therapy_sessions,
               g.therapy_start_date::text AS therapy_start_date,
               nxt.starts_at AS next_start, nxt.ends_at AS next_end, nxt.timezone AS next_timezone
        FROM groups g
        LEFT JOIN LATERAL (
          SELECT o.starts_at, o.ends_at, s.timezone
          FROM group_occurrences o JOIN group_schedules s ON s.id = o.schedule_id
          WHERE o.group_id = g.id AND o.ends_at > ${now.toISOString()}::timestamptz
            AND g.status = 'active' -- a closed listing has no next meeting (as in the index)
          ORDER BY o.starts_at LIMIT 1
        ) nxt ON true
        WHERE g.id IN (${idList(missing.map((m) => store.ids[m.slot]!))})`,
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    for (const m of missing) {
      const row = byId.get(store.ids[m.slot]!);
      if (row) cache.set(m.slot, { row, next: store.nextStart[m.slot]! });
    }
  }
  const results: ResultRow[] = [];
  for (const m of found.rows) {
    const row = cache.get(m.slot)?.row;
    // Removed between the match and the read: the next catch-up drops it from the index.
    if (row) results.push(toResultRow(row, m.distanceKm));
  }
  return { total: found.total, totalCapped: false, results };
}

const asDate = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
const asNumber = (v: unknown) => (v == null ? null : Number(v));

/** Name each field explicitly: a row from the database never reaches a page as it is. */
function toResultRow(
  r: Record<string, unknown>,
  distanceKm: number | null,
  next: Record<string, unknown> = r,
): ResultRow {
  return {
    id: String(r.id),
    slug: String(r.slug),
    name: String(r.name),
    kind: r.kind as ResultRow['kind'],
    mode: r.mode as ResultRow['mode'],
    status: r.status as ResultRow['status'],
    summary: String(r.summary),
    topics: r.topics as string[],
    // An approximate place (a meeting in a home) names no venue in public: its name could
    // identify the home.
    venue: r.location_approximate ? null : ((r.venue as string | null) ?? null),
    city: (r.city as string | null) ?? null,
    region: (r.region as string | null) ?? null,
    country: (r.country as string | null) ?? null,
    locationApproximate: Boolean(r.location_approximate),
    policy: r.policy as ResultRow['policy'],
    costKind: r.cost_kind as ResultRow['costKind'],
    costAmountCents: asNumber(r.cost_amount_cents),
    costMinAmountCents: asNumber(r.cost_min_amount_cents),
    costCurrency: (r.cost_currency as string | null) ?? null,
    insurance: Boolean(r.insurance),
    capacity: asNumber(r.capacity),
    seatsTaken: Number(r.seats_taken ?? 0),
    therapySessions: asNumber(r.therapy_sessions),
    therapyStartDate: (r.therapy_start_date as string | null) ?? null,
    distanceKm,
    nextStart: asDate(next.next_start),
    nextEnd: asDate(next.next_end),
    nextTimezone: (next.next_timezone as string | null) ?? null,
  };
}
