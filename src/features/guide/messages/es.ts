import type { Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';
import { questionsEs } from './questions.es.js';
import { reasonsEs } from './reasons.es.js';

/** The guide's interface in Spanish (neutral Latin American, tuteo). */
export const es: Translation<typeof en> = {
  title: '¿Qué tipo de grupo te podría convenir?',
  description:
    'Unas pocas preguntas breves para ayudarte a elegir entre un grupo de apoyo entre iguales y la terapia de grupo.',
  lead: 'Responde unas pocas preguntas breves y te sugeriremos un grupo de apoyo, terapia de grupo o ambos, y te explicaremos por qué.',
  privacy:
    'No guardamos tus respuestas. Solo pasan de una pregunta a la siguiente y se olvidan cuando sales.',
  progress: (n: number, total: number) => `Paso ${n} de ${total}`,
  next: 'Siguiente',
  skip: 'Saltar esta pregunta',
  back: 'Atrás',
  seeResult: 'Ver mi sugerencia',
  errorTitle: 'Hay un problema',
  errorPrefix: 'Error:',
  required: 'Elige una respuesta para continuar.',
  problems: {
    choice: 'Elige entre las opciones que se muestran.',
    place: (max) => `Escribe un código postal o una ciudad de ${max} caracteres como máximo.`,
  },
  staleTitle: 'Esta página está desactualizada',
  stale:
    'No pudimos saber a qué pregunta corresponde esta respuesta. Vuelve a empezar la guía, por favor.',
  startAgain: 'Empezar de nuevo',
  changeAnswers: 'Cambiar mis respuestas',
  result: {
    why: 'Por qué te lo sugerimos',
    whyLead:
      'Según tus respuestas, en las cinco cosas en que se diferencian los dos tipos de grupo:',
    differences: {
      leadership: 'Quién lo dirige',
      purpose: 'Propósito',
      structure: 'Estructura',
      confidentiality: 'Confidencialidad',
      techniques: 'Técnicas',
    },
    also: 'También vale la pena considerar',
    alsoKind: {
      support: 'Un grupo de apoyo',
      therapy: 'Un grupo de terapia',
    },
    search: 'Buscar en el directorio',
    searchNote:
      'La búsqueda usa solo el tema, el lugar, los días, los horarios y el precio que elegiste; ninguna otra de tus respuestas.',
    individual:
      'Tu médico de cabecera, un servicio local de salud mental o tu seguro médico pueden ayudarte a encontrar atención individual.',
    more: 'Más ayuda',
    compare: 'Comparar los grupos de apoyo y la terapia de grupo',
    crisis: '¿Necesitas ayuda ahora mismo? Líneas de crisis, abiertas día y noche',
    forgotten: 'No hemos guardado tus respuestas. Al salir de esta página se borran.',
  },
  questions: questionsEs,
  ...reasonsEs,
};
