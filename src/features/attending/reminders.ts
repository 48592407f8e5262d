import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { type Db, queryRows } from '../../db/client.js';
import {
  groupOccurrences,
  groupSchedules,
  groups,
  meetingChanges,
  memberships,
  rsvps,
  users,
} from '../../db/schema/index.js';
import type { Logger } from '../../lib/logger.js';
import { isValidZone } from '../../shared/schedule/zone.js';
import type { Handlers } from '../jobs/queue.js';
import { recipientLocale } from '../mail/compose.js';
import type { Mailer } from '../mail/mailer.js';
import { wantsMail } from '../mail/preferences.js';
import { unsubscribeLink } from '../mail/unsubscribe-token.js';
import { reminderMail } from './reminder-mail.js';

/** The job kind of a meeting reminder. */
export const REMINDER_JOB = 'attending.reminder';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * The two reminders. `late` is how long after its time a reminder is still worth sending: a
 * person who joins 10 hours before a meeting gets the one-hour reminder, not a "day before"
 * one; a server that was down for a few minutes still sends the one-hour reminder.
 */
export const REMINDERS = {
  '24h': { before: 24 * HOUR, late: 6 * HOUR, preference: 'reminder24h' },
  '1h': { before: HOUR, late: 20 * MINUTE, preference: 'reminder1h' },
} as const;
export type ReminderKind = keyof typeof REMINDERS;

/** How far ahead of the 24-hour mark meetings are looked at, so a late run still finds them. */
const MARGIN = 15 * MINUTE;

/** `reminder:24h:{userId}:{groupId}:{startsAt ISO}`: one job per person, meeting and kind. */
export const reminderKey = (kind: ReminderKind, userId: string, groupId: string, startsAt: Date) =>
  `reminder:${kind}:${userId}:${groupId}:${startsAt.toISOString()}`;

/**
 * Queue the reminders of every member of every active, published group for each meeting that
 * starts within the next 24 hours (plus a margin), to run 24 hours and 1 hour before it. The
 * dedupe key makes running this every minute (and on several instances) harmless: a reminder
 * already queued, or already sent, is never queued again. People who said "not going" or
 * turned the reminder off are skipped here, and checked again when the job runs, since either
 * may change in between. One statement: the database does the join and the de-duplication.
 */
export async function scheduleReminders(db: Db, now: Date = new Date()): Promise<number> {
  const kinds = Object.entries(REMINDERS).map(
    ([kind, r]) =>
      sql`(${kind}, ${`${r.before} milliseconds`}::interval, ${`${r.late} milliseconds`}::interval, ${r.preference})`,
  );
  const at = now.toISOString();
  const until = new Date(now.getTime() + REMINDERS['24h'].before + MARGIN).toISOString();
  const rows = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO jobs (kind, payload, dedupe_key, run_at)
        SELECT ${REMINDER_JOB},
               jsonb_build_object('kind', k.kind, 'userId', m.user_id, 'groupId', m.group_id,
                                  'startsAt', s.iso),
               'reminder:' || k.kind || ':' || m.user_id || ':' || m.group_id || ':' || s.iso,
               o.starts_at - k.before
        FROM memberships m
        JOIN groups g ON g.id = m.group_id AND g.status = 'active' AND g.published
        JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
        JOIN group_occurrences o ON o.group_id = m.group_id
             AND o.starts_at > ${at}::timestamptz AND o.starts_at <= ${until}::timestamptz
        CROSS JOIN LATERAL (SELECT to_char(o.starts_at AT TIME ZONE 'UTC',
                                           'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS iso) s
        CROSS JOIN (VALUES ${sql.join(kinds, sql`, `)}) AS k(kind, before, late, preference)
        WHERE m.status = 'member'
          AND o.starts_at - k.before > ${at}::timestamptz - k.late
          AND coalesce((u.notifications ->> k.preference)::boolean, true)
          AND NOT EXISTS (SELECT 1 FROM rsvps r WHERE r.group_id = m.group_id
                          AND r.user_id = m.user_id AND r.starts_at = o.starts_at AND NOT r.going)
          AND NOT EXISTS (SELECT 1 FROM meeting_changes c WHERE c.group_id = m.group_id
                          AND c.original_starts_at = o.starts_at)
        ON CONFLICT (dedupe_key) DO NOTHING
        RETURNING id`,
  );
  return rows.length;
}

const reminderPayload = z.object({
  kind: z.enum(['24h', '1h']),
  userId: z.string().min(1),
  groupId: z.uuid(),
  startsAt: z.iso.datetime().transform((s) => new Date(s)),
});

export type ReminderDeps = {
  db: Db;
  mailer: Mailer;
  config: Pick<Config, 'publicUrl' | 'host' | 'port' | 'defaultLocale' | 'defaultTimezone'> & {
    auth: { secret: string };
  };
  logger?: Logger;
  /** The clock (tests move it). */
  now?: () => Date;
};

/** Why a reminder was not sent (for the log and the tests), or null when it should go. */
export type Skip =
  | 'not_member'
  | 'group_closed'
  | 'not_going'
  | 'meeting_changed'
  | 'preference_off'
  | 'too_late';

/** Everything a reminder needs, read when it is about to be sent. */
async function reminderFacts(db: Db, p: z.infer<typeof reminderPayload>) {
  const [row] = await db
    .select({
      email: users.email,
      locale: users.locale,
      timezone: users.timezone,
      notifications: users.notifications,
      disabledAt: users.disabledAt,
      membership: memberships.status,
      groupName: groups.name,
      slug: groups.slug,
      groupStatus: groups.status,
      published: groups.published,
      mode: groups.mode,
      onlineUrl: groups.onlineUrl,
    })
    .from(users)
    .innerJoin(groups, eq(groups.id, p.groupId))
    .leftJoin(
      memberships,
      and(eq(memberships.groupId, groups.id), eq(memberships.userId, users.id)),
    )
    .where(eq(users.id, p.userId));
  if (!row) return null;
  const [meeting] = await db
    .select({ zone: groupSchedules.timezone })
    .from(groupOccurrences)
    .innerJoin(groupSchedules, eq(groupSchedules.id, groupOccurrences.scheduleId))
    .where(and(eq(groupOccurrences.groupId, p.groupId), eq(groupOccurrences.startsAt, p.startsAt)))
    .orderBy(asc(groupSchedules.position))
    .limit(1);
  const [change] = await db
    .select({ kind: meetingChanges.kind })
    .from(meetingChanges)
    .where(
      and(eq(meetingChanges.groupId, p.groupId), eq(meetingChanges.originalStartsAt, p.startsAt)),
    );
  const [answer] = await db
    .select({ going: rsvps.going })
    .from(rsvps)
    .where(
      and(eq(rsvps.groupId, p.groupId), eq(rsvps.userId, p.userId), eq(rsvps.startsAt, p.startsAt)),
    );
  return { ...row, meetingZone: meeting?.zone ?? null, changed: change !== undefined, answer };
}

type Facts = NonNullable<Awaited<ReturnType<typeof reminderFacts>>>;

/** The checks made at send time, in one place: each is a reason not to send. */
export function reminderSkip(
  facts: Facts,
  kind: ReminderKind,
  startsAt: Date,
  now: Date,
): Skip | null {
  if (facts.membership !== 'member' || facts.disabledAt) return 'not_member';
  if (facts.groupStatus !== 'active' || !facts.published) return 'group_closed';
  if (facts.meetingZone === null || facts.changed) return 'meeting_changed';
  if (facts.answer?.going === false) return 'not_going';
  if (!wantsMail(facts.notifications, REMINDERS[kind].preference)) return 'preference_off';
  const r = REMINDERS[kind];
  if (now >= startsAt || now.getTime() > startsAt.getTime() - r.before + r.late) return 'too_late';
  return null;
}

/** The origin for links in mail sent from the worker (no request to take it from). */
export const mailOrigin = (config: ReminderDeps['config']) =>
  config.publicUrl ??
  `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;

/**
 * The worker's handlers for this feature (the server merges them with the mailer's). A reminder
 * checks everything again before it is sent; a reminder that should not go any more simply
 * completes. Sending passes the job's dedupe key to the mailer, so a reminder run again after a
 * crash (between queueing the mail and marking the job done) queues its SMTP message once.
 */
export function attendingJobHandlers(deps: ReminderDeps): Handlers {
  return {
    async [REMINDER_JOB](payload) {
      const p = reminderPayload.parse(payload);
      const now = deps.now?.() ?? new Date();
      const facts = await reminderFacts(deps.db, p);
      const skip = facts ? reminderSkip(facts, p.kind, p.startsAt, now) : 'not_member';
      if (skip || !facts) {
        deps.logger?.debug({ kind: p.kind, skip }, 'reminder not sent');
        return;
      }
      const origin = mailOrigin(deps.config);
      const preference = REMINDERS[p.kind].preference;
      const language = facts.locale ?? deps.config.defaultLocale.split('-')[0];
      const zone =
        facts.timezone && isValidZone(facts.timezone)
          ? facts.timezone
          : (facts.meetingZone ?? deps.config.defaultTimezone);
      const mail = reminderMail({
        to: facts.email,
        locale: recipientLocale(language),
        kind: preference,
        groupName: facts.groupName,
        startsAt: p.startsAt,
        zone,
        groupUrl: `${origin}/groups/${facts.slug}`,
        videoUrl: facts.mode !== 'in_person' && facts.onlineUrl ? facts.onlineUrl : null,
        unsubscribe: unsubscribeLink(origin, deps.config.auth.secret, p.userId, preference),
        accountUrl: `${origin}/account`,
      });
      await deps.mailer.send(mail, {
        dedupeKey: reminderKey(p.kind, p.userId, p.groupId, p.startsAt),
      });
      deps.logger?.info({ kind: p.kind }, 'reminder queued for delivery');
    },
  };
}
