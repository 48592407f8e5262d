import { randomBytes } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { CURRENT_LICENCE_SQL } from '../directory/badges.js';
import type { TherapistFilter } from './filters.js';

/*
 * Therapists' public profiles. A profile is found only while it is listed by its owner and the
 * licence is verified and current (CURRENT_LICENCE): an expired licence hides it until an
 * administrator verifies the renewal. What a listed profile shows is the professional's choice
 * (listing form), except the badge's facts, which are what makes the listing worth trusting.
 */

export const PAGE_SIZE = 20;

export type TherapistCard = {
  slug: string;
  name: string;
  licenceType: string;
  jurisdiction: string;
  verifiedOn: Date | null;
  expiresOn: string;
  techniques: string[];
  topics: string[];
  languages: string[];
  city: string;
  region: string;
  country: string;
  online: boolean;
};

type Row = {
  slug: string;
  name: string;
  licence_type: string;
  jurisdiction: string;
  decided_at: Date | string | null;
  expires_on: string | Date;
  modalities: string[];
  topics: string[];
  languages: string[];
  city: string;
  region: string;
  country: string;
  online: boolean;
  bio?: string;
  show_groups?: boolean;
  user_id?: string;
};

const card = (r: Row): TherapistCard => ({
  slug: r.slug,
  name: r.name,
  licenceType: r.licence_type,
  jurisdiction: r.jurisdiction,
  verifiedOn: r.decided_at ? new Date(r.decided_at) : null,
  expiresOn:
    typeof r.expires_on === 'string' ? r.expires_on : r.expires_on.toISOString().slice(0, 10),
  techniques: r.modalities,
  topics: r.topics,
  languages: r.languages,
  city: r.city,
  region: r.region,
  country: r.country,
  online: r.online,
});

// Listed by its owner, with a current verified licence, on an account that is not disabled.
const FOUND = sql.raw(
  `p.listed AND p.slug IS NOT NULL AND u.disabled_at IS NULL AND ${CURRENT_LICENCE_SQL}`,
);

// Therapy groups a professional leads that anyone may see (published, not ended).
const LEADS_GROUP = (extra: SQL) => sql`EXISTS (
  SELECT 1 FROM group_leaders gl JOIN groups g ON g.id = gl.group_id
   WHERE gl.user_id = p.user_id AND g.kind = 'therapy' AND g.published AND g.status <> 'ended' ${extra})`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filter as SQL: AND between facets (docs/therapists.md). */
function whereOf(f: TherapistFilter): SQL {
  const parts: SQL[] = [FOUND];
  if (f.q) parts.push(sql`u.name ILIKE ${`%${escapeLike(f.q)}%`}`);
  if (f.place) {
    const like = `${escapeLike(f.place)}%`;
    parts.push(sql`(p.city ILIKE ${like} OR p.region ILIKE ${like}
      OR ${LEADS_GROUP(sql`AND (g.city ILIKE ${like} OR g.region ILIKE ${like} OR g.postal_code ILIKE ${like})`)})`);
  }
  if (f.online) parts.push(sql`(p.online OR ${LEADS_GROUP(sql`AND g.mode <> 'in_person'`)})`);
  if (f.licence) parts.push(sql`p.licence_type = ${f.licence}`);
  if (f.jurisdiction) parts.push(sql`p.jurisdiction = ${f.jurisdiction}`);
  if (f.technique) parts.push(sql`${f.technique} = ANY(p.modalities)`);
  if (f.topic) parts.push(sql`${f.topic} = ANY(p.topics)`);
  if (f.language) parts.push(sql`${f.language} = ANY(p.languages)`);
  return sql.join(parts, sql` AND `);
}

const COLUMNS = sql.raw(`p.slug, u.name, p.licence_type, p.jurisdiction, p.decided_at, p.expires_on,
  p.modalities, p.topics, p.languages, p.city, p.region, p.country, p.online`);

export async function searchTherapists(db: Db, f: TherapistFilter) {
  const where = whereOf(f);
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM professional_profiles p JOIN users u ON u.id = p.user_id WHERE ${where}`,
  );
  const rows = await queryRows<Row>(
    db,
    sql`SELECT ${COLUMNS} FROM professional_profiles p JOIN users u ON u.id = p.user_id
         WHERE ${where} ORDER BY u.name, p.slug
         LIMIT ${PAGE_SIZE} OFFSET ${(f.page - 1) * PAGE_SIZE}`,
  );
  return { total: count?.n ?? 0, therapists: rows.map(card) };
}

/** The licence types and jurisdictions of listed profiles, for the search form's choices. */
export async function facetsOfListed(db: Db) {
  const rows = await queryRows<{ licence_type: string; jurisdiction: string }>(
    db,
    sql`SELECT DISTINCT p.licence_type, p.jurisdiction FROM professional_profiles p
          JOIN users u ON u.id = p.user_id WHERE ${FOUND}`,
  );
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    licences: sorted(rows.map((r) => r.licence_type)),
    jurisdictions: sorted(rows.map((r) => r.jurisdiction)),
  };
}

export type TherapistProfile = TherapistCard & {
  bio: string;
  /** Null when the professional chose not to show them. */
  groups: { slug: string; name: string; status: string }[] | null;
};

export async function therapistBySlug(db: Db, slug: string): Promise<TherapistProfile | null> {
  const [row] = await queryRows<Row>(
    db,
    sql`SELECT ${COLUMNS}, p.bio, p.show_groups, p.user_id
          FROM professional_profiles p JOIN users u ON u.id = p.user_id
         WHERE p.slug = ${slug} AND ${FOUND}`,
  );
  if (!row) return null;
  const groups = row.show_groups
    ? await queryRows<{ slug: string; name: string; status: string }>(
        db,
        sql`SELECT g.slug, g.name, g.status FROM group_leaders gl JOIN groups g ON g.id = gl.group_id
             WHERE gl.user_id = ${row.user_id} AND g.kind = 'therapy' AND g.published AND g.status <> 'ended'
             ORDER BY g.name`,
      )
    : null;
  return { ...card(row), bio: row.bio ?? '', groups };
}

export type Listing = {
  listed: boolean;
  showGroups: boolean;
  bio: string;
  techniques: string[];
  topics: string[];
  languages: string[];
  city: string;
  region: string;
  country: string;
  online: boolean;
};

export async function listingOf(
  db: Db,
  userId: string,
): Promise<(Listing & { slug: string | null }) | null> {
  const [row] = await queryRows<{
    slug: string | null;
    listed: boolean;
    show_groups: boolean;
    bio: string;
    modalities: string[];
    topics: string[];
    languages: string[];
    city: string;
    region: string;
    country: string;
    online: boolean;
  }>(
    db,
    sql`SELECT slug, listed, show_groups, bio, modalities, topics, languages, city, region, country, online
          FROM professional_profiles WHERE user_id = ${userId}`,
  );
  if (!row) return null;
  return {
    slug: row.slug,
    listed: row.listed,
    showGroups: row.show_groups,
    bio: row.bio,
    techniques: row.modalities,
    topics: row.topics,
    languages: row.languages,
    city: row.city,
    region: row.region,
    country: row.country,
    online: row.online,
  };
}

/** A profile's address: the name's letters and a short random tail, chosen once. */
export function slugFor(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'therapist'}-${randomBytes(3).toString('hex')}`;
}

export async function saveListing(db: Db, userId: string, name: string, l: Listing) {
  await db.execute(
    sql`UPDATE professional_profiles
           SET slug = COALESCE(slug, ${slugFor(name)}), listed = ${l.listed}, show_groups = ${l.showGroups},
               bio = ${l.bio}, modalities = ${`{${l.techniques.join(',')}}`}::text[],
               topics = ${`{${l.topics.join(',')}}`}::text[],
               languages = ${`{${l.languages.join(',')}}`}::text[], city = ${l.city}, region = ${l.region},
               country = ${l.country}, online = ${l.online}
         WHERE user_id = ${userId}`,
  );
}
