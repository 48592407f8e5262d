import type { Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** The home page in Spanish. */
export const es: Translation<typeof en> = {
  title: 'Gatherwell',
  description: 'Encuentra, compara y únete a grupos de apoyo y terapia de grupo.',
  heading: 'Encuentra un grupo donde te comprendan',
  lead: 'Gatherwell te ayuda a encontrar grupos de apoyo guiados por personas que han vivido lo mismo, y grupos de terapia dirigidos por profesionales con licencia: cerca de ti o en línea, en los horarios que te convengan.',
  guideTitle: '¿No sabes qué tipo de grupo te conviene?',
  guideText:
    'Responde unas preguntas breves, unos dos minutos, y la guía te sugiere uno y te explica por qué.',
  guideStart: 'Empezar la guía',
  compareLink: 'Comparar los dos en detalle',
  twoKinds: 'Dos tipos de grupo',
  twoKindsIntro:
    'Los dos reúnen a personas que enfrentan un desafío en común, como un duelo, la recuperación, una enfermedad o el cuidado de alguien. Se diferencian en cinco aspectos.',
  supportGroup: 'Grupo de apoyo',
  groupTherapy: 'Terapia de grupo',
  differences: [
    {
      point: 'Quién lo guía',
      support: 'Una persona que vivió lo mismo que los demás',
      therapy: 'Un profesional de salud mental con licencia',
    },
    {
      point: 'Para qué sirve',
      support: 'Compañía, comprensión y consejos prácticos de otras personas',
      therapy: 'Tratamiento: cambiar patrones con la ayuda de un profesional clínico',
    },
    {
      point: 'Cómo se organiza',
      support: 'Informal y continuo; vas cuando puedes',
      therapy: 'Sesiones planificadas, a menudo en número fijo, con un plan para cada una',
    },
    {
      point: 'Confidencialidad',
      support: 'Un compromiso que los miembros hacen entre sí',
      therapy: 'Un deber profesional, con reglas más estrictas',
    },
    {
      point: 'Técnicas',
      support: 'Compartir experiencias y ayudarse mutuamente',
      therapy: 'Métodos con nombre, como la TCC, la TDC o la ACT',
    },
  ],
  privacy: 'Tu privacidad es lo primero',
  privacyText:
    'Participar en un grupo sobre duelo o adicciones es información de salud. Puedes participar con tu nombre de pila o con un seudónimo, y solo quienes guían el grupo ven quiénes son sus miembros.',
};
