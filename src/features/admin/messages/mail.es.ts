import type { Translation } from '../../../i18n/catalogue.js';
import type { mailEn } from './mail.en.js';

/** The decision e-mails in Spanish. */
export const mailEs: Translation<typeof mailEn> = {
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
};
