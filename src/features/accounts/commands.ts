import { and, eq, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  auditEvents,
  jobs,
  mailOutbox,
  notifications,
  sessions,
  threadMessages,
  users,
  verifications,
} from '../../db/schema/index.js';
import type { Locale } from '../../i18n/locales.js';
import { audit } from './audit.js';
import { professionalProfileOf } from './professional.js';

/** The profile fields a person may change. Anything else in a form is ignored. */
export type ProfileUpdate = {
  name: string;
  firstName: string | null;
  pronouns: string | null;
  locale: Locale | null;
  timezone: string | null;
  notifications: Record<string, boolean>;
  notificationMail?: 'now' | 'daily' | 'off';
};

export async function updateProfile(db: Db, userId: string, profile: ProfileUpdate, ip: string) {
  await db
    .update(users)
    .set({
      name: profile.name,
      firstName: profile.firstName,
      pronouns: profile.pronouns,
      locale: profile.locale,
      timezone: profile.timezone,
      notifications: profile.notifications,
      notificationMail: profile.notificationMail,
      updatedAt: sql`now()`,
    })
    .where(eq(users.id, userId));
  await audit(db, {
    action: 'account.profile_updated',
    actorId: userId,
    targetType: 'user',
    targetId: userId,
    ip,
  });
}

/**
 * Everything tied to the account, as one JSON document ("download my data"). Later features
 * (memberships, RSVPs, messages) add their part here. Secrets (password hash, two-step secret,
 * recovery codes, session tokens) are left out: they are not information about the person.
 */
export async function exportAccount(db: Db, userId: string) {
  const [profile] = await db
    .select({
      id: users.id,
      displayName: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      firstName: users.firstName,
      pronouns: users.pronouns,
      language: users.locale,
      timezone: users.timezone,
      notifications: users.notifications,
      notificationMail: users.notificationMail,
      role: users.role,
      twoFactorEnabled: users.twoFactorEnabled,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  const signedIn = await db
    .select({
      createdAt: sessions.createdAt,
      lastActiveAt: sessions.lastActiveAt,
      expiresAt: sessions.expiresAt,
      ipAddress: sessions.ipAddress,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  const professional = await professionalProfileOf(db, userId);
  const securityEvents = await db
    .select({ at: auditEvents.at, action: auditEvents.action, network: auditEvents.ip })
    .from(auditEvents)
    .where(
      or(
        eq(auditEvents.actorId, userId),
        and(eq(auditEvents.targetType, 'user'), eq(auditEvents.targetId, userId)),
      ),
    )
    .orderBy(auditEvents.at);
  return {
    format: 'gatherwell-account-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    profile,
    sessions: signedIn,
    professionalProfile: professional ?? null,
    securityEvents,
    notifications: await db
      .select({
        kind: notifications.kind,
        groupId: notifications.groupId,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
        mailedAt: notifications.mailedAt,
      })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(notifications.createdAt),
    // Their own threads with leaders, both sides (the answers were written to them), and
    // what they wrote as a leader in other people's threads (their words only).
    threads: await db
      .select({
        groupId: threadMessages.groupId,
        fromLeaders: threadMessages.fromLeaders,
        body: threadMessages.body,
        createdAt: threadMessages.createdAt,
      })
      .from(threadMessages)
      .where(eq(threadMessages.personId, userId))
      .orderBy(threadMessages.createdAt),
    answersAsLeader: await db
      .select({
        groupId: threadMessages.groupId,
        body: threadMessages.body,
        createdAt: threadMessages.createdAt,
      })
      .from(threadMessages)
      .where(and(eq(threadMessages.authorId, userId), sql`${threadMessages.personId} <> ${userId}`))
      .orderBy(threadMessages.createdAt),
  };
}

/**
 * Delete an account and everything private about it, in one transaction. Rows that cascade from
 * users go with it (sessions, credentials, two-step secrets, professional profile, notifications,
 * their threads with leaders). A leader's answers in someone else's thread stay there for that
 * person, no longer attributed ("a leader"). Security
 * events stay (append-only), but they hold only the opaque id and a network, never a name or
 * address. Irreversible by design.
 */
export async function deleteAccount(db: Db, userId: string, ip: string) {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) return;
    // Pending links: reset and two-step challenges store the user id as their value.
    await tx
      .delete(verifications)
      .where(or(eq(verifications.value, userId), like(verifications.value, `%${userId}%`)));
    await tx.delete(mailOutbox).where(eq(mailOutbox.to, user.email));
    // Mail still waiting to go out to this address goes with the account.
    await tx.delete(jobs).where(sql`${jobs.payload}->>'to' = ${user.email}`);
    await tx.delete(users).where(eq(users.id, userId));
    await audit(tx as unknown as Db, {
      action: 'account.deleted',
      actorId: userId,
      targetType: 'user',
      targetId: userId,
      ip,
    });
  });
}
