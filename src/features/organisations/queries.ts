import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { CURRENT_LICENCE_SQL } from '../directory/badges.js';

/** What organisation pages read: explicit SQL, one query per list. */

export const GROUPS_PER_PAGE = 50;

export type OrgGroupRow = {
  slug: string;
  name: string;
  kind: 'support' | 'therapy';
  mode: 'in_person' | 'online' | 'hybrid';
  status: 'active' | 'temporarily_closed' | 'ended';
  city: string | null;
  region: string | null;
  next_start: Date | null;
  next_end: Date | null;
  timezone: string | null;
};

/** The organisation's published groups that still meet, soonest first, a page at a time. */
export async function publicGroupsOf(db: Db, orgId: string, page: number, now = new Date()) {
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM groups
         WHERE organisation_id = ${orgId} AND published AND status <> 'ended'`,
  );
  const rows = await queryRows<OrgGroupRow>(
    db,
    sql`SELECT g.slug, g.name, g.kind, g.mode, g.status, g.city, g.region,
               n.starts_at AS next_start, n.ends_at AS next_end, n.timezone
          FROM groups g
          LEFT JOIN LATERAL (
            SELECT o.starts_at, o.ends_at, s.timezone
              FROM group_occurrences o JOIN group_schedules s ON s.id = o.schedule_id
             WHERE o.group_id = g.id AND o.starts_at >= ${now.toISOString()}::timestamptz
             ORDER BY o.starts_at LIMIT 1
          ) n ON true
         WHERE g.organisation_id = ${orgId} AND g.published AND g.status <> 'ended'
         ORDER BY n.starts_at NULLS LAST, g.name
         LIMIT ${GROUPS_PER_PAGE} OFFSET ${(page - 1) * GROUPS_PER_PAGE}`,
  );
  return { total: count?.n ?? 0, rows };
}

export type OrgTherapist = {
  name: string;
  slug: string;
  licence_type: string;
  jurisdiction: string;
};

/**
 * The organisation's verified therapists who chose to appear on its page and list a public
 * profile: the link to their profile carries the badge; an expired licence drops them.
 */
export const therapistsOf = (db: Db, orgId: string) =>
  queryRows<OrgTherapist>(
    db,
    sql`SELECT u.name, p.slug, p.licence_type, p.jurisdiction
          FROM organisation_members m
          JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
          JOIN professional_profiles p ON p.user_id = m.user_id
         WHERE m.organisation_id = ${orgId} AND m.show_profile AND p.listed AND p.slug IS NOT NULL
           AND ${sql.raw(CURRENT_LICENCE_SQL)}
         ORDER BY u.name`,
  );

export type OrgListRow = {
  slug: string;
  name: string;
  kind: string;
  verified_at: Date | null;
  groups: number;
};

/** The organisations a person is in, with their role: where "Manage" starts. */
export const organisationsOf = (db: Db, userId: string) =>
  queryRows<{ slug: string; name: string; role: 'owner' | 'editor' }>(
    db,
    sql`SELECT o.slug, o.name, m.role FROM organisation_members m
          JOIN organisations o ON o.id = m.organisation_id
         WHERE m.user_id = ${userId} ORDER BY o.name`,
  );

/** Organisation accounts (claimed), verified first, with how many groups they list. */
export const claimedOrganisations = (db: Db) =>
  queryRows<OrgListRow>(
    db,
    sql`SELECT o.slug, o.name, o.kind, o.verified_at,
               (SELECT count(*)::int FROM groups g
                 WHERE g.organisation_id = o.id AND g.published AND g.status <> 'ended') AS groups
          FROM organisations o
         WHERE o.claimed_at IS NOT NULL
         ORDER BY o.verified_at IS NULL, o.name`,
  );

export type ManagedGroupRow = {
  id: string;
  slug: string;
  name: string;
  kind: 'support' | 'therapy';
  status: string;
  published: boolean;
  source_name: string | null;
  /** From a source the organisation claimed: its feed or import decides, not the editors. */
  from_source: boolean;
  /** Led by people on Gatherwell: they edit it, not the organisation's editors. */
  led: boolean;
  contacts: number;
};

/** Every group the organisation owns, drafts included, for its editors. */
export const managedGroupsOf = (db: Db, orgId: string) =>
  queryRows<ManagedGroupRow>(
    db,
    sql`SELECT g.id, g.slug, g.name, g.kind, g.status, g.published, g.source_name,
               (s.source_name IS NOT NULL) AS from_source,
               EXISTS (SELECT 1 FROM group_leaders gl WHERE gl.group_id = g.id) AS led,
               jsonb_array_length(g.contacts)::int AS contacts
          FROM groups g
          LEFT JOIN organisation_sources s
            ON s.source_name = g.source_name AND s.organisation_id = g.organisation_id
         WHERE g.organisation_id = ${orgId}
         ORDER BY g.name
         LIMIT 2000`,
  );

export type OrgPerson = {
  user_id: string;
  name: string;
  role: 'owner' | 'editor';
  show_profile: boolean;
  since: Date;
};

export const peopleOf = (db: Db, orgId: string) =>
  queryRows<OrgPerson>(
    db,
    sql`SELECT m.user_id, u.name, m.role, m.show_profile, m.created_at AS since
          FROM organisation_members m JOIN users u ON u.id = m.user_id
         WHERE m.organisation_id = ${orgId}
         ORDER BY m.role DESC, u.name`,
  );

/** Groups the viewer leads as owner that belong to no claimed organisation: they may add them. */
export const groupsToAdd = (db: Db, userId: string) =>
  queryRows<{ id: string; slug: string; name: string }>(
    db,
    sql`SELECT g.id, g.slug, g.name
          FROM group_leaders gl JOIN groups g ON g.id = gl.group_id
          LEFT JOIN organisations o ON o.id = g.organisation_id
         WHERE gl.user_id = ${userId} AND gl.role = 'owner' AND g.status <> 'ended'
           AND (o.id IS NULL OR o.claimed_at IS NULL)
         ORDER BY g.name`,
  );

/** Open claims and organisations waiting for verification, for administrators. */
export async function reviewQueue(db: Db) {
  const claims = await queryRows<{
    id: string;
    org_slug: string;
    org_name: string;
    user_name: string;
    user_email: string;
    message: string;
    created_at: Date;
    groups: number;
  }>(
    db,
    sql`SELECT c.id, o.slug AS org_slug, o.name AS org_name, u.name AS user_name,
               u.email AS user_email, c.message, c.created_at,
               (SELECT count(*)::int FROM groups g WHERE g.organisation_id = o.id) AS groups
          FROM organisation_claims c
          JOIN organisations o ON o.id = c.organisation_id
          JOIN users u ON u.id = c.user_id
         WHERE c.outcome IS NULL
         ORDER BY c.created_at`,
  );
  const accounts = await queryRows<{
    slug: string;
    name: string;
    kind: string;
    url: string | null;
    claimed_at: Date;
    verified_at: Date | null;
    owners: string;
  }>(
    db,
    sql`SELECT o.slug, o.name, o.kind, o.url, o.claimed_at, o.verified_at,
               coalesce((SELECT string_agg(u.name || ' <' || u.email || '>', ', ' ORDER BY u.name)
                  FROM organisation_members m JOIN users u ON u.id = m.user_id
                 WHERE m.organisation_id = o.id AND m.role = 'owner'), '') AS owners
          FROM organisations o
         WHERE o.claimed_at IS NOT NULL
         ORDER BY o.verified_at IS NOT NULL, o.claimed_at DESC
         LIMIT 200`,
  );
  const sources = await queryRows<{ source_name: string; groups: number }>(
    db,
    sql`SELECT g.source_name, count(*)::int AS groups
          FROM groups g LEFT JOIN organisation_sources s ON s.source_name = g.source_name
         WHERE g.source_name IS NOT NULL AND s.source_name IS NULL
         GROUP BY g.source_name ORDER BY g.source_name`,
  );
  return { claims, accounts, sources };
}

/** One of the organisation's groups with its imported contacts (private unless published). */
export async function groupWithContacts(db: Db, orgId: string, slug: string) {
  const [group] = await queryRows<{
    id: string;
    slug: string;
    name: string;
    contacts: { name?: string; email?: string; phone?: string }[];
  }>(
    db,
    sql`SELECT id, slug, name, contacts FROM groups WHERE slug = ${slug} AND organisation_id = ${orgId}`,
  );
  return group ?? null;
}

/** The keys of a group's contacts its organisation published (commands.ts, contactKey). */
export const publishedContactKeys = async (db: Db, groupId: string) =>
  new Set(
    (
      await queryRows<{ contact_key: string }>(
        db,
        sql`SELECT contact_key FROM organisation_public_contacts WHERE group_id = ${groupId}`,
      )
    ).map((r) => r.contact_key),
  );

/** Whether a feed run belongs to one of this organisation's feeds. */
export async function isRunOf(db: Db, runId: string, orgId: string) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`SELECT r.id FROM feed_runs r JOIN organisation_feeds f ON f.id = r.feed_id
         WHERE r.id = ${runId} AND f.organisation_id = ${orgId}`,
  );
  return row !== undefined;
}
