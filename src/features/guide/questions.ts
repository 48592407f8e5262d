/**
 * The choosing guide's questions, as data. Nothing here knows about HTTP or HTML.
 *
 * How a view uses this folder:
 * - Render `GUIDE_STEPS` one step per screen. Each step has one or more `fields`; a field's
 *   `name` is the form field name, its `kind` says which control fits (`single`: radio buttons,
 *   `multi`: checkboxes, `topic`: a radio list or a <select>, `text`: an input with
 *   `maxLength`). Labels, hints and options are Texts (every language): pick the page's.
 * - Carry the other answers in the POST body as hidden inputs from
 *   `answersToFields(answers, currentStepId)` (answers.ts), which leaves out the fields shown on
 *   the current step so unticking a box or skipping clears it; never put answers in the URL.
 * - On each POST: `parseGuideAnswers(body)`; on `ok: false`, show each problem's `text` next to
 *   its field. Then go to `nextStep(answers, submittedStepId)`: a step id, `'crisis'` (redirect
 *   to /crisis at once) or `'result'`. `previousStep` drives the back button, `stepProgress`
 *   the "step 2 of 8" line, and optional steps (`required: false`) get a skip button.
 * - At `'result'`: `recommend(answers)` (scoring.ts) gives the outcome, reasons and the
 *   directory links (`searches[].href`), which carry directory filters only.
 * Codes and answer types are in codes.ts; every word is in the catalogues (messages/), one
 * file per language; result wording in messages/reasons.en.ts.
 */
import { codes, TOPICS } from '../../shared/taxonomy/index.js';
import { DAYS, type FieldName, PLACE_MAX, type StepId, type Text, TIMES } from './codes.js';
import { type GuideMessages, inEvery } from './messages/index.js';

export type GuideOption = {
  code: string;
  label: Text;
  hint?: Text;
  /** Choosing it clears the other choices of a multi field ("None of these"). */
  exclusive?: boolean;
};
export type GuideField = {
  name: FieldName;
  kind: 'single' | 'multi' | 'topic' | 'text';
  /** The fieldset's legend; on one-field steps it is the step title. */
  legend: Text;
  options: readonly GuideOption[];
  maxLength?: number;
  /** For text fields, so phones offer a fitting keyboard and suggestions. */
  autocomplete?: string;
};
export type GuideStep = {
  id: StepId;
  title: Text;
  hint?: Text;
  /** Only required steps block the result; the others get a skip button. */
  required: boolean;
  fields: readonly GuideField[];
};

type Words = GuideMessages['questions'];

/** One step's words in every language, by key: `hope('title')`, `hope('peers')`. */
const wordsOf =
  <S extends keyof Words>(step: S) =>
  (key: keyof Words[S]): Text =>
    inEvery((m) => m.questions[step][key] as string);

const opt = (code: string, label: Text, hint?: Text): GuideOption =>
  hint ? { code, label, hint } : { code, label };

/** A step holding one choice field whose legend is the step's title. */
function ask(
  name: FieldName & StepId,
  kind: GuideField['kind'],
  title: Text,
  options: GuideOption[],
  more: { hint?: Text; required?: boolean } = {},
): GuideStep {
  return {
    id: name,
    title,
    ...(more.hint ? { hint: more.hint } : {}),
    required: more.required ?? false,
    fields: [{ name, kind, legend: title, options }],
  };
}

const safety = wordsOf('safety');
const topic = wordsOf('topic');
const hope = wordsOf('hope');
const structure = wordsOf('structure');
const care = wordsOf('care');
const mode = wordsOf('mode');
const place = wordsOf('place');
const when = wordsOf('when');
const days = wordsOf('days');
const times = wordsOf('times');
const cost = wordsOf('cost');

export const GUIDE_STEPS: readonly GuideStep[] = [
  // The one step that cannot be skipped: a yes must reach crisis help before anything else.
  ask('safety', 'single', safety('title'), [opt('yes', safety('yes')), opt('no', safety('no'))], {
    required: true,
    hint: safety('hint'),
  }),
  ask(
    'topic',
    'topic',
    topic('title'),
    [...codes(TOPICS).map((code) => opt(code, TOPICS[code])), opt('other', topic('other'))],
    { hint: topic('hint') },
  ),
  ask('hope', 'single', hope('title'), [
    opt('peers', hope('peers'), hope('peersHint')),
    opt('professional', hope('professional'), hope('professionalHint')),
    opt('unsure', hope('unsure')),
  ]),
  ask('structure', 'single', structure('title'), [
    opt('loose', structure('loose')),
    opt('some', structure('some')),
    opt('structured', structure('structured')),
    opt('unsure', structure('unsure')),
  ]),
  // Who they already see, and the signs that one-to-one care should come first, in one list:
  // a separate "do you see a clinician?" screen would make the guide longer than nine steps.
  ask(
    'care',
    'multi',
    care('title'),
    [
      opt('therapist', care('therapist')),
      opt('doctor', care('doctor')),
      opt('severe', care('severe')),
      opt('medication', care('medication')),
      opt('hospital', care('hospital')),
      { ...opt('none', care('none')), exclusive: true },
    ],
    { hint: care('hint') },
  ),
  ask('mode', 'single', mode('title'), [
    opt('in_person', mode('in_person')),
    opt('online', mode('online'), mode('onlineHint')),
    opt('either', mode('either')),
  ]),
  {
    id: 'place',
    title: place('title'),
    hint: place('hint'),
    required: false,
    fields: [
      {
        name: 'place',
        kind: 'text',
        legend: place('legend'),
        options: [],
        maxLength: PLACE_MAX,
        autocomplete: 'postal-code',
      },
    ],
  },
  {
    id: 'when',
    title: when('title'),
    hint: when('hint'),
    required: false,
    fields: [
      {
        name: 'day',
        kind: 'multi',
        legend: when('days'),
        options: DAYS.map((code) => opt(code, days(code))),
      },
      {
        name: 'time',
        kind: 'multi',
        legend: when('times'),
        options: TIMES.map((code) => opt(code, times(code))),
      },
    ],
  },
  ask(
    'cost',
    'single',
    cost('title'),
    [
      opt('free', cost('free')),
      opt('low', cost('low')),
      opt('insurance', cost('insurance')),
      opt('any', cost('any')),
    ],
    { hint: cost('hint') },
  ),
];

export function getStep(id: StepId): GuideStep {
  const step = GUIDE_STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown guide step ${id}`);
  return step;
}
