import type { Locale } from '../../i18n/locales.js';
import { composeMail } from '../mail/compose.js';
import type { Mail } from '../mail/mailer.js';
import { leadText } from './messages/index.js';

/**
 * The e-mails leaders' actions send: a meeting cancelled or moved (to each member), and an
 * invitation to co-lead. They name the group and the time, and carry the leader's note; the
 * subject never names the group, since a mailbox preview can be seen by others.
 */
const messages = (locale: Locale) => leadText(locale).mail;

type Stop = { label: string; url: string; headers: Record<string, string> };

function compose(
  locale: Locale,
  to: string,
  kind: string,
  subject: string,
  paragraphs: string[],
  link: { text: string; url: string },
  unsubscribe?: Stop,
): Mail {
  return composeMail({
    to,
    locale,
    subject,
    paragraphs,
    action: { label: link.text, href: link.url },
    footer: messages(locale).footer,
    kind,
    unsubscribe,
  });
}

/** To one member: their meeting was cancelled or moved (times already in their words). */
export function meetingChangedMail(
  to: string,
  locale: Locale,
  change: {
    kind: 'cancelled' | 'moved';
    group: string;
    when: string;
    newWhen?: string;
    note: string;
    link: string;
    /** One click stops these notices (the person's "group notices" choice). */
    unsubscribe: { url: string; headers: Record<string, string> };
  },
): Mail {
  const m = messages(locale);
  const t = change.kind === 'cancelled' ? m.cancelled : m.moved;
  const paragraphs = [
    change.kind === 'cancelled'
      ? m.cancelled.body(change.group, change.when)
      : m.moved.body(change.group, change.when, change.newWhen ?? ''),
  ];
  if (change.note) paragraphs.push(m.note, `“${change.note}”`);
  return compose(
    locale,
    to,
    `meeting_${change.kind}`,
    t.subject,
    paragraphs,
    { text: m.groupLink, url: change.link },
    { label: m.stop, ...change.unsubscribe },
  );
}

export function coLeadInvitationMail(
  to: string,
  locale: Locale,
  invite: { name: string; group: string; link: string },
): Mail {
  const m = messages(locale).invitation;
  return compose(
    locale,
    to,
    'colead_invitation',
    m.subject,
    [m.body(invite.name, invite.group), m.how],
    { text: m.action, url: invite.link },
  );
}
