import type { Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** The safety flow's words in Spanish (the same guidance: calma, sin juicios, ayuda primero). */
export const es: Translation<typeof en> = {
  card: {
    title: 'Gracias por contárnoslo',
    urgentFirst: (emergency) =>
      `Si crees que podrías actuar ahora según estos pensamientos, o no estás a salvo donde estás, llama ahora al ${emergency}.`,
    callEmergency: (n) => `Llamar al ${n}`,
    lead: 'Lo que escribiste suena a que estás pasando por algo muy difícil. No has hecho nada malo y está bien decirlo.',
    talk: 'Hablar con alguien puede ayudar, ahora mismo, a cualquier hora:',
    told: (group) =>
      `Hemos avisado a quienes dirigen ${group} para que se pongan en contacto contigo en privado.`,
    toldAdmins:
      'Hemos avisado al equipo de Gatherwell para que alguien se ponga en contacto contigo en privado.',
    held: 'Tu mensaje espera a que quien dirige el grupo lo vea antes de que lo vean los demás. Ya le avisamos y se pondrá en contacto contigo.',
    writeNow: 'Escribir ahora a quienes dirigen el grupo',
    sent: {
      application: 'Tu solicitud se envió.',
      request: 'Tu petición se envió.',
      message: 'Tu mensaje se envió.',
      answers: 'Tus respuestas se enviaron a tus terapeutas.',
    },
    continue: 'Continuar',
    searchTitle: 'Puedes hablar con alguien ahora',
    searchLead:
      'Si estás pensando en el suicidio o en hacerte daño, hay ayuda gratuita y confidencial, a cualquier hora.',
  },
  levels: { urgent: 'Urgente', concern: 'Preocupación' },
  sources: {
    assessed: 'Lo que escribió se señaló de forma automática.',
    worried: 'Un miembro dijo que le preocupaba lo que esta persona escribió.',
  },
  items: {
    application: 'Una solicitud o petición para unirse',
    thread_message: 'Un mensaje a quienes dirigen el grupo',
    room_message: 'Un mensaje en la sala del grupo',
    board_post: 'Una publicación en el tablón del grupo',
    measure_response: 'Una respuesta a un cuestionario (pregunta 9 del PHQ-9)',
  },
  signals: {
    intent: 'intención',
    plan: 'un plan',
    means: 'un medio',
    time: 'un momento',
    place: 'un lugar',
    act: 'un acto en curso',
    farewell: 'una despedida',
    ideation: 'pensamientos de suicidio',
    'self-harm': 'autolesiones',
    hopelessness: 'desesperanza',
    burden: 'sentirse una carga',
  },
  alert: {
    title: 'Aviso de seguridad',
    about: (who, group) => `Sobre ${who}, de ${group}.`,
    aboutNoGroup: (who) => `Sobre ${who}.`,
    someone: 'un antiguo miembro',
    raised: 'Creado',
    signals: 'Qué se notó',
    how: 'Cómo',
    whatTheyWrote: 'Lo que escribió',
    textGone: 'El texto ya no está (se borró, o se borró la cuenta).',
    checkIn: 'Escribirle en privado',
    checkInHint:
      'Escríbele en tu nombre, con amabilidad y de forma directa: pregúntale cómo está, si está a salvo, y háblale de las líneas de crisis. Si crees que corre peligro inmediato, llama al número de emergencias.',
    mailThem: (email) => `Escribir a ${email}`,
    acknowledge: 'Lo he visto y voy a actuar',
    acknowledgeHint:
      'Confirmar avisa a las demás personas que dirigen el grupo y al equipo de Gatherwell de que alguien se ocupa. Un aviso urgente que nadie confirma en 10 minutos pasa a la administración.',
    acknowledged: (who, when) => `Confirmado por ${who}, ${when}.`,
    escalated: 'Nadie lo confirmó a tiempo: se avisó a la administración.',
    notFound: 'Este aviso no está, o no te corresponde verlo.',
  },
  worried: {
    tooMany:
      'Has avisado de muchas preocupaciones en poco tiempo. Si alguien está en peligro ahora, llama al número de emergencias local; si no, vuelve a intentarlo más tarde.',
    button: '¿Te preocupa esta persona?',
    hint: 'Avisa en privado a quienes dirigen el grupo. Nunca se dice a quien escribió quién avisó.',
    title: 'Gracias por cuidar de esta persona',
    lead: 'Hemos avisado a quienes dirigen el grupo para que se pongan en contacto en privado. Nadie le dirá quién avisó.',
    danger: (emergency) => `Si crees que alguien corre peligro ahora mismo, llama al ${emergency}.`,
    back: 'Volver',
    notFound: 'Ese mensaje no está, o no puedes verlo.',
  },
  admin: {
    title: 'Avisos de seguridad',
    intro:
      'Todos los avisos de los últimos 30 días: a quién se avisó está en las notificaciones, y nada de aquí muestra lo que alguien escribió. Abre un aviso para leerlo (la apertura queda registrada).',
    median: (minutes) => `Tiempo mediano hasta la confirmación: ${minutes}.`,
    noneAcknowledged: 'Ningún aviso se ha confirmado en este periodo.',
    open: (n) => `Sin confirmar: ${n}.`,
    none: 'No hay avisos en los últimos 30 días.',
    when: 'Creado',
    level: 'Nivel',
    source: 'Origen',
    item: 'Elemento',
    group: 'Grupo',
    acknowledged: 'Tiempo hasta la confirmación',
    waiting: 'En espera',
    escalated: 'escalado',
    minutes: (n) => (n < 1 ? 'menos de un minuto' : `${Math.round(n)} min`),
    view: 'Abrir',
    sourceNames: { assessed: 'automático', worried: 'miembro preocupado' },
  },
};
