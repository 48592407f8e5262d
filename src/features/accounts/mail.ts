import type { Locale } from '../../i18n/locales.js';
import { composeMail } from '../mail/compose.js';
import type { Mail } from '../mail/mailer.js';
import { accountMailText } from './messages/index.js';

export type AccountMailName =
  | 'verify'
  | 'existing'
  | 'reset'
  | 'changeEmail'
  | 'passwordChanged'
  | 'newSignIn'
  | 'twoFactorChanged';

/**
 * Build one account e-mail in the house style (mail/compose.ts). `link` is the action's
 * absolute URL, when it has one; `state` says which way two-step sign-in was turned.
 */
export function accountMail(
  name: AccountMailName,
  to: string,
  locale: Locale,
  options: { link?: string; state?: 'on' | 'off' } = {},
): Mail {
  const m = accountMailText(locale);
  const t = m[name];
  const body =
    typeof t.body === 'function' ? t.body(options.state === 'off' ? 'off' : 'on') : t.body;
  const action = 'action' in t ? t.action : undefined;
  return composeMail({
    to,
    locale,
    subject: t.subject,
    paragraphs: [body],
    action: action && options.link ? { label: action, href: options.link } : undefined,
    after: [t.ignore],
    footer: m.footer,
    kind: name,
  });
}
