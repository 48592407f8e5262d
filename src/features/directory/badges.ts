import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

/*
 * The verified badge (issue 20): a therapy group's leaders whose licence an administrator
 * verified and which has not expired. It comes from the accounts' professional profiles, never
 * from the listing's own text (an imported "LCSW" is a claim; this is a check). An expired
 * licence loses the badge the day after it expires, with no job to run: the date is compared
 * whenever a page is drawn.
 */

export type Badge = {
  name: string;
  /** The public profile's address, when the professional lists it. */
  slug: string | null;
  licenceType: string;
  jurisdiction: string;
  verifiedOn: Date | null;
  expiresOn: string;
};

/** Over `professional_profiles p`: verified, and counting through its expiry day. */
export const CURRENT_LICENCE_SQL = "p.status = 'verified' AND p.expires_on >= current_date";
const CURRENT_LICENCE = sql.raw(CURRENT_LICENCE_SQL);

/** The verified leaders of each of these therapy groups. */
export async function badgesFor(
  db: Db,
  groupIds: readonly string[],
): Promise<Map<string, Badge[]>> {
  const out = new Map<string, Badge[]>();
  if (groupIds.length === 0) return out;
  const rows = await queryRows<{
    group_id: string;
    name: string;
    slug: string | null;
    listed: boolean;
    licence_type: string;
    jurisdiction: string;
    decided_at: Date | string | null;
    expires_on: string | Date;
  }>(
    db,
    sql`SELECT gl.group_id, u.name, p.slug, p.listed, p.licence_type, p.jurisdiction, p.decided_at,
               p.expires_on
          FROM group_leaders gl
          JOIN groups g ON g.id = gl.group_id AND g.kind = 'therapy'
          JOIN users u ON u.id = gl.user_id AND u.disabled_at IS NULL
          JOIN professional_profiles p ON p.user_id = gl.user_id
         WHERE gl.group_id = ANY(${`{${groupIds.join(',')}}`}::uuid[]) AND ${CURRENT_LICENCE}
         ORDER BY gl.role, u.name`,
  );
  for (const r of rows) {
    const list = out.get(r.group_id) ?? [];
    list.push({
      name: r.name,
      slug: r.listed ? r.slug : null,
      licenceType: r.licence_type,
      jurisdiction: r.jurisdiction,
      verifiedOn: r.decided_at ? new Date(r.decided_at) : null,
      expiresOn:
        typeof r.expires_on === 'string' ? r.expires_on : r.expires_on.toISOString().slice(0, 10),
    });
    out.set(r.group_id, list);
  }
  return out;
}
