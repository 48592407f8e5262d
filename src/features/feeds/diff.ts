import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { contentHash } from '../directory/commands.js';
import type { GroupInput, ScheduleInput } from '../directory/model.js';
import type { PreparedImport } from '../meeting-guide/run-import.js';
import type { FeedDiff } from './report.js';

type Stored = {
  source_id: string;
  slug: string;
  name: string;
  content_hash: string;
  description: string;
  mode: string;
  status: string;
  venue: string | null;
  address: string | null;
  city: string | null;
  postal_code: string | null;
  latitude: number | null;
  longitude: number | null;
  online_url: string | null;
  online_phone: string | null;
  audiences: string[];
  languages: string[];
  accessibility: string[];
  regions: string[];
  first_visit: string | null;
  contacts: unknown;
  organisation_id: string | null;
  schedules: ScheduleInput[] | null;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();
// A schedule's start date is the day it was first read, not something the feed says.
const rules = (list: ScheduleInput[] | null | undefined) =>
  (list ?? []).map(({ startDate: _, ...rest }) => rest);

/** Which of a listing's parts, in the feed's own terms, differ from what is published. */
function changedFields(row: Stored, input: GroupInput): string[] {
  const loc = input.location;
  const fields: [string, boolean][] = [
    ['name', row.name !== input.name],
    ['notes', (row.description ?? '') !== (input.description ?? '')],
    ['day and time', !same(rules(row.schedules), rules(input.schedules))],
    [
      'address',
      !same(
        [row.venue, row.address, row.city, row.postal_code],
        [loc?.venue, loc?.address, loc?.city, loc?.postalCode].map((v) => v ?? null),
      ),
    ],
    [
      'place on the map',
      !same([row.latitude, row.longitude], [loc?.latitude ?? null, loc?.longitude ?? null]),
    ],
    [
      'online access',
      !same(
        [row.online_url, row.online_phone],
        [input.online?.url ?? null, input.online?.phone ?? null],
      ),
    ],
    ['attendance', row.mode !== input.mode || row.status !== input.status],
    [
      'types',
      !same(
        [sorted(row.audiences), sorted(row.languages), sorted(row.accessibility), row.first_visit],
        [
          sorted(input.audiences),
          sorted(input.languages),
          sorted(input.accessibility),
          input.firstVisit ?? null,
        ],
      ),
    ],
    ['regions', !same(row.regions, input.regions ?? [])],
    ['contacts', !same(row.contacts ?? [], input.contacts ?? [])],
    ['organisation account', (row.organisation_id ?? null) !== (input.organisationId ?? null)],
  ];
  const named = fields.filter(([, differs]) => differs).map(([field]) => field);
  // Hashes differ for parts not shown here (an entity's link, a source date): say so plainly.
  return named.length > 0 ? named : ['other details'];
}

/**
 * What importing `prepared` would do to the listings published now from `sourceName`, matched
 * as applyImport matches them (groups.source_name + groups.source_id): added, changed (with the
 * fields), removed, and kept (a record skipped for an error keeps its listing). With
 * `publishedOnly`, drafts and ended listings are left out: their names are not for everyone.
 */
export async function diffAgainstPublished(
  db: Db,
  sourceName: string,
  prepared: PreparedImport,
  options: { publishedOnly?: boolean } = {},
): Promise<FeedDiff> {
  const rows = await queryRows<Stored>(
    db,
    sql`SELECT g.source_id, g.slug, g.name, g.content_hash, g.description, g.mode, g.status,
               g.venue, g.address, g.city, g.postal_code, g.latitude, g.longitude, g.online_url,
               g.online_phone, g.audiences, g.languages, g.accessibility, g.regions,
               g.first_visit, g.contacts, g.organisation_id,
               (SELECT jsonb_agg(s.input ORDER BY s.position) FROM group_schedules s
                 WHERE s.group_id = g.id) AS schedules
          FROM groups g
         WHERE g.source_name = ${sourceName}
           ${options.publishedOnly ? sql`AND g.published AND g.status <> 'ended'` : sql``}`,
  );
  const stored = new Map(rows.map((r) => [r.source_id, r]));
  const diff: FeedDiff = {
    source: sourceName,
    published: rows.length,
    added: [],
    changed: [],
    removed: [],
    unchanged: 0,
    kept: 0,
  };
  const seen = new Set<string>();
  for (const input of prepared.usable) {
    const id = input.source!.externalId;
    seen.add(id);
    const row = stored.get(id);
    if (!row) diff.added.push({ slug: id, name: input.name });
    else if (row.content_hash === contentHash(input)) diff.unchanged++;
    else diff.changed.push({ slug: id, name: input.name, fields: changedFields(row, input) });
  }
  for (const w of prepared.warnings) {
    if (w.skipped && w.slug && stored.has(w.slug) && !seen.has(w.slug)) {
      seen.add(w.slug);
      diff.kept++;
    }
  }
  for (const row of rows) {
    if (!seen.has(row.source_id)) diff.removed.push({ slug: row.source_id, name: row.name });
  }
  return diff;
}
