/**
 * The choosing guide's questions, as data. Nothing here knows about HTTP or HTML.
 *
 * How a view uses this folder:
 * - Render `GUIDE_STEPS` one step per screen. Each step has one or more `fields`; a field's
 *   `name` is the form field name, its `kind` says which control fits (`single`: radio buttons,
 *   `multi`: checkboxes, `topic`: a radio list or a <select>, `text`: an input with
 *   `maxLength`). Labels, hints and options are `{ en, es }`: pick with the page's language.
 * - Carry the other answers in the POST body as hidden inputs from
 *   `answersToFields(answers, currentStepId)` (answers.ts), which leaves out the fields shown on
 *   the current step so unticking a box or skipping clears it; never put answers in the URL.
 * - On each POST: `parseGuideAnswers(body)`; on `ok: false`, show each problem's `text` next to
 *   its field. Then go to `nextStep(answers, submittedStepId)`: a step id, `'crisis'` (redirect
 *   to /crisis at once) or `'result'`. `previousStep` drives the back button, `stepProgress`
 *   the "step 2 of 8" line, and optional steps (`required: false`) get a skip button.
 * - At `'result'`: `recommend(answers)` (scoring.ts) gives the outcome, reasons and the
 *   directory links (`searches[].href`), which carry directory filters only.
 * Codes and answer types are in codes.ts; result wording (titles, reasons) in reasons.ts.
 */
import type { TimeOfDay } from '../directory/filters.js';
import { codes, TOPICS } from '../directory/taxonomy.js';
import { DAYS, type FieldName, PLACE_MAX, type StepId, type Text, TIMES } from './codes.js';

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

const t = (en: string, es: string): Text => ({ en, es });
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

const DAY_LABELS: Record<(typeof DAYS)[number], Text> = {
  '1': t('Monday', 'lunes'),
  '2': t('Tuesday', 'martes'),
  '3': t('Wednesday', 'miércoles'),
  '4': t('Thursday', 'jueves'),
  '5': t('Friday', 'viernes'),
  '6': t('Saturday', 'sábado'),
  '0': t('Sunday', 'domingo'),
};
// The directory's windows in words for both languages (its own labels are English only).
const TIME_LABELS: Record<TimeOfDay, Text> = {
  morning: t('Morning (5 am–noon)', 'Mañana (de 5:00 a 12:00)'),
  afternoon: t('Afternoon (noon–5 pm)', 'Tarde (de 12:00 a 17:00)'),
  evening: t('Evening (5–9 pm)', 'Última hora de la tarde (de 17:00 a 21:00)'),
  night: t('Night (9 pm–5 am)', 'Noche (de 21:00 a 5:00)'),
};

export const GUIDE_STEPS: readonly GuideStep[] = [
  // The one step that cannot be skipped: a yes must reach crisis help before anything else.
  ask(
    'safety',
    'single',
    t(
      'Before we start: are you thinking about ending your life, or are you in danger right now?',
      'Antes de empezar: ¿estás pensando en quitarte la vida o estás en peligro en este momento?',
    ),
    [opt('yes', t('Yes', 'Sí')), opt('no', t('No', 'No'))],
    {
      required: true,
      hint: t(
        'If you answer yes, we will show you how to reach someone right away. You do not need to be certain it is an emergency.',
        'Si respondes que sí, te mostraremos cómo hablar con alguien de inmediato. No necesitas tener la certeza de que sea una emergencia.',
      ),
    },
  ),
  ask(
    'topic',
    'topic',
    t('What would you like support with?', '¿Con qué te gustaría recibir apoyo?'),
    [
      ...codes(TOPICS).map((code) => opt(code, TOPICS[code])),
      opt('other', t('Something else', 'Otra cosa')),
    ],
    {
      hint: t(
        'Choose the closest one. If none fits, choose “Something else”.',
        'Elige la opción más cercana. Si ninguna encaja, elige «Otra cosa».',
      ),
    },
  ),
  ask(
    'hope',
    'single',
    t('What are you hoping a group will give you?', '¿Qué te gustaría encontrar en un grupo?'),
    [
      opt(
        'peers',
        t(
          'To be with people who have been through the same thing',
          'Estar con personas que han pasado por lo mismo',
        ),
        t(
          'Sharing, listening, and hearing how others cope.',
          'Compartir, escuchar y conocer cómo lo afrontan otras personas.',
        ),
      ),
      opt(
        'professional',
        t(
          'To work on my patterns with a professional’s guidance',
          'Trabajar en mis patrones con orientación profesional',
        ),
        t(
          'Learning skills and changing how I think, feel or relate to others.',
          'Aprender herramientas y cambiar mi forma de pensar, sentir o relacionarme.',
        ),
      ),
      opt('unsure', t('I am not sure yet', 'Todavía no lo sé')),
    ],
  ),
  ask(
    'structure',
    'single',
    t('How much structure would suit you?', '¿Cuánta estructura te vendría bien?'),
    [
      opt(
        'loose',
        t(
          'Little: come when I can, talk when I want to',
          'Poca: ir cuando pueda y hablar cuando quiera',
        ),
      ),
      opt(
        'some',
        t(
          'Some: a regular meeting with a familiar format',
          'Algo: una reunión periódica con un formato conocido',
        ),
      ),
      opt(
        'structured',
        t(
          'A lot: a set number of sessions, with goals and a plan for each one',
          'Mucha: un número fijo de sesiones, con objetivos y un plan para cada una',
        ),
      ),
      opt('unsure', t('No preference', 'Sin preferencia')),
    ],
  ),
  // Who they already see, and the signs that one-to-one care should come first, in one list:
  // a separate "do you see a clinician?" screen would make the guide longer than nine steps.
  ask(
    'care',
    'multi',
    t(
      'Do any of these fit you right now?',
      '¿Alguna de estas frases describe tu situación actual?',
    ),
    [
      opt(
        'therapist',
        t(
          'I see a therapist or counsellor for this',
          'Voy a terapia o asesoramiento psicológico por esto',
        ),
      ),
      opt(
        'doctor',
        t(
          'I see a psychiatrist or doctor for this',
          'Recibo atención psiquiátrica o médica por esto',
        ),
      ),
      opt(
        'severe',
        t(
          'Getting through the day is very hard (sleeping, eating, work, looking after myself)',
          'Me cuesta mucho sobrellevar el día (dormir, comer, trabajar, cuidarme)',
        ),
      ),
      opt(
        'medication',
        t(
          'I need to start, change or review medication',
          'Necesito empezar, cambiar o revisar una medicación',
        ),
      ),
      opt(
        'hospital',
        t(
          'I left a hospital or crisis service in the last few months',
          'Salí de un hospital o de un servicio de crisis en los últimos meses',
        ),
      ),
      { ...opt('none', t('None of these', 'Ninguna de estas')), exclusive: true },
    ],
    {
      hint: t(
        'Choose any that fit. This helps us tell whether a group is a good first step, or whether one-to-one help should come first.',
        'Elige todas las que correspondan. Así podemos saber si un grupo es un buen primer paso o si conviene empezar con atención individual.',
      ),
    },
  ),
  ask('mode', 'single', t('How would you like to meet?', '¿Cómo te gustaría reunirte?'), [
    opt('in_person', t('In person', 'En persona')),
    opt(
      'online',
      t('Online', 'En línea'),
      t(
        'By video call or phone, from wherever you are.',
        'Por videollamada o teléfono, desde donde estés.',
      ),
    ),
    opt('either', t('Either is fine', 'Me da igual')),
  ]),
  {
    id: 'place',
    title: t('Where should the group be?', '¿Dónde debería estar el grupo?'),
    hint: t(
      'A postal code or a city, for example 19103 or Leeds. It is used only for the directory search.',
      'Un código postal o una ciudad, por ejemplo 19103 o Leeds. Solo se usa para la búsqueda en el directorio.',
    ),
    required: false,
    fields: [
      {
        name: 'place',
        kind: 'text',
        legend: t('Postal code or city', 'Código postal o ciudad'),
        options: [],
        maxLength: PLACE_MAX,
        autocomplete: 'postal-code',
      },
    ],
  },
  {
    id: 'when',
    title: t('When are you usually free?', '¿Cuándo sueles tener tiempo libre?'),
    hint: t(
      'Choose days, times of day, or both. Leave it empty if it varies.',
      'Elige días, momentos del día o ambos. Déjalo en blanco si varía.',
    ),
    required: false,
    fields: [
      {
        name: 'day',
        kind: 'multi',
        legend: t('Days', 'Días'),
        options: DAYS.map((code) => opt(code, DAY_LABELS[code])),
      },
      {
        name: 'time',
        kind: 'multi',
        legend: t('Times of day', 'Momentos del día'),
        options: TIMES.map((code) => opt(code, TIME_LABELS[code])),
      },
    ],
  },
  ask(
    'cost',
    'single',
    t('What can you spend?', '¿Cuánto puedes gastar?'),
    [
      opt('free', t('Only free options', 'Solo opciones gratuitas')),
      opt('low', t('A low fee or a sliding scale', 'Una tarifa baja o según ingresos')),
      opt('insurance', t('I would like to use my insurance', 'Quiero usar mi seguro médico')),
      opt('any', t('Cost is not a limit', 'El precio no es un límite')),
    ],
    {
      hint: t(
        'Most support groups are free. Group therapy usually has a fee, which insurance sometimes covers.',
        'La mayoría de los grupos de apoyo son gratuitos. La terapia de grupo suele cobrarse, y a veces la cubre un seguro médico.',
      ),
    },
  ),
];

export function getStep(id: StepId): GuideStep {
  const step = GUIDE_STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown guide step ${id}`);
  return step;
}
