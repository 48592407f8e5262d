import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { AppDeps } from '../../app-env.js';
import { queryRows } from '../../db/client.js';
import { linkOrigin } from '../accounts/auth.js';
import { enqueue, type Handlers } from '../jobs/queue.js';
import { composeMail, recipientLocale } from '../mail/compose.js';
import { isNotificationKind, isSafetyKind } from './kinds.js';
import { notificationText } from './messages/index.js';
import { NOTIFICATION_DIGEST_JOB, NOTIFICATION_MAIL_JOB } from './notify.js';
import { STILL_IN_AUDIENCE } from './queries.js';

/** The hour of the morning, in the person's own zone, when a daily digest goes out. */
const DIGEST_HOUR = 8;

type Pending = {
  id: string;
  kind: string;
  group_name: string | null;
  user_id: string;
  email: string;
  locale: string | null;
  timezone: string | null;
  choice: 'now' | 'daily' | 'off';
};

// Unread, not yet mailed, and still the person's to see (the policy of queries.ts).
const pendingFor = (where: ReturnType<typeof sql>) => sql`
  SELECT n.id, n.kind, g.name AS group_name, u.id AS user_id, u.email, u.locale, u.timezone,
         COALESCE(n.data->>'mail', u.notification_mail) AS choice
    FROM notifications n
    JOIN users u ON u.id = n.user_id
    LEFT JOIN groups g ON g.id = n.group_id
   WHERE ${where} AND n.read_at IS NULL AND n.mailed_at IS NULL AND u.disabled_at IS NULL
     AND (n.audience = 'self' OR ${STILL_IN_AUDIENCE})
   ORDER BY n.created_at, n.id`;

/** The next digest time: DIGEST_HOUR tomorrow or today, in the person's zone. */
export function nextDigestAt(zone: string, now: DateTime<boolean> = DateTime.now()): DateTime {
  const local = now.setZone(zone);
  const today = local.set({ hour: DIGEST_HOUR, minute: 0, second: 0, millisecond: 0 });
  return today > local ? today : today.plus({ days: 1 });
}

/**
 * The e-mail side of notifications. Each notice's job reads the person's choice when it runs
 * (a change of mind between the event and the job counts): `now` mails it alone, `daily` files
 * it for one digest a day, `off` sends nothing (the centre still shows it). In the mail the
 * group may be named, in the body only, and the person who acted never is.
 */
export function notificationJobHandlers(deps: AppDeps): Handlers {
  const { db } = deps.database;
  const origin = linkOrigin(deps.config);

  async function send(rows: Pending[], digest: boolean) {
    const first = rows[0];
    if (!first) return;
    const locale = recipientLocale(first.locale);
    const m = notificationText(locale);
    const lines = rows
      .filter((r) => isNotificationKind(r.kind))
      .map((r) =>
        m.kinds[r.kind as keyof typeof m.kinds].line(m.someone, r.group_name ?? m.aGroup),
      );
    const subject = digest
      ? m.mail.digestSubject(lines.length)
      : m.kinds[first.kind as keyof typeof m.kinds].subject;
    await deps.mailer.send(
      composeMail({
        to: first.email,
        locale,
        subject,
        paragraphs: [digest ? m.mail.digest : m.mail.one, ...lines],
        action: { label: m.mail.action, href: `${origin}/notifications` },
        after: [`${m.mail.settings}: ${origin}/account#notifications`],
        footer: m.mail.footer,
        kind: digest ? 'notification_digest' : `notification_${first.kind}`,
      }),
      { dedupeKey: `notification-mail:${first.id}` },
    );
    const ids = `{${rows.map((r) => r.id).join(',')}}`;
    await db.execute(
      sql`UPDATE notifications SET mailed_at = now() WHERE id = ANY(${ids}::uuid[])`,
    );
  }

  return {
    async [NOTIFICATION_MAIL_JOB](payload) {
      const [row] = await queryRows<Pending>(db, pendingFor(sql`n.id = ${String(payload.id)}`));
      if (!row || !isNotificationKind(row.kind)) return;
      // Someone may be in danger: a safety alert is mailed at once, whatever the choice.
      if (row.choice === 'now' || isSafetyKind(row.kind)) return send([row], false);
      if (row.choice === 'off') return;
      const at = nextDigestAt(row.timezone ?? deps.config.defaultTimezone);
      await enqueue(db, {
        kind: NOTIFICATION_DIGEST_JOB,
        payload: { userId: row.user_id },
        runAt: at.toJSDate(),
        dedupeKey: `notification-digest:${row.user_id}:${at.toISODate()}`,
      });
    },
    async [NOTIFICATION_DIGEST_JOB](payload) {
      const rows = await queryRows<Pending>(
        db,
        pendingFor(sql`n.user_id = ${String(payload.userId)}`),
      );
      // A board's own choice (per group) can differ from the person's: only 'daily' ones wait here.
      const daily = rows.filter((r) => r.choice === 'daily');
      if (daily.length === 0) return;
      await send(daily, true);
    },
  };
}
