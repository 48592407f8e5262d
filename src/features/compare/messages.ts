import { defineMessages } from '../../i18n/catalogue.js';

/** Words of the /compare page that are not part of the comparison content itself. */
export const compareMessages = defineMessages({
  en: {
    description: 'Support groups and group therapy side by side, over the five ways they differ.',
    caption: 'Support groups and group therapy compared, point by point',
    nextSteps: 'Your next step',
    nextStepsIntro:
      'Answer a few questions to see which fits you, or go straight to the directory.',
  },
  es: {
    description:
      'Grupos de apoyo y terapia de grupo lado a lado, en las cinco cosas que los distinguen.',
    caption: 'Grupos de apoyo y terapia de grupo, punto por punto',
    nextSteps: 'Tu próximo paso',
    nextStepsIntro:
      'Responde unas pocas preguntas para ver cuál te conviene, o ve directamente al directorio.',
  },
});
