/**
 * The guide's recommendation: pure and deterministic, so the case table in scoring.test.ts is
 * the specification. Rules, in order:
 * 1. A yes to the safety question ends everything: `crisis`, no search.
 * 2. Something a group cannot hold (severe difficulty, medication, a recent hospital stay) and
 *    no clinician yet: `individual_first`, with a support group as the secondary suggestion.
 * 3. Otherwise a lean: hope counts 3 (who leads is the defining difference), structure, a topic
 *    with a clear tradition and "free only" count 1 each. Lean >= 2 is `support`, <= -2
 *    `therapy`, anything between `either`. Contradictions are kept and named as reasons.
 */

import { type GroupKind, TOPICS, type TopicCode } from '../../shared/taxonomy/index.js';
import type { FilterDefaults } from '../directory/filters.js';
import type { GuideAnswers } from './answers.js';
import type { StepId, Text } from './codes.js';
import { inEvery } from './messages/index.js';
import {
  type Difference,
  OUTCOME_TEXT,
  type Outcome,
  REASONS,
  type ReasonId,
  SEARCH_LABELS,
} from './reasons.js';
import { directoryHref, type GuideFilter, guideFilter } from './search.js';

export type Reason = { id: ReasonId; answer: StepId; difference: Difference; text: Text };
export type GuideSearch = {
  role: 'primary' | 'secondary';
  kind?: GroupKind;
  label: Text;
  filter: GuideFilter;
  /** `/groups?…`: directory filters only. */
  href: string;
};
export type Recommendation = {
  outcome: Outcome;
  title: Text;
  summary: Text;
  reasons: Reason[];
  secondary?: { kind: GroupKind; reason: Reason };
  /** The first is the main button; a secondary suggestion adds a second. Empty for crisis. */
  searches: GuideSearch[];
};

// Topics where peer groups are a long, strong tradition, and topics where specific therapy
// methods exist and groups are commonly run by clinicians. The rest lean neither way.
const PEER_TOPICS: readonly TopicCode[] = [
  'grief',
  'suicide_loss',
  'addiction',
  'alcohol',
  'drugs',
  'family_addiction',
  'caregivers',
  'dementia',
  'cancer',
  'chronic_illness',
  'chronic_pain',
  'divorce',
];
const THERAPY_TOPICS: readonly TopicCode[] = ['ocd', 'eating_disorders', 'trauma', 'bipolar'];

function topicLean(answers: GuideAnswers): { code: TopicCode; lean: 1 | -1 } | undefined {
  const code = answers.topic;
  if (!code || code === 'other') return undefined;
  if (PEER_TOPICS.includes(code)) return { code, lean: 1 };
  if (THERAPY_TOPICS.includes(code)) return { code, lean: -1 };
  return undefined;
}

function reason(id: ReasonId, answer: StepId, topic?: TopicCode): Reason {
  const text = inEvery((m, locale) => {
    const wording = m.reasons[id];
    return typeof wording === 'function'
      ? wording(topic ? TOPICS[topic][locale] : m.someTopic)
      : wording;
  });
  return { id, answer, difference: REASONS[id], text };
}

export function recommend(answers: GuideAnswers, defaults?: FilterDefaults): Recommendation {
  const search = (role: GuideSearch['role'], kind?: GroupKind): GuideSearch => {
    const filter = guideFilter(answers, kind);
    return {
      role,
      kind,
      label: SEARCH_LABELS[kind ?? 'any'],
      filter,
      href: directoryHref(filter, defaults),
    };
  };
  const result = (
    outcome: Outcome,
    reasons: Reason[],
    secondary?: { kind: GroupKind; reason: Reason },
  ): Recommendation => {
    const primaryKind = outcome === 'support' || outcome === 'therapy' ? outcome : undefined;
    const searches: GuideSearch[] = [];
    if (outcome !== 'crisis' && outcome !== 'individual_first') {
      searches.push(search('primary', primaryKind));
    }
    if (secondary) searches.push(search('secondary', secondary.kind));
    return { outcome, ...OUTCOME_TEXT[outcome], reasons, secondary, searches };
  };

  if (answers.safety === 'yes') return result('crisis', []);

  const care = answers.care ?? [];
  const hasClinician = care.includes('therapist') || care.includes('doctor');
  // Most pressing first: a recent hospital stay, then medication, then daily difficulty.
  const needs = (['hospital', 'medication', 'severe'] as const).filter((n) => care.includes(n));
  if (needs.length && !hasClinician) {
    return result(
      'individual_first',
      needs.map((n) => reason(`needs-${n}`, 'care')),
      { kind: 'support', reason: reason('secondary-support-later', 'care') },
    );
  }

  const topic = topicLean(answers);
  const lean =
    (answers.hope === 'peers' ? 3 : answers.hope === 'professional' ? -3 : 0) +
    (answers.structure === 'loose' ? 1 : answers.structure === 'structured' ? -1 : 0) +
    (topic?.lean ?? 0) +
    (answers.cost === 'free' ? 1 : 0);
  const outcome: Outcome = lean >= 2 ? 'support' : lean <= -2 ? 'therapy' : 'either';

  const reasons: Reason[] = [];
  if (needs.length) reasons.push(reason('care-ask-clinician', 'care'));

  if (answers.hope === 'peers') reasons.push(reason('hope-peers', 'hope'));
  if (answers.hope === 'professional') {
    reasons.push(reason('hope-professional', 'hope'));
    // For "either", the therapy side's methods are already in `either-therapy`.
    if (outcome === 'therapy') reasons.push(reason('therapy-methods', 'hope'));
  }
  if (outcome === 'either') {
    reasons.push(reason('either-support', 'hope'), reason('either-therapy', 'hope'));
  }

  if (answers.structure === 'loose') {
    reasons.push(
      reason(
        answers.hope === 'professional' ? 'tension-professional-loose' : 'structure-loose',
        'structure',
      ),
    );
  } else if (answers.structure === 'structured') {
    reasons.push(
      reason(
        answers.hope === 'peers' ? 'tension-peers-structured' : 'structure-structured',
        'structure',
      ),
    );
  }

  // A topic reason is given when it agrees with the outcome or is the reason for "either";
  // when it disagrees it becomes the secondary suggestion below instead.
  if (topic && (outcome === 'either' || topic.lean > 0 === (outcome === 'support'))) {
    reasons.push(reason(topic.lean > 0 ? 'topic-peer' : 'topic-therapy', 'topic', topic.code));
  }

  // With a clinician already: a support group sits alongside; a therapy group is best raised
  // with them first (many therapy groups ask for a referral anyway).
  if (hasClinician && !needs.length) {
    reasons.push(reason(outcome === 'therapy' ? 'care-ask-clinician' : 'care-alongside', 'care'));
  }

  if (answers.cost === 'free' && outcome !== 'support') {
    reasons.push(reason('cost-free-therapy', 'cost'));
  } else if (answers.cost === 'low' || answers.cost === 'insurance') {
    reasons.push(reason(outcome === 'support' ? 'cost-support' : 'cost-paid-therapy', 'cost'));
  } else if (answers.cost === 'free') {
    reasons.push(reason('cost-support', 'cost'));
  }

  // Confidentiality is part of every answer: say what it means for the group suggested,
  // tied to the answer that weighed most.
  if (outcome !== 'either') {
    const driver: StepId =
      answers.hope === 'peers' || answers.hope === 'professional'
        ? 'hope'
        : answers.structure && answers.structure !== 'some' && answers.structure !== 'unsure'
          ? 'structure'
          : topic
            ? 'topic'
            : 'cost';
    reasons.push(reason(outcome === 'support' ? 'privacy-support' : 'privacy-therapy', driver));
  }

  let secondary: { kind: GroupKind; reason: Reason } | undefined;
  if (outcome === 'support' && topic?.lean === -1) {
    secondary = {
      kind: 'therapy',
      reason: reason('secondary-therapy-topic', 'topic', topic.code),
    };
  } else if (outcome === 'therapy') {
    if (answers.cost === 'free') {
      secondary = { kind: 'support', reason: reason('secondary-support-free', 'cost') };
    } else if (hasClinician) {
      secondary = { kind: 'support', reason: reason('secondary-support-alongside', 'care') };
    } else if (topic?.lean === 1) {
      secondary = { kind: 'support', reason: reason('topic-peer', 'topic', topic.code) };
    }
  }
  return result(outcome, reasons, secondary);
}
