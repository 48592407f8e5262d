import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { SearchStore } from './search-store.js';

/**
 * How the search read-model is read from PostgreSQL (ADR 14): every published listing that is
 * not ended with its occurrences from a day ago on, in batches, or just the listings the change
 * log names. What the store does with the rows is in search-store.ts.
 */

export type GroupRow = {
  id: string;
  name: string;
  kind: string;
  mode: string;
  status: string;
  policy: string;
  cost_kind: string;
  has_seats: boolean | null;
  therapy_start_date: string | null;
  source_name: string | null;
  latitude: number | null;
  longitude: number | null;
  topics: string[];
  audiences: string[];
  languages: string[];
  accessibility: string[];
  techniques: string[];
  /** The stored tsvector's text form: `'lexeme':1A,4C 'other':2B`. */
  words: string;
};
/** Start and end in minutes since the epoch; the zone only when rows are held in memory. */
export type OccurrenceRow = { group_id: string; s: number; e: number; tz?: string };

const GROUP_COLUMNS = sql`g.id::text AS id, g.name, g.kind, g.mode, g.status, g.policy,
  g.cost_kind, g.has_seats, g.therapy_start_date::text AS therapy_start_date, g.source_name,
  g.latitude, g.longitude, g.topics, g.audiences, g.languages, g.accessibility, g.techniques,
  g.search::text AS words`;
/** What a results row shows besides the above, when rows are held in memory too. */
const DISPLAY_COLUMNS = sql`, g.slug, g.summary, g.venue, g.city, g.region, g.country,
  g.location_approximate, g.cost_amount_cents, g.cost_min_amount_cents, g.cost_currency,
  g.insurance, g.capacity, g.seats_taken, g.therapy_sessions`;
// Minutes since the epoch: every schedule starts on a whole minute.
const OCCURRENCE_COLUMNS = sql`o.group_id::text AS group_id,
  floor(extract(epoch FROM o.starts_at) / 60)::int AS s,
  ceil(extract(epoch FROM o.ends_at) / 60)::int AS e`;
// With rows in memory, each occurrence's zone too (joining schedules costs ten times the read of
// the occurrences alone, so without rows in memory the zone is read with the page instead).
const OCCURRENCE_ZONE = sql`, (SELECT s.timezone FROM group_schedules s WHERE s.id = o.schedule_id) AS tz`;

const LOAD_BATCH = 20_000;
const DAY_MS = 86_400_000;

const uuids = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** Read these listings (all of them when `ids` is undefined) into the store. */
export async function readListings(store: SearchStore, db: Db, ids?: string[], now = new Date()) {
  const since = new Date(now.getTime() - DAY_MS).toISOString();
  const display = store.rowsInMemory ? DISPLAY_COLUMNS : sql``;
  const zone = store.rowsInMemory ? OCCURRENCE_ZONE : sql``;
  if (ids) {
    for (const id of ids) store.remove(id);
    for (let i = 0; i < ids.length; i += LOAD_BATCH) {
      const list = uuids(ids.slice(i, i + LOAD_BATCH));
      const rows = await queryRows<GroupRow>(
        db,
        sql`SELECT ${GROUP_COLUMNS} ${display} FROM groups g
            WHERE g.id IN (${list}) AND g.status <> 'ended' AND g.published ORDER BY g.id`,
      );
      for (const r of rows) store.add(r);
      if (rows.length === 0) continue;
      store.addOccurrences(
        await queryRows<OccurrenceRow>(
          db,
          sql`SELECT ${OCCURRENCE_COLUMNS} ${zone} FROM group_occurrences o
              WHERE o.group_id IN (${list}) AND o.ends_at > ${since}::timestamptz
              ORDER BY o.group_id, o.starts_at`,
        ),
      );
    }
    return;
  }
  // Everything, in batches by id: bounded memory per statement, the occurrences of a batch
  // read through (group_id, starts_at), and the next batch asked for while this one is parsed.
  const groupsAfter = (after: string) =>
    queryRows<GroupRow>(
      db,
      sql`SELECT ${GROUP_COLUMNS} ${display} FROM groups g
          WHERE g.id > ${after}::uuid AND g.status <> 'ended' AND g.published ORDER BY g.id LIMIT ${LOAD_BATCH}`,
    );
  let after = '00000000-0000-0000-0000-000000000000';
  let pending = groupsAfter(after);
  for (;;) {
    const rows = await pending;
    if (rows.length === 0) break;
    const last = rows[rows.length - 1]!.id;
    const occurrences = queryRows<OccurrenceRow>(
      db,
      sql`SELECT ${OCCURRENCE_COLUMNS} ${zone} FROM group_occurrences o
          WHERE o.group_id > ${after}::uuid AND o.group_id <= ${last}::uuid
            AND o.ends_at > ${since}::timestamptz
          ORDER BY o.group_id, o.starts_at`,
    );
    pending = rows.length < LOAD_BATCH ? Promise.resolve([]) : groupsAfter(last);
    for (const r of rows) store.add(r);
    store.addOccurrences(await occurrences);
    after = last;
  }
  store.trim();
}

/**
 * Read again the meetings of these live listings, whose rows did not change (the refresher
 * added meetings as the window moved); the store swaps each one's run, keeping its slot.
 */
export async function rereadMeetings(store: SearchStore, db: Db, ids: string[], now = new Date()) {
  const since = new Date(now.getTime() - DAY_MS).toISOString();
  const zone = store.rowsInMemory ? OCCURRENCE_ZONE : sql``;
  for (let i = 0; i < ids.length; i += LOAD_BATCH) {
    const batch = ids.slice(i, i + LOAD_BATCH).filter((id) => store.slotById.has(id));
    if (batch.length === 0) continue;
    const rows = await queryRows<OccurrenceRow>(
      db,
      sql`SELECT ${OCCURRENCE_COLUMNS} ${zone} FROM group_occurrences o
          WHERE o.group_id IN (${uuids(batch)}) AND o.ends_at > ${since}::timestamptz
          ORDER BY o.group_id, o.starts_at`,
    );
    store.replaceMeetings(batch, rows, now);
  }
  store.compactIfWasteful();
}
