import type { Difference, SideBySide } from '../content.js';
import { contentEn } from './content.en.js';

/**
 * The /compare page in English: its own words, the comparison itself (content.en.ts), and the
 * short labels and summaries of the five differences that other pages show.
 */
export const en = {
  description: 'Support groups and group therapy side by side, over the five ways they differ.',
  caption: 'Support groups and group therapy compared, point by point',
  nextSteps: 'Your next step',
  nextStepsIntro: 'Answer a few questions to see which fits you, or go straight to the directory.',
  /** Short labels for the five differences, for compact places (a group's summary panel). */
  labels: {
    leadership: 'Led by',
    purpose: 'Purpose',
    structure: 'Format',
    confidentiality: 'Confidentiality',
    techniques: 'Approach',
  } satisfies Record<Difference, string>,
  /** A few words per kind to pair with the labels, e.g. "Led by: A licensed ...". */
  summaries: {
    leadership: {
      support: 'A peer with lived experience',
      therapy: 'A licensed mental health professional',
    },
    purpose: { support: 'Mutual support and coping', therapy: 'Treatment and personal change' },
    structure: {
      support: 'Informal and ongoing, often drop-in',
      therapy: 'Planned sessions over a set number of weeks',
    },
    confidentiality: {
      support: 'An agreement among members',
      therapy: 'A legal and professional duty, with limits',
    },
    techniques: {
      support: 'Shared experience and mutual help',
      therapy: 'Named methods such as CBT or DBT',
    },
  } satisfies Record<Difference, SideBySide>,
  content: contentEn,
};
