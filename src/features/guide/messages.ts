import { defineMessages } from '../../i18n/catalogue.js';
import type { GroupKind } from '../directory/taxonomy.js';
import type { Difference } from './reasons.js';

/**
 * The guide's own interface words. Questions, options and result wording are data in
 * questions.ts and reasons.ts; this catalogue holds only what frames them on the page.
 */
export const guideText = defineMessages({
  en: {
    title: 'Which kind of group could suit you?',
    description:
      'A few short questions to help you choose between a peer support group and group therapy.',
    lead: 'Answer a few short questions and we will suggest a peer support group, group therapy, or both, and explain why.',
    privacy:
      'Your answers are not saved. They travel only from one question to the next and are forgotten when you leave.',
    progress: (n: number, total: number) => `Step ${n} of ${total}`,
    next: 'Next',
    skip: 'Skip this question',
    back: 'Back',
    seeResult: 'See my suggestion',
    errorTitle: 'There is a problem',
    errorPrefix: 'Error:',
    required: 'Please choose an answer to continue.',
    staleTitle: 'This page is out of date',
    stale: 'We could not tell which question this answer belongs to. Please start the guide again.',
    startAgain: 'Start again',
    changeAnswers: 'Change my answers',
    result: {
      why: 'Why we suggest this',
      whyLead: 'Based on your answers, along the five ways the two kinds of group differ:',
      differences: {
        leadership: 'Who leads',
        purpose: 'Purpose',
        structure: 'Structure',
        confidentiality: 'Confidentiality',
        techniques: 'Techniques',
      } satisfies Record<Difference, string>,
      also: 'Also worth considering',
      alsoKind: {
        support: 'A support group',
        therapy: 'A therapy group',
      } satisfies Record<GroupKind, string>,
      search: 'Search the directory',
      searchNote:
        'The search uses only the topic, place, days, times and cost you chose; none of your other answers.',
      individual:
        'A family doctor, a local mental-health service or your insurer can help you find one-to-one care.',
      more: 'More help',
      compare: 'Compare support groups and group therapy side by side',
      crisis: 'Need help right now? Crisis lines, open day and night',
      forgotten: 'We have not saved your answers. Leaving this page clears them.',
    },
  },
  es: {
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
  },
});

export type GuideMessages = ReturnType<typeof guideText>;
