import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import {
  groupAgreements,
  groups,
  intakeQuestions,
  type MembershipStatus,
  memberships,
  users,
} from '../../db/schema/index.js';
import { audit } from '../accounts/audit.js';
import type { GroupAccess } from './access.js';
import { LIVE_STATUSES } from './commands.js';
import { type IntakeAnswers, openIntake } from './intake-crypto.js';

/** The agreement a member accepts: the latest version's words. */
export async function currentAgreementOf(db: Db, groupId: string) {
  const [row] = await db
    .select({ version: groupAgreements.version, body: groupAgreements.body })
    .from(groupAgreements)
    .where(eq(groupAgreements.groupId, groupId))
    .orderBy(sql`${groupAgreements.version} DESC`)
    .limit(1);
  return row ?? null;
}

export type IntakeQuestion = {
  id: string;
  type: 'short_text' | 'long_text' | 'single_choice' | 'multiple_choice' | 'yes_no';
  prompt: string;
  help: string | null;
  options: string[];
  required: boolean;
  /** Set once a question is no longer asked (kept for the answers already given). */
  retiredAt: Date | null;
};

/**
 * A group's intake questions in order: those asked now, then (with `withRetired`) the retired
 * ones, which applications answered before keep showing.
 */
export function intakeQuestionsOf(db: Db, groupId: string, withRetired = false) {
  return db
    .select({
      id: intakeQuestions.id,
      type: intakeQuestions.type,
      prompt: intakeQuestions.prompt,
      help: intakeQuestions.help,
      options: intakeQuestions.options,
      required: intakeQuestions.required,
      retiredAt: intakeQuestions.retiredAt,
    })
    .from(intakeQuestions)
    .where(
      withRetired
        ? eq(intakeQuestions.groupId, groupId)
        : and(eq(intakeQuestions.groupId, groupId), sql`${intakeQuestions.retiredAt} IS NULL`),
    )
    .orderBy(
      sql`${intakeQuestions.retiredAt} IS NOT NULL`,
      asc(intakeQuestions.position),
    ) as Promise<IntakeQuestion[]>;
}

/** What a member or a leader may see of the group's people (policies decide which). */
export async function memberCount(db: Db, groupId: string): Promise<number> {
  const [row] = await queryRows<{ n: string }>(
    db,
    sql`SELECT count(*) AS n FROM memberships WHERE group_id = ${groupId} AND status = 'member'`,
  );
  return Number(row?.n ?? 0);
}

export async function memberNames(db: Db, groupId: string): Promise<string[]> {
  const rows = await db
    .select({ name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.groupId, groupId), eq(memberships.status, 'member')))
    .orderBy(asc(users.name));
  return rows.map((r) => r.name);
}

/** A waiting person's place in the queue (1 = next). */
export async function waitlistPosition(db: Db, groupId: string, membershipId: string) {
  const [row] = await queryRows<{ n: string }>(
    db,
    sql`SELECT count(*) AS n FROM memberships
         WHERE group_id = ${groupId} AND status = 'waitlisted'
           AND arrival <= (SELECT arrival FROM memberships WHERE id = ${membershipId})`,
  );
  return Number(row?.n ?? 0);
}

/** The note and suggested groups a decline carried, for the person it was about. */
export async function declineOf(db: Db, membershipId: string) {
  const [row] = await db
    .select({ note: memberships.decisionNote, referrals: memberships.referrals })
    .from(memberships)
    .where(eq(memberships.id, membershipId));
  if (!row) return null;
  return { note: row.note, referrals: await groupLinks(db, row.referrals) };
}

/** A link to another group: a decline's suggestions, a leader's choices for them. */
export type GroupLink = { slug: string; name: string };

export async function groupLinks(db: Db, slugs: string[]): Promise<GroupLink[]> {
  if (slugs.length === 0) return [];
  return db
    .select({ slug: groups.slug, name: groups.name })
    .from(groups)
    .where(
      and(inArray(groups.slug, slugs), eq(groups.published, true), ne(groups.status, 'ended')),
    );
}

export type Person = {
  membershipId: string;
  name: string;
  status: MembershipStatus;
  message: string | null;
  createdAt: Date;
  joinedAt: Date | null;
  offerExpiresAt: Date | null;
};

/** Everyone who asked, for the group's leaders (the caller checked canSeeRoster). */
export async function peopleOf(db: Db, groupId: string): Promise<Person[]> {
  return db
    .select({
      membershipId: memberships.id,
      name: users.name,
      status: memberships.status,
      message: memberships.message,
      createdAt: memberships.createdAt,
      joinedAt: memberships.joinedAt,
      offerExpiresAt: memberships.offerExpiresAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.groupId, groupId), inArray(memberships.status, [...LIVE_STATUSES])))
    .orderBy(asc(memberships.arrival));
}

/** Published groups sharing a topic with this one: what a decline may suggest instead. */
export async function referralChoices(db: Db, groupId: string) {
  return queryRows<{ slug: string; name: string; kind: string }>(
    db,
    sql`SELECT g.slug, g.name, g.kind FROM groups g, groups me
         WHERE me.id = ${groupId} AND g.id <> me.id AND g.published AND g.status = 'active'
           AND g.topics && me.topics
         ORDER BY (g.mode = me.mode) DESC,
           (SELECT min(o.starts_at) FROM group_occurrences o
             WHERE o.group_id = g.id AND o.ends_at > now()) NULLS LAST,
           g.name
         LIMIT 12`,
  );
}

export type Application = {
  membershipId: string;
  name: string;
  status: MembershipStatus;
  createdAt: Date;
  message: string | null;
  /** null when the sealed answers could not be opened (a changed key). */
  answers: IntakeAnswers | null;
};

/**
 * One application with its intake answers, opened for one of the group's therapists. Every
 * opening is written to the audit log (who, which application, never what it says), before
 * the answers are returned.
 */
export async function readApplication(
  db: Db,
  input: {
    key: Buffer;
    access: GroupAccess;
    membershipId: string;
    readerId: string;
    ip?: string | null;
  },
): Promise<Application | null> {
  const [row] = await db
    .select({
      membershipId: memberships.id,
      name: users.name,
      status: memberships.status,
      createdAt: memberships.createdAt,
      message: memberships.message,
      sealed: memberships.intakeCiphertext,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.id, input.membershipId), eq(memberships.groupId, input.access.groupId)),
    );
  if (!row) return null;
  await audit(db, {
    action: 'intake.read',
    actorId: input.readerId,
    targetType: 'membership',
    targetId: row.membershipId,
    ip: input.ip,
    details: { group: input.access.groupId },
  });
  let answers: IntakeAnswers | null = {};
  if (row.sealed) {
    try {
      answers = openIntake(input.key, row.membershipId, row.sealed);
    } catch {
      answers = null;
    }
  }
  const { sealed: _sealed, ...rest } = row;
  return { ...rest, answers };
}

/**
 * A person's own part in groups, for "Download my data": each group they asked to join, their
 * standing, what they wrote (the request and their intake answers), their RSVPs and attendance.
 * Leaders' notes about them (a removal reason) are the leaders' and stay out.
 */
export async function membershipsForExport(db: Db, key: Buffer, userId: string) {
  const rows = await db
    .select({
      id: memberships.id,
      group: groups.name,
      slug: groups.slug,
      status: memberships.status,
      message: memberships.message,
      sealed: memberships.intakeCiphertext,
      agreementVersion: memberships.agreementVersion,
      askedAt: memberships.createdAt,
      joinedAt: memberships.joinedAt,
    })
    .from(memberships)
    .innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(eq(memberships.userId, userId));
  const replies = await queryRows<{ slug: string; starts_at: Date; going: boolean }>(
    db,
    sql`SELECT g.slug, r.starts_at, r.going FROM rsvps r JOIN groups g ON g.id = r.group_id
         WHERE r.user_id = ${userId} ORDER BY r.starts_at`,
  );
  const came = await queryRows<{ slug: string; starts_at: Date; present: boolean }>(
    db,
    sql`SELECT g.slug, a.starts_at, a.present FROM attendance a JOIN groups g ON g.id = a.group_id
         WHERE a.user_id = ${userId} ORDER BY a.starts_at`,
  );
  return {
    groups: rows.map(({ id, sealed, ...row }) => {
      let intakeAnswers: IntakeAnswers | null = null;
      if (sealed) {
        try {
          intakeAnswers = openIntake(key, id, sealed);
        } catch {
          intakeAnswers = null;
        }
      }
      return { ...row, intakeAnswers };
    }),
    rsvps: replies.map((r) => ({ group: r.slug, startsAt: r.starts_at, going: r.going })),
    attendance: came.map((r) => ({ group: r.slug, startsAt: r.starts_at, present: r.present })),
  };
}
