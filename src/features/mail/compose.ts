import { isLocale, type Locale } from '../../i18n/locales.js';
import type { Mail } from './mailer.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * One e-mail in our house style, as plain text and simple HTML: short paragraphs, at most one
 * action link, and a footer that says why it was sent. Every feature's mails are built here,
 * so they look alike and every piece of text is escaped once.
 */
export function composeMail(mail: {
  to: string;
  locale: string;
  subject: string;
  paragraphs: string[];
  action?: { label: string; href: string };
  /** Said after the action (e.g. "if this was not you, ignore it"). */
  after?: string[];
  footer: string;
  kind: string;
  /** A one-click way to stop this kind of mail: in the footer and the List-Unsubscribe headers. */
  unsubscribe?: { label: string; url: string; headers: Record<string, string> };
}): Mail {
  const after = mail.after ?? [];
  const stop = mail.unsubscribe;
  const text = [
    ...mail.paragraphs,
    mail.action ? `${mail.action.label}: ${mail.action.href}` : '',
    ...after,
    '--',
    mail.footer,
    stop ? `${stop.label}: ${stop.url}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const para = (p: string) => `<p>${escapeHtml(p)}</p>`;
  const html = `<!doctype html><html lang="${mail.locale}"><body style="font-family:sans-serif;line-height:1.5;max-width:36em">
${mail.paragraphs.map(para).join('\n')}
${mail.action ? `<p><a href="${escapeHtml(mail.action.href)}">${escapeHtml(mail.action.label)}</a></p>` : ''}
${after.map(para).join('\n')}
<hr><p style="font-size:small">${escapeHtml(mail.footer)}</p>
${stop ? `<p style="font-size:small"><a href="${escapeHtml(stop.url)}">${escapeHtml(stop.label)}</a></p>` : ''}</body></html>`;
  return {
    to: mail.to,
    subject: `${mail.subject} · Gatherwell`,
    text,
    html,
    kind: mail.kind,
    ...(stop ? { headers: stop.headers } : {}),
  };
}

/**
 * The language to write to a person in: the one stored with their account, else English (what
 * accounts spoke before they could choose).
 */
export const recipientLocale = (stored: unknown): Locale => (isLocale(stored) ? stored : 'en');
