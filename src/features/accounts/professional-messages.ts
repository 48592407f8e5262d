import { defineMessages } from '../../i18n/catalogue.js';

/** Every word of the professional profile page, in English and (completely) in Spanish. */
export const professionalText = defineMessages({
  en: {
    title: 'Professional verification',
    lead: 'If you are a licensed mental-health professional, you can ask to be verified. Verified professionals can run therapy groups, and their groups show a "Verified professional" badge.',
    twoFactorNote:
      'Before you can use the professional role, you must turn on two-step sign-in for your account. You can turn it on at any time, also while you wait.',
    twoFactorNeeded:
      'You are verified, but two-step sign-in is off, so you cannot use the professional role yet. Turn it on now.',
    accountLink: 'Turn on two-step sign-in',
    privacy:
      'Only administrators see your licence details. Your licence number is never shown on the site.',
    errorTitle: 'Please fix this:',
    status: {
      heading: 'Your status',
      none: 'You have not asked to be verified.',
      pending:
        'Thank you. Your details are waiting for an administrator to check them. We will e-mail you when they have decided.',
      verified: 'You are a verified professional. Your licence is recorded as valid until {date}.',
      declined: 'An administrator could not verify your details.',
      reason: 'Their reason:',
      declinedNext: 'You can correct your details below and send them again.',
      expired:
        'Your licence was recorded as valid until {date}, so the badge is no longer shown. Please renew: send your new expiry date (and anything else that changed) below.',
      submitted: 'Your details were sent. An administrator will check them.',
    },
    form: {
      heading: 'Your licence',
      renewHeading: 'Renew your verification',
      licenceType: 'Licence type',
      choose: 'Choose your licence type',
      licenceOther: 'Name of your licence',
      licenceOtherHint:
        'If you chose "Other": the licence as your country or state names it, for example "Registered psychotherapist".',
      licenceNumber: 'Licence number',
      licenceNumberHint: 'As printed on your licence. Only administrators see it.',
      jurisdiction: 'Issuing jurisdiction',
      jurisdictionHint: 'The state, province or country that issued it, for example "Oregon, US".',
      expiresOn: 'Expiry date',
      expiresOnHint: 'The date your licence expires. It must be in the future.',
      modalities: 'Methods you use in groups (optional)',
      bio: 'Short bio (optional)',
      bioHint: 'Up to 600 characters, shown to people choosing your groups.',
      submit: 'Send for verification',
      resubmit: 'Send again for verification',
    },
    licences: {
      LCSW: 'Licensed clinical social worker (LCSW)',
      LPC: 'Licensed professional counselor (LPC)',
      LMFT: 'Licensed marriage and family therapist (LMFT)',
      LMHC: 'Licensed mental health counselor (LMHC)',
      psychologist: 'Psychologist',
      psychiatrist: 'Psychiatrist',
      other: 'Other, or my country’s equivalent',
    },
    problems: {
      licenceType: 'Choose your licence type from the list.',
      licenceOther: 'Enter the name of your licence (2 to 80 characters).',
      licenceNumber: 'Enter your licence number (up to 40 characters).',
      jurisdiction: 'Enter the state, province or country that issued your licence.',
      expiresOn: 'Enter the expiry date as a real date, like 2027-06-30.',
      expiresPast: 'The expiry date must be in the future. An expired licence cannot be verified.',
      modalities: 'Choose methods from the list only.',
      bio: 'Keep your bio to 600 characters or fewer.',
    },
    notAllowed: {
      pending: 'Your details are already waiting for an administrator.',
      verified: 'You are already verified. You can send new details when your licence expires.',
    },
  },
  es: {
    title: 'Verificación profesional',
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
      verified: 'Eres profesional verificado. Tu licencia consta como válida hasta el {date}.',
      declined: 'Un administrador no pudo verificar tus datos.',
      reason: 'Su motivo:',
      declinedNext: 'Puedes corregir tus datos abajo y enviarlos de nuevo.',
      expired:
        'Tu licencia constaba como válida hasta el {date}, así que ya no se muestra la insignia. Renuévala: envía abajo tu nueva fecha de vencimiento (y lo que haya cambiado).',
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
      jurisdictionHint:
        'El estado, la provincia o el país que la emitió, por ejemplo «Madrid, ES».',
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
    notAllowed: {
      pending: 'Tus datos ya esperan a un administrador.',
      verified: 'Ya estás verificado. Podrás enviar datos nuevos cuando venza tu licencia.',
    },
  },
});
export type ProfessionalText = ReturnType<typeof professionalText>;
