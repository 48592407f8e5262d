import type { Translation } from '../../../i18n/catalogue.js';
import type { professionalEn } from './professional.en.js';

/** The professional profile page and badge in Spanish. */
export const professionalEs: Translation<typeof professionalEn> = {
  title: 'Verificación profesional',
  listingLink: 'Elige qué muestra tu perfil público en Buscar terapeuta',
  lead: 'Si eres profesional de la salud mental con licencia, puedes pedir que te verifiquemos. Los profesionales verificados pueden dirigir grupos de terapia, y sus grupos muestran la insignia «Profesional verificado».',
  twoFactorNote:
    'Antes de usar el rol profesional, debes activar el inicio de sesión en dos pasos en tu cuenta. Puedes activarlo cuando quieras, también mientras esperas.',
  twoFactorNeeded:
    'Estás verificado, pero el inicio de sesión en dos pasos está desactivado, así que aún no puedes usar el rol profesional. Actívalo ahora.',
  accountLink: 'Activar el inicio de sesión en dos pasos',
  privacy:
    'Solo los administradores ven los datos de tu licencia. Tu número de licencia nunca se muestra en el sitio.',
  errorTitle: 'Corrige esto:',
  status: {
    heading: 'Tu estado',
    none: 'No has pedido que te verifiquemos.',
    pending:
      'Gracias. Tus datos esperan a que un administrador los compruebe. Te escribiremos cuando haya decidido.',
    verified: (date) =>
      `Eres profesional verificado. Tu licencia consta como válida hasta el ${date}.`,
    declined: 'Un administrador no pudo verificar tus datos.',
    reason: 'Su motivo:',
    declinedNext: 'Puedes corregir tus datos abajo y enviarlos de nuevo.',
    expired: (date) =>
      `Tu licencia constaba como válida hasta el ${date}, así que ya no se muestra la insignia. Renuévala: envía abajo tu nueva fecha de vencimiento (y lo que haya cambiado).`,
    submitted: 'Tus datos se enviaron. Un administrador los comprobará.',
  },
  form: {
    heading: 'Tu licencia',
    renewHeading: 'Renovar tu verificación',
    licenceType: 'Tipo de licencia',
    choose: 'Elige tu tipo de licencia',
    licenceOther: 'Nombre de tu licencia',
    licenceOtherHint:
      'Si elegiste «Otra»: la licencia como la llama tu país o estado, por ejemplo «Psicólogo sanitario».',
    licenceNumber: 'Número de licencia',
    licenceNumberHint: 'Tal como figura en tu licencia. Solo lo ven los administradores.',
    jurisdiction: 'Jurisdicción que la emitió',
    jurisdictionHint: 'El estado, la provincia o el país que la emitió, por ejemplo «Madrid, ES».',
    expiresOn: 'Fecha de vencimiento',
    expiresOnHint: 'La fecha en que vence tu licencia. Debe ser futura.',
    modalities: 'Métodos que usas en grupos (opcional)',
    bio: 'Biografía breve (opcional)',
    bioHint: 'Hasta 600 caracteres; la ven quienes eligen tus grupos.',
    submit: 'Enviar para verificación',
    resubmit: 'Enviar de nuevo para verificación',
  },
  licences: {
    LCSW: 'Trabajador social clínico con licencia (LCSW)',
    LPC: 'Consejero profesional con licencia (LPC)',
    LMFT: 'Terapeuta matrimonial y familiar con licencia (LMFT)',
    LMHC: 'Consejero de salud mental con licencia (LMHC)',
    psychologist: 'Psicólogo/a',
    psychiatrist: 'Psiquiatra',
    other: 'Otra, o el equivalente de mi país',
  },
  problems: {
    licenceType: 'Elige tu tipo de licencia de la lista.',
    licenceOther: 'Escribe el nombre de tu licencia (de 2 a 80 caracteres).',
    licenceNumber: 'Escribe tu número de licencia (hasta 40 caracteres).',
    jurisdiction: 'Escribe el estado, la provincia o el país que emitió tu licencia.',
    expiresOn: 'Escribe la fecha de vencimiento como una fecha real, por ejemplo 2027-06-30.',
    expiresPast:
      'La fecha de vencimiento debe ser futura. No se puede verificar una licencia vencida.',
    modalities: 'Elige métodos solo de la lista.',
    bio: 'La biografía puede tener como máximo 600 caracteres.',
  },
  badge: 'Profesional verificado',
  notAllowed: {
    pending: 'Tus datos ya esperan a un administrador.',
    verified: 'Ya estás verificado. Podrás enviar datos nuevos cuando venza tu licencia.',
  },
};
