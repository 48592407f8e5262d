/**
 * Reading the guide's POSTed form into typed answers, and moving between steps.
 *
 * Unknown form fields are IGNORED, not rejected: the page's form also carries its own controls
 * (the submitted step, back/next/skip buttons, a CSRF token) and rejecting them would couple
 * this parser to the view. Ignored fields are dropped, so they can never reach the scoring or
 * the search link. Unknown CODES in known fields are rejected: they mean a stale or forged form.
 * Error messages never repeat the submitted value (answers are health information).
 */
import { z } from 'zod';
import type { TimeOfDay } from '../directory/filters.js';
import {
  CARE,
  type Care,
  COSTS,
  type Cost,
  DAYS,
  type FieldName,
  HOPES,
  type Hope,
  MEETING_MODES,
  type MeetingMode,
  PLACE_MAX,
  SAFETY,
  type Safety,
  STEP_IDS,
  STRUCTURES,
  type StepId,
  type Structure,
  type Text,
  TIMES,
  TOPIC_CHOICES,
  type TopicChoice,
} from './codes.js';
import { inEvery } from './messages/index.js';
import { GUIDE_STEPS, getStep } from './questions.js';

export type GuideAnswers = {
  safety?: Safety;
  topic?: TopicChoice;
  hope?: Hope;
  structure?: Structure;
  /** Never contains `none` together with another code. */
  care?: Care[];
  mode?: MeetingMode;
  /** Only kept when the person may meet in person. */
  place?: string;
  /** Directory day numbers, 0 = Sunday, sorted. */
  days?: number[];
  times?: TimeOfDay[];
  cost?: Cost;
};

/** What `c.req.parseBody({ all: true })` gives; files and odd shapes are rejected, not trusted. */
export type GuideFormBody = Readonly<Record<string, unknown>>;
export type AnswerProblem = { field: FieldName; message: string; text: Text };
export type GuideParseResult =
  | { ok: true; answers: GuideAnswers }
  | { ok: false; problems: AnswerProblem[] };

const values = (v: unknown): unknown[] =>
  (Array.isArray(v) ? v : [v]).filter((x) => x !== undefined && x !== '');

// One radio value; a blank or missing one means "not answered".
const single = <T extends string>(codes: readonly T[]) =>
  z.preprocess(
    (v) => {
      const list = values(v);
      return list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
    },
    z
      .enum(codes as unknown as [T, ...T[]], {
        error: () => `must be one of: ${codes.join(', ')}`,
      })
      .optional(),
  );

// Checkbox values: repeated keys; duplicates dropped, order fixed by the option list.
const multi = <T extends string>(codes: readonly T[]) =>
  z.preprocess(
    (v) => {
      const list = values(v);
      return list.length === 0 ? undefined : list;
    },
    z
      .array(
        z.enum(codes as unknown as [T, ...T[]], {
          error: () => `each value must be one of: ${codes.join(', ')}`,
        }),
      )
      .max(codes.length * 2, 'too many values')
      .transform((picked) => codes.filter((c) => picked.includes(c)))
      .optional(),
  );

const schema = z.object({
  safety: single(SAFETY),
  topic: single(TOPIC_CHOICES),
  hope: single(HOPES),
  structure: single(STRUCTURES),
  care: multi(CARE),
  mode: single(MEETING_MODES),
  place: z.preprocess(
    (v) => {
      const list = values(v);
      if (list.length !== 1 || typeof list[0] !== 'string') return list.length ? list : undefined;
      // Control characters have no place in a city name; collapsing spaces keeps links tidy.
      const cleaned = list[0]
        .replace(/\p{Cc}/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      return cleaned || undefined;
    },
    z
      .string({ error: () => 'must be one line of text' })
      .max(PLACE_MAX, `must be at most ${PLACE_MAX} characters`)
      .optional(),
  ),
  day: multi(DAYS),
  time: multi(TIMES),
  cost: single(COSTS),
});

const PROBLEM_TEXT: Record<'choice' | 'text', Text> = {
  choice: inEvery((m) => m.problems.choice),
  text: inEvery((m) => m.problems.place(PLACE_MAX)),
};

export function parseGuideAnswers(body: GuideFormBody): GuideParseResult {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const field = String(issue.path[0]) as FieldName;
        return {
          field,
          message: `${field}: ${issue.message}`,
          text: PROBLEM_TEXT[field === 'place' ? 'text' : 'choice'],
        };
      }),
    };
  }
  const v = parsed.data;
  const answers: GuideAnswers = {};
  if (v.safety) answers.safety = v.safety;
  if (v.topic) answers.topic = v.topic;
  if (v.hope) answers.hope = v.hope;
  if (v.structure) answers.structure = v.structure;
  if (v.care) {
    // "None of these" ticked with something else: keep the something else; it may matter.
    const real = v.care.filter((c) => c !== 'none');
    answers.care = real.length ? real : ['none'];
  }
  if (v.mode) answers.mode = v.mode;
  // A place left over from before switching to online must not reach the search link.
  if (v.place && v.mode !== 'online') answers.place = v.place;
  if (v.day) answers.days = v.day.map(Number).sort((a, b) => a - b);
  if (v.time) answers.times = v.time;
  if (v.cost) answers.cost = v.cost;
  return { ok: true, answers };
}

/**
 * The hidden inputs that carry answers to the next POST. The fields of `except` (the step on
 * screen) are left out: its own controls post them, and a stale copy would survive unticking.
 */
export function answersToFields(answers: GuideAnswers, except?: StepId): [FieldName, string][] {
  const out: [FieldName, string][] = [];
  const one = (name: FieldName, value: string | undefined) => {
    if (value !== undefined) out.push([name, value]);
  };
  one('safety', answers.safety);
  one('topic', answers.topic);
  one('hope', answers.hope);
  one('structure', answers.structure);
  for (const c of answers.care ?? []) out.push(['care', c]);
  one('mode', answers.mode);
  one('place', answers.place);
  for (const d of answers.days ?? []) out.push(['day', String(d)]);
  for (const time of answers.times ?? []) out.push(['time', time]);
  one('cost', answers.cost);
  if (!except) return out;
  const shown = new Set<string>(getStep(except).fields.map((f) => f.name));
  return out.filter(([name]) => !shown.has(name));
}

/** Where "where?" only matters for people who might meet in person. */
export function stepApplies(id: StepId, answers: GuideAnswers): boolean {
  return id === 'place' ? answers.mode !== 'online' : true;
}

export function isStepAnswered(id: StepId, answers: GuideAnswers): boolean {
  switch (id) {
    case 'care':
      return (answers.care?.length ?? 0) > 0;
    case 'when':
      return (answers.days?.length ?? 0) + (answers.times?.length ?? 0) > 0;
    default:
      return answers[id] !== undefined;
  }
}

export type GuideDestination = StepId | 'crisis' | 'result';

/**
 * Where to go after `after` was submitted (answered or skipped). Without `after`, the first
 * applicable step still unanswered, to start or resume. A yes to the safety question always
 * wins, and the result is never reached without the safety question answered.
 */
export function nextStep(answers: GuideAnswers, after?: StepId): GuideDestination {
  if (answers.safety === 'yes') return 'crisis';
  if (answers.safety === undefined) return 'safety';
  const applicable = STEP_IDS.filter((id) => stepApplies(id, answers));
  if (after === undefined) {
    return applicable.find((id) => !isStepAnswered(id, answers)) ?? 'result';
  }
  const requiredMissing = GUIDE_STEPS.find(
    (s) => s.required && stepApplies(s.id, answers) && !isStepAnswered(s.id, answers),
  );
  if (requiredMissing) return requiredMissing.id;
  const from = STEP_IDS.indexOf(after);
  return applicable.find((id) => STEP_IDS.indexOf(id) > from) ?? 'result';
}

/** The step the back button leads to; undefined on the first step. */
export function previousStep(answers: GuideAnswers, current: StepId): StepId | undefined {
  const at = STEP_IDS.indexOf(current);
  return STEP_IDS.filter((id) => STEP_IDS.indexOf(id) < at && stepApplies(id, answers)).at(-1);
}

/** "Step number of total", counting only the steps this person will see. */
export function stepProgress(
  answers: GuideAnswers,
  current: StepId,
): { number: number; total: number } {
  const applicable = STEP_IDS.filter((id) => stepApplies(id, answers));
  return { number: applicable.indexOf(current) + 1, total: applicable.length };
}
