import type { GroupKind } from '../../../shared/taxonomy/index.js';
import type { Difference } from '../reasons.js';
import { questionsEn } from './questions.en.js';
import { reasonsEn } from './reasons.en.js';

/**
 * The guide in English: the words that frame it on the page, its problems with an answer, its
 * questions (questions.en.ts) and what its result can say (reasons.en.ts).
 */
export const en = {
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
  problems: {
    choice: 'Please choose from the options shown.',
    place: (max: number) => `Please enter a postal code or city of at most ${max} characters.`,
  },
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
  questions: questionsEn,
  ...reasonsEn,
};
