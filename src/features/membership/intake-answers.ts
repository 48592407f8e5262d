import type { IntakeAnswers } from './intake-crypto.js';
import type { IntakeQuestion } from './queries.js';

/** What can be wrong with one answer; the form words each in the reader's language. */
export type AnswerProblem = 'required' | 'choice' | 'tooLong';

/** The answers as a form sent them, by question id (a list for multiple choice). */
export type RawAnswers = Record<string, string | string[] | undefined>;

/** Refused answers, by question id, with what was sent (normalised) to show again. */
export class IntakeAnswersError extends Error {
  constructor(
    readonly problems: Record<string, AnswerProblem>,
    readonly answers: IntakeAnswers,
  ) {
    super('intake answers refused');
  }
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/**
 * Check answers against the questions the group asks now: required ones answered, choices among
 * the options, text within its length. Run by askToJoin inside its transaction, so answers are
 * judged against the questions as they are when the application is stored.
 */
export function checkAnswers(questions: IntakeQuestion[], raw: RawAnswers) {
  const answers: IntakeAnswers = {};
  const problems: Record<string, AnswerProblem> = {};
  for (const q of questions) {
    if (q.type === 'multiple_choice') {
      const chosen = list(raw[q.id]);
      if (chosen.some((x) => !q.options.includes(x))) problems[q.id] = 'choice';
      else if (q.required && chosen.length === 0) problems[q.id] = 'required';
      answers[q.id] = chosen;
      continue;
    }
    const value = first(raw[q.id]).trim();
    const allowed =
      q.type === 'yes_no' ? ['yes', 'no'] : q.type === 'single_choice' ? q.options : null;
    const limit = q.type === 'short_text' ? 200 : 4000;
    if (q.required && value === '') problems[q.id] = 'required';
    else if (allowed && value !== '' && !allowed.includes(value)) problems[q.id] = 'choice';
    else if (value.length > limit) problems[q.id] = 'tooLong';
    answers[q.id] = value;
  }
  return { answers, problems };
}

/** The answers a person wrote in their own words (not choices): what the safety module reads. */
export function writtenAnswers(questions: IntakeQuestion[], answers: IntakeAnswers): string[] {
  return questions
    .filter((q) => q.type === 'short_text' || q.type === 'long_text')
    .map((q) => answers[q.id])
    .filter((a): a is string => typeof a === 'string' && a !== '');
}
