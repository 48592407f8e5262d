import { getTableColumns, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { groupOccurrences, groupSchedules, groups, organisations } from '../../db/schema/index.js';
import { toStoredSchedule } from '../../shared/schedule/index.js';
import {
  contentHash,
  DAY_MS,
  expansionEnd,
  firstFree,
  groupRow,
  occurrenceRows,
  safeUrl,
  scheduleRow,
  type Tx,
} from './commands.js';
import type { GroupInput } from './model.js';
import { urlUnlessClaimed } from './organisation-link.js';

/**
 * Rows per INSERT: PostgreSQL takes at most 65,535 parameters in a statement, and a listing
 * row has about fifty columns. Smaller statements keep the embedded database's memory down (its
 * WebAssembly heap grows to fit the largest statement and never shrinks); beyond a hundred
 * listings a statement, bigger ones save no time.
 */
const LISTINGS_PER_STATEMENT = 100;
const ROWS_PER_STATEMENT = 1000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The organisations these listings name, created or updated once each: id by name. A claimed
 * organisation is left out, so naming it does not join it (commands.ts, organisationId).
 */
async function organisationIds(tx: Tx, inputs: GroupInput[]): Promise<Map<string, string>> {
  const byName = new Map<string, { name: string; url: string | null }>();
  for (const i of inputs) {
    if (!i.organisation) continue;
    const seen = byName.get(i.organisation.name);
    byName.set(i.organisation.name, {
      name: i.organisation.name,
      url: safeUrl(i.organisation.url) ?? seen?.url ?? null,
    });
  }
  // Names of claimed organisations in any capitals: a listing naming one joins nothing, and
  // must not create a look-alike either (commands.ts, organisationId).
  const claimed = new Set(
    (
      await tx
        .select({ name: sql<string>`lower(${organisations.name})` })
        .from(organisations)
        .where(sql`${organisations.claimedAt} IS NOT NULL`)
    ).map((r) => r.name),
  );
  for (const name of [...byName.keys()]) if (claimed.has(name.toLowerCase())) byName.delete(name);
  const ids = new Map<string, string>();
  for (const part of chunks([...byName.values()], ROWS_PER_STATEMENT)) {
    const rows = await tx
      .insert(organisations)
      .values(part)
      .onConflictDoUpdate({
        target: organisations.name,
        set: { url: urlUnlessClaimed },
      })
      .returning({
        id: organisations.id,
        name: organisations.name,
        claimedAt: organisations.claimedAt,
      });
    for (const r of rows) if (!r.claimedAt) ids.set(r.name, r.id);
  }
  return ids;
}

/**
 * Free slugs for many new listings in one query: every slug that is taken, or is a numbered
 * variant of one they want, then the same first-free rule as a single save (firstFree).
 */
async function freeSlugs(tx: Tx, wanted: string[]): Promise<string[]> {
  // One parameter, however many slugs: they hold only [a-z0-9-], never a space.
  const bases = [...new Set(wanted)].join(' ');
  const taken = await queryRows<{ slug: string }>(
    tx as unknown as Db,
    sql`WITH wanted AS (SELECT string_to_array(${bases}, ' ') AS slugs)
        SELECT slug FROM ${groups}, wanted
        WHERE slug = ANY(wanted.slugs) OR regexp_replace(slug, '-[0-9]+$', '') = ANY(wanted.slugs)`,
  );
  const used = new Set(taken.map((r) => r.slug));
  return wanted.map((slug) => {
    const free = firstFree(slug, used);
    used.add(free);
    return free;
  });
}

const COLUMNS = getTableColumns(groups);

/**
 * Listing rows as one JSON parameter that PostgreSQL unpacks (jsonb_populate_recordset): the
 * query builder's cost per value (a listing has about fifty) was most of the import's own CPU.
 */
async function insertAsJson(
  tx: Tx,
  rows: ReturnType<typeof groupRow>[],
): Promise<{ id: string; slug: string }[]> {
  const keys = Object.keys(rows[0]!) as (keyof typeof COLUMNS)[];
  const names = keys.map((k) => COLUMNS[k].name);
  const json = JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(keys.map((k, i) => [names[i], row[k as keyof typeof row]])),
    ),
  );
  const list = sql.raw(names.map((n) => `"${n}"`).join(', '));
  return queryRows<{ id: string; slug: string }>(
    tx as unknown as Db,
    sql`INSERT INTO ${groups} (${list})
        SELECT ${list} FROM jsonb_populate_recordset(NULL::groups, ${json}::jsonb)
        RETURNING id, slug`,
  );
}

/**
 * Insert many new listings at once, with their schedules and coming meetings: a handful of
 * statements in the caller's transaction instead of several per listing (an import of 2,000
 * meetings went from minutes to seconds with the embedded database, where each statement
 * crosses to the database's thread). Schedules must already be valid (toStoredSchedule).
 * The search index hears of them through the directory_changes trigger, once per statement.
 */
export async function insertListings(tx: Tx, inputs: GroupInput[], now: Date): Promise<void> {
  if (inputs.length === 0) return;
  const orgs = await organisationIds(tx, inputs);
  const slugs = await freeSlugs(
    tx,
    inputs.map((i) => i.slug),
  );
  const ids = new Map<string, string>();
  for (const part of chunks(
    inputs.map((input, i) => ({ input, slug: slugs[i]! })),
    LISTINGS_PER_STATEMENT,
  )) {
    const rows = part.map(({ input, slug }) => ({
      ...groupRow(
        input,
        input.organisationId ??
          (input.organisation ? (orgs.get(input.organisation.name) ?? null) : null),
        contentHash(input),
        now,
      ),
      slug,
    }));
    for (const r of await insertAsJson(tx, rows)) ids.set(r.slug, r.id);
  }

  const schedules = inputs.flatMap((input, i) =>
    input.schedules.map((s, position) => ({
      groupId: ids.get(slugs[i]!)!,
      position,
      input: s,
      stored: toStoredSchedule(s),
    })),
  );
  const scheduleIds = new Map<string, string>();
  for (const part of chunks(schedules, ROWS_PER_STATEMENT / 5)) {
    const rows = await tx
      .insert(groupSchedules)
      .values(part.map((s) => scheduleRow(s.groupId, s.position, s, now)))
      .returning({
        id: groupSchedules.id,
        groupId: groupSchedules.groupId,
        position: groupSchedules.position,
      });
    for (const r of rows) scheduleIds.set(`${r.groupId}:${r.position}`, r.id);
  }

  const from = new Date(now.getTime() - DAY_MS);
  const meetings = schedules.flatMap((s) =>
    occurrenceRows(
      s.groupId,
      scheduleIds.get(`${s.groupId}:${s.position}`)!,
      s.stored,
      from,
      expansionEnd(s.stored, now),
    ),
  );
  for (const part of chunks(meetings, ROWS_PER_STATEMENT)) {
    await tx.insert(groupOccurrences).values(part);
  }
}
