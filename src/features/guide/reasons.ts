/**
 * The guide's result, as rules see it: every reason it can give, each filed under one of the
 * five differences between support groups and group therapy (docs: ../shared/DESIGN.md), and
 * the outcomes. Their words are in the catalogues (messages/reasons.en.ts), so wording can be
 * reviewed without reading logic.
 */
import type { Text } from './codes.js';
import { inEvery } from './messages/index.js';

export const DIFFERENCES = [
  'leadership',
  'purpose',
  'structure',
  'confidentiality',
  'techniques',
] as const;
export type Difference = (typeof DIFFERENCES)[number];

export const OUTCOMES = ['crisis', 'support', 'therapy', 'either', 'individual_first'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Each reason and the difference it speaks to. */
export const REASONS = {
  'hope-peers': 'leadership',
  'hope-professional': 'leadership',
  'therapy-methods': 'techniques',
  'structure-loose': 'structure',
  'structure-structured': 'structure',
  'tension-peers-structured': 'structure',
  'tension-professional-loose': 'structure',
  'topic-peer': 'purpose',
  'topic-therapy': 'techniques',
  'needs-hospital': 'structure',
  'needs-medication': 'leadership',
  'needs-severe': 'purpose',
  'care-ask-clinician': 'leadership',
  'care-alongside': 'purpose',
  'cost-free-therapy': 'leadership',
  'cost-paid-therapy': 'leadership',
  'cost-support': 'leadership',
  'either-support': 'purpose',
  'either-therapy': 'techniques',
  'privacy-support': 'confidentiality',
  'privacy-therapy': 'confidentiality',
  'secondary-therapy-topic': 'techniques',
  'secondary-support-free': 'leadership',
  'secondary-support-alongside': 'purpose',
  'secondary-support-later': 'purpose',
} as const satisfies Record<string, Difference>;
export type ReasonId = keyof typeof REASONS;

export const OUTCOME_TEXT = Object.fromEntries(
  OUTCOMES.map((outcome) => [
    outcome,
    {
      title: inEvery((m) => m.outcomes[outcome].title),
      summary: inEvery((m) => m.outcomes[outcome].summary),
    },
  ]),
) as Record<Outcome, { title: Text; summary: Text }>;

export const SEARCH_LABELS = {
  support: inEvery((m) => m.searches.support),
  therapy: inEvery((m) => m.searches.therapy),
  any: inEvery((m) => m.searches.any),
};
