import { and, arrayContains, asc, count, eq, gte, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groupSchedules, groups, organisations } from '../../db/schema/index.js';
import { listingColumns } from '../directory/group-query.js';
import type { ScheduleInput } from '../directory/model.js';
import { TAXONOMY_BY_ID, type TaxonomyKey, TERMS } from './vocabulary.js';

/**
 * What HSDS may publish of a listing: the public columns only (never `contacts`, volunteers'
 * own details, never anything about members) and its organisation. The online link is read,
 * but present.ts drops it unless the group made it public.
 */
const columns = { ...listingColumns, organisationId: groups.organisationId };

/** An organisation's public face: no members, no verification details. */
const organisationColumns = {
  id: organisations.id,
  name: organisations.name,
  url: organisations.url,
  slug: organisations.slug,
  description: organisations.description,
};

export type Organisation = {
  id: string;
  name: string;
  url: string | null;
  slug: string;
  description: string;
};
/** A listing as HSDS presents it: its public columns (as typed by the select), organisation and rules. */
export type Listing = Awaited<ReturnType<typeof selectListings>>[number]['g'] & {
  organisation: Organisation | null;
  schedules: ScheduleInput[];
};

export type ListingFilter = {
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  /** Listings of any of these organisations (one query for a page of organisations). */
  organizationIds?: string[];
  modifiedAfter?: Date;
  /** Only listings met at a place with this postal code (service_at_locations). */
  postcode?: string;
};

/** A published listing that has not ended: the only ones HSDS shows. */
const visible = and(eq(groups.published, true), ne(groups.status, 'ended'));

function termCondition(key: TaxonomyKey, code: string): SQL | undefined {
  switch (key) {
    case 'topics':
    case 'audiences':
    case 'accessibility':
    case 'techniques':
      return arrayContains(groups[key], [code]);
    case 'group_kind':
      return eq(groups.kind, code as 'support');
    case 'joining':
      return eq(groups.policy, code as 'drop_in');
    case 'cost':
      return code === 'insurance'
        ? eq(groups.insurance, true)
        : eq(groups.costKind, code as 'free');
  }
}

function taxonomyCondition(key: TaxonomyKey): SQL | undefined {
  // Every listing has a kind, a joining policy and a cost kind; the lists may be empty.
  if (key === 'topics' || key === 'audiences' || key === 'accessibility' || key === 'techniques') {
    return sql`cardinality(${groups[key]}) > 0`;
  }
  return undefined;
}

const NONE = sql`false`;

/** The filter as one SQL condition (HSDS: parameters combine with AND). */
export function whereOf(filter: ListingFilter): SQL {
  const parts: (SQL | undefined)[] = [visible];
  if (filter.search) {
    parts.push(sql`${groups.search} @@ websearch_to_tsquery('english', ${filter.search})`);
  }
  if (filter.taxonomyTermId) {
    const term = TERMS.get(filter.taxonomyTermId);
    parts.push(term ? termCondition(term.key, term.code) : NONE);
  }
  if (filter.taxonomyId) {
    const key = TAXONOMY_BY_ID.get(filter.taxonomyId);
    parts.push(key ? taxonomyCondition(key) : NONE);
  }
  if (filter.organizationId) parts.push(eq(groups.organisationId, filter.organizationId));
  if (filter.organizationIds) {
    parts.push(
      filter.organizationIds.length ? inArray(groups.organisationId, filter.organizationIds) : NONE,
    );
  }
  if (filter.modifiedAfter) parts.push(gte(groups.updatedAt, filter.modifiedAfter));
  if (filter.postcode) {
    parts.push(
      sql`upper(replace(${groups.postalCode}, ' ', '')) = ${filter.postcode.replace(/\s+/g, '').toUpperCase()}`,
      ne(groups.mode, 'online'),
    );
  }
  return and(...parts) as SQL;
}

export async function countListings(db: Db, where: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(groups).where(where);
  return Number(row?.n ?? 0);
}

/** Ids and modes in the order every HSDS list uses (name, then id), for paging. */
export async function listingKeys(db: Db, where: SQL, limit?: number, offset = 0) {
  const query = db
    .select({ id: groups.id, mode: groups.mode })
    .from(groups)
    .where(where)
    .orderBy(asc(groups.name), asc(groups.id))
    .offset(offset);
  return limit === undefined ? query : query.limit(limit);
}

function selectListings(db: Db, ids: string[]) {
  return db
    .select({
      g: columns,
      org: organisationColumns,
    })
    .from(groups)
    .leftJoin(organisations, eq(organisations.id, groups.organisationId))
    .where(and(visible, inArray(groups.id, ids)));
}

/** Full listings for these ids, in the order given. */
export async function loadListings(db: Db, ids: string[]): Promise<Listing[]> {
  if (ids.length === 0) return [];
  const rows = await selectListings(db, ids);
  const schedules = await db
    .select({ groupId: groupSchedules.groupId, input: groupSchedules.input })
    .from(groupSchedules)
    .where(inArray(groupSchedules.groupId, ids))
    .orderBy(asc(groupSchedules.groupId), asc(groupSchedules.position));
  const byGroup = new Map<string, ScheduleInput[]>();
  for (const s of schedules) byGroup.set(s.groupId, [...(byGroup.get(s.groupId) ?? []), s.input]);
  const byId = new Map(
    rows.map(({ g, org }) => [
      g.id,
      { ...g, organisation: org?.id ? org : null, schedules: byGroup.get(g.id) ?? [] } as Listing,
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Organisations with a name on at least one visible listing, or an account someone claimed. */
export function organisationWhere(filter: { search?: string; id?: string }): SQL {
  const parts: (SQL | undefined)[] = [
    sql`(${organisations.claimedAt} IS NOT NULL OR EXISTS (SELECT 1 FROM ${groups} WHERE ${groups.organisationId} = ${organisations.id} AND ${visible}))`,
  ];
  if (filter.search) {
    parts.push(sql`${organisations.name} ILIKE ${`%${filter.search.replace(/[\\%_]/g, '\\$&')}%`}`);
  }
  if (filter.id) parts.push(eq(organisations.id, filter.id));
  return and(...parts) as SQL;
}

export async function loadOrganisations(db: Db, where: SQL, limit: number, offset: number) {
  const [total] = await db.select({ n: count() }).from(organisations).where(where);
  const rows = await db
    .select(organisationColumns)
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(limit)
    .offset(offset);
  return { total: Number(total?.n ?? 0), rows: rows as Organisation[] };
}
