import type { Locale } from '../../i18n/locale.js';
import { zoneName } from '../directory/schedule/format.js';
import { formatOccurrence } from '../directory/schedule/index.js';
import type { Mail } from '../mail/mailer.js';
import { attendingText } from './messages.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

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
  const lines = [t.body(r.groupName, when), t.zone(zone)];
  const text = [
    ...lines,
    ...(r.videoUrl ? [`${t.online} ${r.videoUrl}\n${t.onlinePrivate}`] : []),
    `${t.page}: ${r.groupUrl}\n${t.cannotCome}`,
    '--',
    `${t.why[r.kind]}\n${t.stop}: ${r.unsubscribe.url}\n${t.choose}: ${r.accountUrl}`,
    t.footer,
  ].join('\n\n');
  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const html = `<!doctype html><html lang="${r.locale}"><body style="font-family:sans-serif;line-height:1.5;max-width:36em">
${lines.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${r.videoUrl ? `<p>${escapeHtml(t.online)} ${link(r.videoUrl, r.videoUrl)}<br>${escapeHtml(t.onlinePrivate)}</p>` : ''}
<p>${link(r.groupUrl, t.page)}. ${escapeHtml(t.cannotCome)}</p>
<hr><p style="font-size:small">${escapeHtml(t.why[r.kind])} ${link(r.unsubscribe.url, t.stop)} · ${link(r.accountUrl, t.choose)}</p>
<p style="font-size:small">${escapeHtml(t.footer)}</p></body></html>`;
  return {
    to: r.to,
    subject: `${t.subject(r.groupName, when)} · Gatherwell`,
    text,
    html,
    kind: r.kind,
    headers: r.unsubscribe.headers,
  };
}
