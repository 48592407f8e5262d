import type { Translation } from '../../../i18n/catalogue.js';
import type { mailEn } from './mail.en.js';

/** The leaders' mails in Spanish. */
export const mailEs: Translation<typeof mailEn> = {
  footer:
    'Recibes este mensaje porque perteneces a un grupo en Gatherwell, o porque alguien que lo dirige te invitó. Gatherwell no da consejo médico; si estás en peligro, llama al número de emergencias local (en EE. UU., llama o envía un mensaje de texto al 988).',
  cancelled: {
    subject: 'Se canceló una reunión de tu grupo',
    body: (group, when) => `La reunión de «${group}» del ${when} no se hará.`,
  },
  moved: {
    subject: 'Cambió la fecha de una reunión de tu grupo',
    body: (group, when, newWhen) => `La reunión de «${group}» del ${when} pasa al ${newWhen}.`,
  },
  note: 'Una nota de quienes dirigen el grupo:',
  groupLink: 'Ver el grupo',
  stop: 'Dejar de recibir correos sobre cambios en mis grupos',
  invitation: {
    subject: 'Te invitan a dirigir un grupo',
    body: (name, group) => `${name} te invitó a dirigir «${group}» en Gatherwell.`,
    how: 'Abre el enlace con la sesión iniciada en la cuenta de esta dirección de correo. La invitación vale 7 días. Si no la esperabas, puedes ignorar este mensaje.',
    action: 'Ver la invitación',
  },
};
