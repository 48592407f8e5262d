import { defineMessages } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { composeMail } from '../mail/compose.js';
import type { Mail } from '../mail/mailer.js';
import { fill } from './messages.js';

/**
 * The e-mails leaders' actions send: a meeting cancelled or moved (to each member), and an
 * invitation to co-lead. They name the group and the time, and carry the leader's note; the
 * subject never names the group, since a mailbox preview can be seen by others.
 */
const messages = defineMessages({
  en: {
    footer:
      'You received this because you belong to a group on Gatherwell, or a leader invited you. Gatherwell does not give medical advice; if you are in danger, call your local emergency number (in the US, call or text 988).',
    cancelled: {
      subject: 'A meeting of your group is cancelled',
      body: 'The meeting of “{group}” on {when} will not take place.',
    },
    moved: {
      subject: 'A meeting of your group has moved',
      body: 'The meeting of “{group}” on {when} has moved to {newWhen}.',
    },
    note: 'A note from the leaders:',
    groupLink: 'See the group',
    stop: 'Stop e-mails about changes to my groups',
    invitation: {
      subject: 'You are invited to co-lead a group',
      body: '{name} invited you to lead “{group}” with them on Gatherwell.',
      how: 'Open the link while signed in to the account with this e-mail address. The invitation works for 7 days. If you did not expect it, you can ignore this mail.',
      action: 'See the invitation',
    },
  },
  es: {
    footer:
      'Recibes este mensaje porque perteneces a un grupo en Gatherwell, o porque alguien que lo dirige te invitó. Gatherwell no da consejo médico; si estás en peligro, llama al número de emergencias local (en EE. UU., llama o envía un mensaje de texto al 988).',
    cancelled: {
      subject: 'Se canceló una reunión de tu grupo',
      body: 'La reunión de «{group}» del {when} no se hará.',
    },
    moved: {
      subject: 'Cambió la fecha de una reunión de tu grupo',
      body: 'La reunión de «{group}» del {when} pasa al {newWhen}.',
    },
    note: 'Una nota de quienes dirigen el grupo:',
    groupLink: 'Ver el grupo',
    stop: 'Dejar de recibir correos sobre cambios en mis grupos',
    invitation: {
      subject: 'Te invitan a dirigir un grupo',
      body: '{name} te invitó a dirigir «{group}» en Gatherwell.',
      how: 'Abre el enlace con la sesión iniciada en la cuenta de esta dirección de correo. La invitación vale 7 días. Si no la esperabas, puedes ignorar este mensaje.',
      action: 'Ver la invitación',
    },
  },
});

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
    fill(t.body, { group: change.group, when: change.when, newWhen: change.newWhen ?? '' }),
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
    [fill(m.body, { name: invite.name, group: invite.group }), m.how],
    { text: m.action, url: invite.link },
  );
}
