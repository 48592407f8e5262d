import { defineMessages } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import { composeMail } from '../mail/compose.js';
import type { Mail } from '../mail/mailer.js';

/**
 * The e-mails an administrator's decision sends. Like the account mails: short, say why they
 * were sent, and carry nothing beyond what the person sent us (the reason is the
 * administrator's, written for them).
 */
const messages = defineMessages({
  en: {
    footer:
      'You received this because you asked to be verified as a professional on Gatherwell. Gatherwell does not give medical advice; if you are in danger, call your local emergency number (in the US, call or text 988).',
    verified: {
      subject: 'You are now a verified professional',
      body: 'An administrator checked your licence and verified your professional profile. Your therapy groups can now show the "Verified professional" badge.',
      twoFactor:
        'If you have not yet turned on two-step sign-in, do it now: the professional role cannot be used without it.',
      action: 'See your professional profile',
    },
    declined: {
      subject: 'We could not verify your professional profile',
      body: 'An administrator could not verify your professional profile. Their reason:',
      next: 'You can correct your details and send them again.',
      action: 'Correct my details',
    },
  },
  es: {
    footer:
      'Recibes este mensaje porque pediste que te verificáramos como profesional en Gatherwell. Gatherwell no da consejo médico; si estás en peligro, llama al número de emergencias local (en EE. UU., llama o envía un mensaje de texto al 988).',
    verified: {
      subject: 'Ya eres profesional verificado',
      body: 'Un administrador comprobó tu licencia y verificó tu perfil profesional. Tus grupos de terapia ya pueden mostrar la insignia «Profesional verificado».',
      twoFactor:
        'Si aún no activaste el inicio de sesión en dos pasos, hazlo ahora: sin él no se puede usar el rol profesional.',
      action: 'Ver mi perfil profesional',
    },
    declined: {
      subject: 'No pudimos verificar tu perfil profesional',
      body: 'Un administrador no pudo verificar tu perfil profesional. Su motivo:',
      next: 'Puedes corregir tus datos y enviarlos de nuevo.',
      action: 'Corregir mis datos',
    },
  },
});

/** The decision on a professional profile, for the person who sent it. */
export function professionalDecisionMail(
  decision: 'verified' | 'declined',
  to: string,
  locale: Locale,
  options: { link: string; reason?: string },
): Mail {
  const m = messages(locale);
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
