import type { Translation } from '../../../i18n/catalogue.js';
import type { peopleEn } from './people.en.js';

/** Co-leaders, invitations and intake questions in Spanish. */
export const peopleEs: Translation<typeof peopleEn> = {
  leaders: {
    title: (name) => `Quienes dirigen «${name}»`,
    owner: 'Titular',
    coLeader: 'Codirección',
    remove: (name) => `Quitar a ${name}`,
    stepDown: 'Dejar de codirigir',
    stepDownHint: 'Dejarás de dirigir este grupo. La persona titular puede invitarte de nuevo.',
    invite: 'Invitar a alguien a codirigir',
    inviteHint:
      'Le enviamos un enlace que vale 7 días. Lo acepta con la sesión iniciada con esa dirección.',
    inviteTherapy: 'En un grupo de terapia, quien codirige debe ser profesional verificado.',
    email: 'Su dirección de correo',
    send: 'Enviar la invitación',
    sent: 'Se envió la invitación.',
    removed: 'Se quitó a esa persona de la codirección.',
    steppedDown: 'Dejaste de codirigir. Ya no diriges ese grupo.',
    problems: {
      email: 'Escribe una dirección de correo, como nombre@example.org.',
      unpublished:
        'Las invitaciones se pueden enviar cuando el grupo esté publicado. Publícalo primero y luego invita a quienes lo codirigirán.',
    },
  },
  invitation: {
    title: 'Invitación a codirigir',
    lead: (name, kind) => `Te invitan a dirigir «${name}» (${kind}).`,
    accept: 'Aceptar y codirigir',
    accepted: 'Ahora codiriges este grupo.',
    invalid: 'Este enlace de invitación no funciona: puede que haya vencido o que ya se usara.',
    wrongAccount:
      'Esta invitación se envió a otra dirección de correo. Cierra la sesión e iníciala con la dirección a la que se envió.',
    needsProfessional:
      'Los grupos de terapia los dirigen profesionales verificados. Pide la verificación (con el inicio de sesión en dos pasos activado) y vuelve a abrir el enlace.',
    already: 'Ya diriges este grupo.',
  },
  intake: {
    title: (name) => `Preguntas de admisión de «${name}»`,
    lead: 'Quienes se postulan responden estas preguntas. Las respuestas se cifran y solo las leen los terapeutas del grupo.',
    onlyApplication: 'Las preguntas de admisión solo se hacen cuando se entra con postulación.',
    asked: 'Preguntas que se hacen',
    retired: 'Preguntas retiradas',
    none: 'Aún no hay preguntas.',
    up: (prompt) => `Subir: ${prompt}`,
    down: (prompt) => `Bajar: ${prompt}`,
    retire: (prompt) => `Retirar: ${prompt}`,
    retireHint:
      'Una pregunta retirada ya no se hace; las respuestas ya dadas la conservan. Para cambiar una pregunta, retírala y añade otra.',
    required: 'obligatoria',
    optional: 'opcional',
    add: 'Añadir una pregunta',
    type: 'Tipo de respuesta',
    types: {
      short_text: 'Una respuesta corta',
      long_text: 'Una respuesta larga',
      single_choice: 'Una opción de una lista',
      multiple_choice: 'Varias opciones de una lista',
      yes_no: 'Sí o no',
    },
    prompt: 'Pregunta',
    help: 'Texto de ayuda (opcional)',
    helpHint: 'Se muestra bajo la pregunta.',
    options: 'Opciones, una por línea (para listas)',
    optionsHint: 'Solo para los dos tipos de lista: de 2 a 20 opciones.',
    isRequired: 'La respuesta es obligatoria',
    addButton: 'Añadir la pregunta',
    added: 'Se añadió la pregunta.',
    problems: {
      type: 'Elige el tipo de respuesta.',
      prompt: 'Escribe una pregunta de 3 a 300 caracteres.',
      help: 'El texto de ayuda debe tener menos de 500 caracteres.',
      options: 'Una lista necesita de 2 a 20 opciones, de hasta 120 caracteres cada una.',
    },
  },
};
