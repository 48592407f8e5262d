import { asc, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, listingReports, professionalProfiles, users } from '../../db/schema/index.js';
import { profileColumns } from '../accounts/professional.js';
import { professionalStanding } from '../accounts/viewer.js';

/**
 * What the administrators' pages read. Each presenter lists its fields: an administrator sees
 * what moderation needs and no more (never intake answers, memberships or sessions).
 */

export async function overviewCounts(db: Db) {
  const countOf = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  const today = new Date().toISOString().slice(0, 10);
  const [pending, verified, openReports, accounts, disabled, admins] = await Promise.all([
    countOf(
      db
        .select({ n: count() })
        .from(professionalProfiles)
        .where(eq(professionalProfiles.status, 'pending')),
    ),
    countOf(
      db
        .select({ n: count() })
        .from(professionalProfiles)
        .where(
          sql`${professionalProfiles.status} = 'verified' AND ${professionalProfiles.expiresOn} >= ${today}`,
        ),
    ),
    countOf(
      db.select({ n: count() }).from(listingReports).where(isNull(listingReports.resolvedAt)),
    ),
    countOf(db.select({ n: count() }).from(users)),
    countOf(db.select({ n: count() }).from(users).where(isNotNull(users.disabledAt))),
    countOf(db.select({ n: count() }).from(users).where(eq(users.role, 'admin'))),
  ]);
  return { pending, verified, openReports, accounts, disabled, admins };
}

export type QueueEntry = Awaited<ReturnType<typeof professionalQueue>>[number];

/** Every profile, those waiting first and the longest-waiting first among them. */
export function professionalQueue(db: Db, limit = 200) {
  return db
    .select({ userId: professionalProfiles.userId, name: users.name, ...profileColumns })
    .from(professionalProfiles)
    .innerJoin(users, eq(users.id, professionalProfiles.userId))
    .orderBy(
      sql`(${professionalProfiles.status} = 'pending') DESC`,
      asc(professionalProfiles.submittedAt),
      asc(professionalProfiles.userId),
    )
    .limit(limit);
}

export type AccountSummary = NonNullable<Awaited<ReturnType<typeof accountSummary>>>;

/** One account, by id or by exact e-mail address, as the moderation card shows it. */
export async function accountSummary(db: Db, by: { id: string } | { email: string }) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      createdAt: users.createdAt,
      emailVerified: users.emailVerified,
      role: users.role,
      twoFactorEnabled: users.twoFactorEnabled,
      disabledAt: users.disabledAt,
      profileStatus: professionalProfiles.status,
      profileExpires: professionalProfiles.expiresOn,
    })
    .from(users)
    .leftJoin(professionalProfiles, eq(professionalProfiles.userId, users.id))
    .where('id' in by ? eq(users.id, by.id) : eq(users.email, by.email.trim().toLowerCase()));
  if (!row) return null;
  const { profileStatus, profileExpires, ...account } = row;
  return {
    ...account,
    professional: professionalStanding(
      profileStatus && profileExpires ? { status: profileStatus, expiresOn: profileExpires } : null,
    ),
  };
}

/** Reports of outdated listings: open ones first, newest first. */
export function listingReportsForAdmin(db: Db, limit = 200) {
  return db
    .select({
      id: listingReports.id,
      groupName: groups.name,
      groupSlug: groups.slug,
      problem: listingReports.problem,
      details: listingReports.details,
      createdAt: listingReports.createdAt,
      resolvedAt: listingReports.resolvedAt,
    })
    .from(listingReports)
    .innerJoin(groups, eq(groups.id, listingReports.groupId))
    .orderBy(
      sql`(${listingReports.resolvedAt} IS NULL) DESC`,
      desc(listingReports.createdAt),
      asc(listingReports.id),
    )
    .limit(limit);
}
