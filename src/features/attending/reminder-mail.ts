import type { Locale } from '../../i18n/locales.js';
import { zoneName } from '../../shared/schedule/format.js';
import { formatOccurrence } from '../../shared/schedule/index.js';
import { composeMail } from '../mail/compose.js';
import type { Mail } from '../mail/mailer.js';
import { attendingText } from './messages/index.js';

export type ReminderMailInput = {
  to: string;
  locale: Locale;
  kind: 'reminder24h' | 'reminder1h';
  groupName: string;
  startsAt: Date;
  /** The zone the time is written in: the person's, else the group's. */
  zone: string;
  groupUrl: string;
  /** The members-only video link, when the group meets online and has one. */
  videoUrl: string | null;
  unsubscribe: { url: string; headers: Record<string, string> };
  accountUrl: string;
};

/**
 * A meeting reminder: when, in the person's zone, and where to go. It names the group (the
 * person joined it) but nothing about anyone else. Each carries a one-click unsubscribe link in
 * its body and in the List-Unsubscribe headers (RFC 2369, RFC 8058).
 */
export function reminderMail(r: ReminderMailInput): Mail {
  const t = attendingText(r.locale).mail;
  const when = formatOccurrence(
    { start: r.startsAt, end: r.startsAt, localDate: '' },
    r.zone,
    r.zone,
    r.locale,
  ).viewer;
  const zone = zoneName(r.zone, r.locale, r.startsAt.getTime());
  return composeMail({
    to: r.to,
    locale: r.locale,
    subject: t.subject(r.groupName, when),
    paragraphs: [
      t.body(r.groupName, when),
      t.zone(zone),
      ...(r.videoUrl ? [`${t.online} ${r.videoUrl}`, t.onlinePrivate] : []),
    ],
    action: { label: t.page, href: r.groupUrl },
    after: [t.cannotCome],
    footer: `${t.why[r.kind]} ${t.footer} ${t.choose}: ${r.accountUrl}`,
    kind: r.kind,
    unsubscribe: { label: t.stop, ...r.unsubscribe },
  });
}
