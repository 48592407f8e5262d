import type { Translation } from '../../../i18n/catalogue.js';
import { plural } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/**
 * Las medidas de resultados en español: la interfaz tutea, como el resto del sitio; las preguntas
 * de los cuestionarios (instruments.ts) conservan el usted de la versión publicada.
 */
export const es: Translation<typeof en> = {
  bands: {
    minimal: 'Mínima',
    mild: 'Leve',
    moderate: 'Moderada',
    moderately_severe: 'Moderadamente grave',
    severe: 'Grave',
  },
  cadences: {
    every: 'Antes de cada sesión',
    every_other: 'Antes de una sesión sí y otra no',
    start_end: 'Al principio y al final',
    off: 'Apagado: no enviar nada',
  },
  member: {
    title: (group: string) => `Cuestionarios: ${group}`,
    heading: 'Tus cuestionarios',
    lead: 'Cuestionarios breves sobre cómo te has sentido en las últimas dos semanas (el PHQ-9 sobre el ánimo y el GAD-7 sobre la ansiedad). Cada uno lleva uno o dos minutos en el teléfono. Tus terapeutas los usan para ver cómo te está ayudando el grupo.',
    who: 'Solo los terapeutas que dirigen este grupo pueden ver tus respuestas y puntuaciones. Los demás miembros no, ni tampoco los administradores de Gatherwell. Cada vez que un terapeuta las abre queda registrado, y puedes verlo en la actividad de tu cuenta.',
    consentHeading: 'Tu consentimiento',
    consentGiven: (when: string) => `Aceptaste recibir cuestionarios el ${when}.`,
    consentWithdrawn: (when: string) =>
      `Dejaste de recibir cuestionarios el ${when}. Tus respuestas anteriores siguen con tus terapeutas.`,
    consentNone: 'No has aceptado recibir cuestionarios en este grupo.',
    consentAsk:
      '¿Quieres recibir cuestionarios antes de las sesiones? Puedes dejarlo cuando quieras, y decir que no no cambia tu lugar en el grupo.',
    consentButton: 'Sí, quiero recibir cuestionarios',
    withdrawButton: 'Dejar de recibir cuestionarios',
    withdrawHint:
      'No se enviará nada nuevo, y se retira cualquier cuestionario que te esté esperando. Lo que ya respondiste sigue con tus terapeutas.',
    consentSaved: 'Gracias. Tus terapeutas ya pueden enviarte cuestionarios.',
    withdrawnSaved: 'Hecho. Ya no recibirás cuestionarios en este grupo.',
    answered: 'Gracias. Tus respuestas se enviaron a tus terapeutas.',
    open: 'Pendientes',
    noneOpen: 'No tienes nada pendiente ahora.',
    answer: (name: string) => `Responder el ${name}`,
    forSession: (when: string) => `Para la sesión del ${when}.`,
    yourScores: 'Tus puntuaciones a lo largo del tiempo',
    noScores: 'Tus puntuaciones aparecerán aquí después de tu primer cuestionario.',
    back: 'Volver al grupo',
  },
  answer: {
    title: (name: string) => `Cuestionario: ${name}`,
    lead: 'Elige una respuesta para cada pregunta. No hay respuestas correctas ni incorrectas.',
    time: 'Entre uno y dos minutos.',
    send: 'Enviar mis respuestas',
    missing: 'Elige una respuesta para esta pregunta.',
    errorsTitle: 'Algunas preguntas aún no tienen respuesta',
    gone: 'Este cuestionario ya no se puede responder: ya se respondió, se retiró o pasó su plazo.',
    item: (n: number, of: number) => `Pregunta ${n} de ${of}`,
    crisis:
      'Si estás pensando en hacerte daño o en que estarías mejor muerto(a), puedes hablar con alguien ahora: la línea de crisis está arriba en cada página.',
  },
  chart: {
    caption: (name: string) => `Puntuaciones del ${name}`,
    summary: (name: string, n: number, first: string, last: string) =>
      plural('es', n, {
        one: `${name}: una puntuación, ${first}.`,
        other: `${name}: ${n} puntuaciones, de ${first} en la primera a ${last} en la más reciente.`,
      }),
    point: (score: number, band: string) => `${score} (${band})`,
    session: 'Sesión',
    score: 'Puntuación',
    band: 'Gravedad',
    item9: 'Pregunta 9',
    axis: (max: number) => `Puntuación, de 0 a ${max}`,
    dataTable: 'Las mismas puntuaciones en una tabla',
  },
  lead: {
    title: (group: string) => `Medidas de resultados: ${group}`,
    heading: 'Medidas de resultados',
    lead: 'A los miembros que aceptaron se les envían las medidas que elijas antes de las sesiones, y las responden en su teléfono. Las puntuaciones se calculan solas. Si la pregunta 9 del PHQ-9 se responde por encima de «Ningún día», recibes una alerta al instante.',
    scheduleHeading: 'Qué se envía y cuándo',
    instruments: 'Medidas',
    cadence: 'Cuándo',
    cadenceHint:
      'Las solicitudes salen hasta un día antes de la sesión. Quien acepte más tarde recibe la primera en la siguiente sesión.',
    save: 'Guardar',
    saved: 'Guardado.',
    noInstrument: 'Elige al menos una medida, o elige Apagado.',
    outcomesHeading: 'Cómo va el grupo',
    outcomesNone:
      'Los recuentos aparecen cuando los miembros tienen dos puntuaciones en una medida.',
    measured: (n: number) =>
      plural('es', n, {
        one: 'Un miembro con dos o más puntuaciones',
        other: `${n} miembros con dos o más puntuaciones`,
      }),
    improved: (n: number, of: number) => `Mejoría fiable: ${n} de ${of}`,
    recovered: (n: number, of: number) =>
      `Recuperación: ${n} de ${of} que empezaron en el punto de corte o por encima`,
    definitionsHeading: 'Cómo se cuentan',
    definitions: {
      phq9: 'PHQ-9: mejoría fiable significa que la puntuación bajó 6 puntos o más de la primera a la más reciente. Recuperación significa que la primera era 10 o más y la más reciente es menor que 10.',
      gad7: 'GAD-7: mejoría fiable significa que la puntuación bajó 4 puntos o más de la primera a la más reciente. Recuperación significa que la primera era 8 o más y la más reciente es menor que 8.',
      bands:
        'Gravedad: PHQ-9 0–4 mínima, 5–9 leve, 10–14 moderada, 15–19 moderadamente grave, 20–27 grave. GAD-7 0–4 mínima, 5–9 leve, 10–14 moderada, 15–21 grave.',
    },
    membersHeading: 'Miembros',
    name: 'Miembro',
    consent: 'Aceptó',
    latest: (name: string) => `Último ${name}`,
    yes: 'Sí',
    withdrawn: 'Lo dejó',
    no: 'No',
    none: '—',
    view: 'Ver puntuaciones',
    noMembers: 'Aún no hay miembros.',
    back: 'Volver al grupo',
  },
  person: {
    title: (name: string, group: string) => `${name}: puntuaciones en ${group}`,
    heading: (name: string) => `Puntuaciones de ${name}`,
    none: 'Aún no hay puntuaciones.',
    back: 'Volver a las medidas de resultados',
  },
  alert: {
    line: (answer: string) =>
      `Pregunta 9 del PHQ-9 (pensamientos de que estaría mejor muerto(a) o de lastimarse): ${answer}`,
  },
  errors: {
    notFound: 'Esta página no existe.',
    membersOnly: 'Los cuestionarios son para los miembros de un grupo de terapia.',
    therapistsOnly: 'Solo los terapeutas que dirigen este grupo pueden ver sus medidas.',
    notMember: 'Esta persona no es miembro de este grupo.',
  },
};
