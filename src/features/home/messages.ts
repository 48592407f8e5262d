import { defineMessages } from '../../i18n/catalogue.js';

type Difference = { point: string; support: string; therapy: string };

/** The home page's words. The comparison page expands on the five differences. */
export const homeText = defineMessages({
  en: {
    title: 'Gatherwell',
    description: 'Find, choose between and join support groups and group therapy.',
    heading: 'Find a group where you are understood',
    lead: 'Gatherwell helps you find and join support groups led by people who have been there, and therapy groups led by licensed professionals: near you or online, at times that suit you.',
    twoKinds: 'Two kinds of group',
    twoKindsIntro:
      'Both bring people together around a shared challenge, such as grief, recovery, illness or caring for someone. They differ in five ways.',
    caption: 'Support groups compared with group therapy',
    supportGroup: 'Support group',
    groupTherapy: 'Group therapy',
    differences: [
      {
        point: 'Leadership',
        support: 'A peer who has lived through the same thing',
        therapy: 'A licensed mental-health professional',
      },
      {
        point: 'Purpose',
        support: 'Company, understanding and practical tips from others',
        therapy: 'Treatment: changing patterns with a clinician’s help',
      },
      {
        point: 'Structure',
        support: 'Informal and ongoing; come when you can',
        therapy: 'Planned sessions, often a fixed number, with an agenda',
      },
      {
        point: 'Confidentiality',
        support: 'A promise members make to each other',
        therapy: 'A professional duty, with stricter rules',
      },
      {
        point: 'Techniques',
        support: 'Sharing experience and helping each other',
        therapy: 'Named methods such as CBT, DBT or ACT',
      },
    ] as Difference[],
    privacy: 'Your privacy comes first',
    privacyText:
      'Being in a group about grief or addiction is health information. You can take part under a first name or a pseudonym, and only a group’s leaders see who its members are.',
  },
  es: {
    title: 'Gatherwell',
    description: 'Encuentra, compara y únete a grupos de apoyo y terapia de grupo.',
    heading: 'Encuentra un grupo donde te comprendan',
    lead: 'Gatherwell te ayuda a encontrar grupos de apoyo guiados por personas que han vivido lo mismo, y grupos de terapia dirigidos por profesionales con licencia: cerca de ti o en línea, en los horarios que te convengan.',
    twoKinds: 'Dos tipos de grupo',
    twoKindsIntro:
      'Los dos reúnen a personas que enfrentan un desafío en común, como un duelo, la recuperación, una enfermedad o el cuidado de alguien. Se diferencian en cinco aspectos.',
    caption: 'Grupos de apoyo comparados con la terapia de grupo',
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
  },
});
