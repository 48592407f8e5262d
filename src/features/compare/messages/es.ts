import type { Translation } from '../../../i18n/catalogue.js';
import { contentEs } from './content.es.js';
import type { en } from './en.js';

/** Words of the /compare page in Spanish. */
export const es: Translation<typeof en> = {
  description:
    'Grupos de apoyo y terapia de grupo lado a lado, en las cinco cosas que los distinguen.',
  caption: 'Grupos de apoyo y terapia de grupo, punto por punto',
  nextSteps: 'Tu próximo paso',
  nextStepsIntro:
    'Responde unas pocas preguntas para ver cuál te conviene, o ve directamente al directorio.',
  labels: {
    leadership: 'Guiado por',
    purpose: 'Propósito',
    structure: 'Formato',
    confidentiality: 'Confidencialidad',
    techniques: 'Enfoque',
  },
  summaries: {
    leadership: {
      support: 'Alguien que vivió lo mismo',
      therapy: 'Un profesional de salud mental con licencia',
    },
    purpose: { support: 'Apoyo mutuo y formas de salir adelante', therapy: 'Tratamiento y cambio' },
    structure: {
      support: 'Informal y continuo, a menudo abierto',
      therapy: 'Sesiones planificadas durante varias semanas',
    },
    confidentiality: {
      support: 'Un acuerdo entre los miembros',
      therapy: 'Un deber legal y profesional, con límites',
    },
    techniques: {
      support: 'Experiencia compartida y ayuda mutua',
      therapy: 'Métodos reconocidos, como TCC o TDC',
    },
  },
  content: contentEs,
};
