import type { Translation } from '../../../i18n/catalogue.js';
import type { questionsEn } from './questions.en.js';

/** The guide's questions in Spanish (neutral Latin American, tuteo). */
export const questionsEs: Translation<typeof questionsEn> = {
  days: {
    '1': 'lunes',
    '2': 'martes',
    '3': 'miércoles',
    '4': 'jueves',
    '5': 'viernes',
    '6': 'sábado',
    '0': 'domingo',
  },
  times: {
    morning: 'Mañana (de 5:00 a 12:00)',
    afternoon: 'Tarde (de 12:00 a 17:00)',
    evening: 'Última hora de la tarde (de 17:00 a 21:00)',
    night: 'Noche (de 21:00 a 5:00)',
  },
  safety: {
    title:
      'Antes de empezar: ¿estás pensando en quitarte la vida o estás en peligro en este momento?',
    yes: 'Sí',
    no: 'No',
    hint: 'Si respondes que sí, te mostraremos cómo hablar con alguien de inmediato. No necesitas tener la certeza de que sea una emergencia.',
  },
  topic: {
    title: '¿Con qué te gustaría recibir apoyo?',
    other: 'Otra cosa',
    hint: 'Elige la opción más cercana. Si ninguna encaja, elige «Otra cosa».',
  },
  hope: {
    title: '¿Qué te gustaría encontrar en un grupo?',
    peers: 'Estar con personas que han pasado por lo mismo',
    peersHint: 'Compartir, escuchar y conocer cómo lo afrontan otras personas.',
    professional: 'Trabajar en mis patrones con orientación profesional',
    professionalHint: 'Aprender herramientas y cambiar mi forma de pensar, sentir o relacionarme.',
    unsure: 'Todavía no lo sé',
  },
  structure: {
    title: '¿Cuánta estructura te vendría bien?',
    loose: 'Poca: ir cuando pueda y hablar cuando quiera',
    some: 'Algo: una reunión periódica con un formato conocido',
    structured: 'Mucha: un número fijo de sesiones, con objetivos y un plan para cada una',
    unsure: 'Sin preferencia',
  },
  care: {
    title: '¿Alguna de estas frases describe tu situación actual?',
    therapist: 'Voy a terapia o asesoramiento psicológico por esto',
    doctor: 'Recibo atención psiquiátrica o médica por esto',
    severe: 'Me cuesta mucho sobrellevar el día (dormir, comer, trabajar, cuidarme)',
    medication: 'Necesito empezar, cambiar o revisar una medicación',
    hospital: 'Salí de un hospital o de un servicio de crisis en los últimos meses',
    none: 'Ninguna de estas',
    hint: 'Elige todas las que correspondan. Así podemos saber si un grupo es un buen primer paso o si conviene empezar con atención individual.',
  },
  mode: {
    title: '¿Cómo te gustaría reunirte?',
    in_person: 'En persona',
    online: 'En línea',
    onlineHint: 'Por videollamada o teléfono, desde donde estés.',
    either: 'Me da igual',
  },
  place: {
    title: '¿Dónde debería estar el grupo?',
    hint: 'Un código postal o una ciudad, por ejemplo 19103 o Leeds. Solo se usa para la búsqueda en el directorio.',
    legend: 'Código postal o ciudad',
  },
  when: {
    title: '¿Cuándo sueles tener tiempo libre?',
    hint: 'Elige días, momentos del día o ambos. Déjalo en blanco si varía.',
    days: 'Días',
    times: 'Momentos del día',
  },
  cost: {
    title: '¿Cuánto puedes gastar?',
    free: 'Solo opciones gratuitas',
    low: 'Una tarifa baja o según ingresos',
    insurance: 'Quiero usar mi seguro médico',
    any: 'El precio no es un límite',
    hint: 'La mayoría de los grupos de apoyo son gratuitos. La terapia de grupo suele cobrarse, y a veces la cubre un seguro médico.',
  },
};
