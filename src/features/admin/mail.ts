import type { Locale } from '../../i18n/locales.js';
import { composeMail } from '../mail/compose.js';
import type { Mail } from '../mail/mailer.js';
import { adminMailText } from './messages/index.js';

/**
 * The decision on a professional profile, for the person who sent it. Like the account mails:
 * short, says why it was sent, and carries nothing beyond what the person sent us (the reason
 * is the administrator's, written for them).
 */
export function professionalDecisionMail(
  decision: 'verified' | 'declined',
  to: string,
  locale: Locale,
  options: { link: string; reason?: string },
): Mail {
  const m = adminMailText(locale);
  const paragraphs =
    decision === 'verified'
      ? [m.verified.body, m.verified.twoFactor]
      : [m.declined.body, `“${options.reason ?? ''}”`, m.declined.next];
  return composeMail({
    to,
    locale,
    subject: decision === 'verified' ? m.verified.subject : m.declined.subject,
    paragraphs,
    action: {
      label: decision === 'verified' ? m.verified.action : m.declined.action,
      href: options.link,
    },
    footer: m.footer,
    kind: `professional_${decision}`,
  });
}
