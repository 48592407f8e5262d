import { type SQL, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { type Db, queryRows } from '../../db/client.js';
import { type DirectoryFilter, PAGE_SIZE, TIMES_OF_DAY } from './filters.js';

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

const textArray = (values: readonly string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/**
 * The instants that count as "Tuesday evening" for a viewer in `tz` in the seven days from
 * today: one [start, end) range per matching local day and time of day, in wall-clock time.
 */
export function dayTimeRanges(
  days: number[],
  times: (keyof typeof TIMES_OF_DAY)[],
  tz: string,
  now: Date,
): { starts: Date[]; ends: Date[] } {
  const starts: Date[] = [];
  const ends: Date[] = [];
  const today = DateTime.fromJSDate(now, { zone: tz }).startOf('day');
  const windows = times.length > 0 ? times.map((t) => TIMES_OF_DAY[t]) : [{ from: 0, to: 24 * 60 }];
  for (let offset = 0; offset < 7; offset++) {
    const day = today.plus({ days: offset });
    if (days.length > 0 && !days.includes(day.weekday % 7)) continue;
    for (const w of windows) {
      // Wall-clock arithmetic: on a DST-change day "5 pm" is still 5 pm.
      const at = (m: number) =>
        day
          .plus({ days: Math.floor(m / 1440) })
          .set({ hour: Math.floor((m % 1440) / 60), minute: m % 60 });
      starts.push(at(w.from).toJSDate());
      ends.push(at(w.to).toJSDate());
    }
  }
  return { starts, ends };
}

type TextMode = 'words' | 'fuzzy';

/**
 * The viewer's "Tuesday evening" as UTC quarter-hours of the week, using the viewer's zone's
 * offsets over the coming seven days (so DST is right for the week ahead). Matches
 * groups.week_slots; see ADR 6.
 */
export function dayTimeSlots(
  days: number[],
  times: (keyof typeof TIMES_OF_DAY)[],
  tz: string,
  now: Date,
): number[] {
  const slots = new Set<number>();
  const { starts, ends } = dayTimeRanges(days, times, tz, now);
  for (const [i, start] of starts.entries()) {
    for (let t = start.getTime(); t < ends[i]!.getTime(); t += 15 * 60_000) {
      const d = new Date(t);
      slots.add(d.getUTCDay() * 96 + d.getUTCHours() * 4 + Math.floor(d.getUTCMinutes() / 15));
    }
  }
  return [...slots].sort((a, b) => a - b);
}

const earthPoint = (p: SearchPoint) => sql`ll_to_earth(${p.latitude}, ${p.longitude})`;

function conditions(
  filter: DirectoryFilter,
  point: SearchPoint | undefined,
  now: Date,
  text: TextMode,
): SQL[] {
  // Ended groups and leaders' drafts are never found.
  const where: SQL[] = [sql`g.status <> 'ended' AND g.published`];
  if (filter.q) {
    // Words first (GIN on the tsvector); near-miss spellings of names only when words find nothing.
    where.push(
      text === 'words'
        ? sql`g.search @@ websearch_to_tsquery('english', ${filter.q})`
        : sql`g.name % ${filter.q}`,
    );
  }
  // Seats left implies group therapy (has_seats says so); leaving out the kind then keeps the
  // planner's estimate right, and groups_seats_next_idx usable.
  if (filter.kind && !(filter.seats && filter.kind === 'therapy')) {
    where.push(sql`g.kind = ${filter.kind}`);
  }
  if (filter.topics.length) where.push(sql`g.topics && ${textArray(filter.topics)}`);
  if (filter.modes.length) {
    // One mode as a plain equality, so groups_mode_next_idx can give "next" order directly.
    where.push(
      filter.modes.length === 1
        ? sql`g.mode = ${filter.modes[0]}`
        : sql`g.mode = ANY(${textArray(filter.modes)})`,
    );
  }
  if (filter.languages.length) where.push(sql`g.languages && ${textArray(filter.languages)}`);
  if (filter.audiences.length) where.push(sql`g.audiences && ${textArray(filter.audiences)}`);
  if (filter.access.length) where.push(sql`g.accessibility && ${textArray(filter.access)}`);
  if (filter.policies.length) where.push(sql`g.policy = ANY(${textArray(filter.policies)})`);
  if (filter.techniques.length) where.push(sql`g.techniques && ${textArray(filter.techniques)}`);
  // "Free" means no fee is asked: donation-optional meetings count.
  if (filter.free) where.push(sql`g.cost_kind IN ('free', 'donation')`);
  if (filter.seats) where.push(sql`g.has_seats`);
  if (filter.startsWithinWeeks) {
    const today = DateTime.fromJSDate(now, { zone: filter.tz }).toISODate();
    const last = DateTime.fromJSDate(now, { zone: filter.tz })
      .plus({ weeks: filter.startsWithinWeeks })
      .toISODate();
    where.push(sql`g.therapy_start_date BETWEEN ${today}::date AND ${last}::date`);
  }
  if (filter.source) where.push(sql`g.source_name = ${filter.source}`);
  if (point) {
    const metres = filter.radius * (filter.unit === 'mi' ? 1609.344 : 1000);
    const origin = earthPoint(point);
    // earth_box is the indexable pre-filter; earth_distance trims its corners.
    const within = sql`(g.earth IS NOT NULL AND earth_box(${origin}, ${metres}) @> g.earth
      AND earth_distance(${origin}, g.earth) <= ${metres})`;
    // Online groups are near everyone, but only when the person asked for them.
    where.push(filter.modes.includes('online') ? sql`(${within} OR g.mode = 'online')` : within);
  }
  if (filter.days.length || filter.times.length) {
    const slots = dayTimeSlots(filter.days, filter.times, filter.tz, now);
    where.push(
      slots.length === 0
        ? sql`false`
        : sql`g.week_slots && ARRAY[${sql.raw(slots.join(','))}]::int[]`,
    );
  }
  if (filter.soon) {
    // The next meeting is the first that has not ended: in progress, or the one to come.
    const soon = new Date(now.getTime() + 2 * 3_600_000);
    where.push(sql`g.next_starts_at < ${soon.toISOString()}::timestamptz
      AND g.next_ends_at > ${now.toISOString()}::timestamptz`);
  }
  return where;
}

export type MapPoint = {
  slug: string;
  name: string;
  kind: 'support' | 'therapy';
  latitude: number;
  longitude: number;
  approximate: boolean;
};

/** The places of every match (up to `limit`), for the map view. */
export async function searchPoints(
  db: Db,
  filter: DirectoryFilter,
  point: SearchPoint | undefined,
  now: Date = new Date(),
  limit = 2000,
): Promise<MapPoint[]> {
  const run = async (text: TextMode) => {
    const where = sql.join(conditions(filter, point, now, text), sql` AND `);
    return queryRows<Record<string, unknown>>(
      db,
      sql`SELECT g.slug, g.name, g.kind, g.latitude, g.longitude, g.location_approximate
          FROM groups g
          WHERE ${where} AND g.latitude IS NOT NULL AND g.longitude IS NOT NULL
          ORDER BY g.next_starts_at ASC NULLS LAST LIMIT ${limit}`,
    );
  };
  let rows = await run('words');
  if (rows.length === 0 && filter.q) rows = await run('fuzzy');
  return rows.map((r) => ({
    slug: String(r.slug),
    name: String(r.name),
    kind: r.kind as MapPoint['kind'],
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
    approximate: Boolean(r.location_approximate),
  }));
}

/**
 * Counting stops here: "more than 100 groups" tells a person as much as the exact figure, and a
 * search then reads about a hundred rows instead of every match (ADR 8).
 */
export const COUNT_CAP = 100;
/** Relevance has no index order: it ranks at most this many matches (ADR 8). */
export const RANK_POOL = 1000;

export async function searchGroups(
  db: Db,
  filter: DirectoryFilter,
  point: SearchPoint | undefined,
  now: Date = new Date(),
): Promise<{ total: number; totalCapped: boolean; results: ResultRow[] }> {
  const found = await runSearch(db, filter, point, now, 'words');
  if (found.total > 0 || !filter.q) return found;
  return runSearch(db, filter, point, now, 'fuzzy');
}

async function runSearch(
  db: Db,
  filter: DirectoryFilter,
  point: SearchPoint | undefined,
  now: Date,
  text: TextMode,
): Promise<{ total: number; totalCapped: boolean; results: ResultRow[] }> {
  const where = sql.join(conditions(filter, point, now, text), sql` AND `);
  const distance = point
    ? sql`earth_distance(${earthPoint(point)}, g.earth) / 1000`
    : sql`NULL::double precision`;
  const rank = !filter.q
    ? sql`0`
    : text === 'words'
      ? sql`ts_rank(g.search, websearch_to_tsquery('english', ${filter.q}))`
      : sql`similarity(g.name, ${filter.q})`;
  // Output-column names, valid on the candidates and on the page alike.
  const order =
    filter.sort === 'distance'
      ? sql`distance_km ASC NULLS LAST, next_starts_at ASC NULLS LAST, name, id`
      : filter.sort === 'relevance'
        ? sql`rank DESC, next_starts_at ASC NULLS LAST, name, id`
        : sql`next_starts_at ASC NULLS LAST, name, id`;
  // The candidates are the first matches in an order an index gives: nearest first (GiST <->),
  // or soonest first (groups_next_idx). Relevance has no index order, so with more matches
  // than that it ranks the candidates the index finds first (see ADR 8).
  const candidateOrder =
    filter.sort === 'distance' && point
      ? // The distance alone: the GiST index can walk nearest first only by its operator.
        sql`ORDER BY g.earth <-> ${earthPoint(point)}`
      : filter.sort === 'next' || filter.sort === 'distance'
        ? sql`ORDER BY g.next_starts_at ASC NULLS LAST, g.name, g.id`
        : sql``;
  const offset = (filter.page - 1) * PAGE_SIZE;
  // Enough candidates for this page, the ranking pool and a count capped at COUNT_CAP (+1
  // tells "more").
  const pool = filter.sort === 'relevance' ? RANK_POOL : COUNT_CAP;
  const limit = Math.max(pool, offset + PAGE_SIZE) + 1;
  const nowIso = now.toISOString();
  // One statement: the candidates (narrow rows), their capped count, then the page's columns
  // and exact next meeting for its 20 rows only.
  const statement = sql`
    WITH cand AS MATERIALIZED (
      SELECT g.id, g.name, g.next_starts_at, ${distance} AS distance_km, ${rank} AS rank
      FROM groups g
      WHERE ${where}
      ${candidateOrder}
      LIMIT ${limit}
    ), page AS (
      SELECT cand.* FROM cand ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    SELECT c.total, p.* FROM (SELECT count(*)::int AS total FROM cand) c
    LEFT JOIN (
      SELECT page.id, page.name, page.next_starts_at, page.distance_km, page.rank,
             g.slug, g.kind, g.mode, g.status, g.summary, g.topics, g.venue, g.city,
             g.region, g.country, g.location_approximate, g.policy, g.cost_kind,
             g.cost_amount_cents, g.cost_min_amount_cents, g.cost_currency, g.insurance,
             g.capacity, g.seats_taken, g.therapy_sessions,
             g.therapy_start_date::text AS therapy_start_date,
             nxt.starts_at AS next_start, nxt.ends_at AS next_end, nxt.timezone AS next_timezone
      FROM page JOIN groups g ON g.id = page.id
      LEFT JOIN LATERAL (
        SELECT o.starts_at, o.ends_at, s.timezone
        FROM group_occurrences o JOIN group_schedules s ON s.id = o.schedule_id
        WHERE o.group_id = page.id AND o.ends_at > ${nowIso}::timestamptz
        ORDER BY o.starts_at LIMIT 1
      ) nxt ON true
    ) p ON true
    ORDER BY ${order}`;
  // Nearest first: the planner takes a box to hold 0.1% of the rows, so it would fetch the whole
  // box (with words, testing a TOASTed tsvector on each row) and sort it; walking the GiST index
  // nearest first stops once it has the candidates.
  const rows =
    point && filter.sort === 'distance'
      ? await db.transaction(async (tx) => {
          await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
          return queryRows<Record<string, unknown>>(tx, statement);
        })
      : await queryRows<Record<string, unknown>>(db, statement);
  const n = Number(rows[0]?.total ?? 0);
  return {
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
    results: rows.filter((r) => r.id != null).map(toResultRow),
  };
}

const asDate = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
const asNumber = (v: unknown) => (v == null ? null : Number(v));

/** Name each field explicitly: a row from the database never reaches a page as it is. */
function toResultRow(r: Record<string, unknown>): ResultRow {
  return {
    id: String(r.id),
    slug: String(r.slug),
    name: String(r.name),
    kind: r.kind as ResultRow['kind'],
    mode: r.mode as ResultRow['mode'],
    status: r.status as ResultRow['status'],
    summary: String(r.summary),
    topics: r.topics as string[],
    venue: (r.venue as string | null) ?? null,
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
    distanceKm: asNumber(r.distance_km),
    nextStart: asDate(r.next_start),
    nextEnd: asDate(r.next_end),
    nextTimezone: (r.next_timezone as string | null) ?? null,
  };
}
