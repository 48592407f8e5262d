import type { Locale } from '../../i18n/locales.js';

/**
 * The two outcome measures, as published, and the arithmetic on them as pure functions
 * (table-tested in instruments.test.ts against the published rules).
 *
 * - PHQ-9: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression
 *   severity measure. J Gen Intern Med 2001;16:606-613. Nine items, 0-3 each, total 0-27;
 *   severity 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe.
 * - GAD-7: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing
 *   generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092-1097. Seven items,
 *   0-3 each, total 0-21; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.
 *
 * Both were developed by Drs Spitzer, Williams, Kroenke and colleagues with an educational grant
 * from Pfizer Inc.; no permission is required to reproduce, translate, display or distribute
 * them. The Spanish wording has not been checked against the official "Spanish for USA" files
 * on phqscreeners.com, which the project's search could not reach: the PHQ-9 agrees with every
 * public copy of the US version found, the GAD-7's copies disagree (docs/measures.md, "The
 * Spanish wording"). A native reviewer should check both against those files.
 *
 * The PHQ-9's unscored tenth question (how difficult the problems made things) is not asked:
 * it is not part of the score, and a shorter form is what gets answered on a phone.
 */
export type InstrumentCode = 'phq9' | 'gad7';
export const INSTRUMENT_CODES: readonly InstrumentCode[] = ['phq9', 'gad7'];
export const isInstrument = (v: string): v is InstrumentCode =>
  (INSTRUMENT_CODES as readonly string[]).includes(v);

/** Every item is answered 0-3 over the last two weeks. */
export const ANSWER_VALUES = [0, 1, 2, 3] as const;
export type Answer = (typeof ANSWER_VALUES)[number];

export type Band = 'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';

type Wording = { name: string; stem: string; items: readonly string[]; options: readonly string[] };

type Instrument = {
  code: InstrumentCode;
  /** The published short name, the same in every language. */
  label: string;
  items: number;
  max: number;
  /** Lower bounds of each band, in order (the first is always 0). */
  bands: readonly { from: number; band: Band }[];
  /** A drop of at least this much, first score to last, is reliable improvement. */
  reliableChange: number;
  /** Caseness: at or above it at the start, below it at the end, is recovery. */
  cutoff: number;
  wording: Record<Locale, Wording>;
};

const OPTIONS_EN = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
const OPTIONS_ES = [
  'Ningún día',
  'Varios días',
  'Más de la mitad de los días',
  'Casi todos los días',
];

export const PHQ9: Instrument = {
  code: 'phq9',
  label: 'PHQ-9',
  items: 9,
  max: 27,
  bands: [
    { from: 0, band: 'minimal' },
    { from: 5, band: 'mild' },
    { from: 10, band: 'moderate' },
    { from: 15, band: 'moderately_severe' },
    { from: 20, band: 'severe' },
  ],
  reliableChange: 6,
  cutoff: 10,
  wording: {
    en: {
      name: 'Patient Health Questionnaire (PHQ-9)',
      stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
      items: [
        'Little interest or pleasure in doing things',
        'Feeling down, depressed, or hopeless',
        'Trouble falling or staying asleep, or sleeping too much',
        'Feeling tired or having little energy',
        'Poor appetite or overeating',
        'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
        'Trouble concentrating on things, such as reading the newspaper or watching television',
        'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
        'Thoughts that you would be better off dead or of hurting yourself in some way',
      ],
      options: OPTIONS_EN,
    },
    es: {
      name: 'Cuestionario sobre la salud del paciente (PHQ-9)',
      stem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
      items: [
        'Poco interés o placer en hacer cosas',
        'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
        'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
        'Se ha sentido cansado(a) o con poca energía',
        'Sin apetito o ha comido en exceso',
        'Se ha sentido mal con usted mismo(a) — o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
        'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
        '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? O lo contrario — muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
        'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
      ],
      options: OPTIONS_ES,
    },
  },
};

export const GAD7: Instrument = {
  code: 'gad7',
  label: 'GAD-7',
  items: 7,
  max: 21,
  bands: [
    { from: 0, band: 'minimal' },
    { from: 5, band: 'mild' },
    { from: 10, band: 'moderate' },
    { from: 15, band: 'severe' },
  ],
  reliableChange: 4,
  cutoff: 8,
  wording: {
    en: {
      name: 'Generalized Anxiety Disorder scale (GAD-7)',
      stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
      items: [
        'Feeling nervous, anxious, or on edge',
        'Not being able to stop or control worrying',
        'Worrying too much about different things',
        'Trouble relaxing',
        "Being so restless that it's hard to sit still",
        'Becoming easily annoyed or irritable',
        'Feeling afraid as if something awful might happen',
      ],
      options: OPTIONS_EN,
    },
    es: {
      name: 'Escala del trastorno de ansiedad generalizada (GAD-7)',
      stem: 'Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestias por los siguientes problemas?',
      items: [
        'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
        'No ha sido capaz de parar o controlar su preocupación',
        'Se ha preocupado demasiado por motivos diferentes',
        'Ha tenido dificultad para relajarse',
        'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
        'Se ha molestado o irritado fácilmente',
        'Ha tenido miedo de que algo terrible fuera a pasar',
      ],
      options: ['Nunca', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
    },
  },
};

export const INSTRUMENTS: Record<InstrumentCode, Instrument> = { phq9: PHQ9, gad7: GAD7 };

/** The PHQ-9 item about thoughts of death or self-harm (zero-based index 8, item 9). */
export const PHQ9_SAFETY_ITEM = 8;

/**
 * Checks a full set of answers (one per item, each 0-3) and returns them as numbers, or null:
 * a score is only meaningful when every item was answered, so a partial form is refused, not
 * pro-rated.
 */
export function parseAnswers(code: InstrumentCode, raw: readonly unknown[]): Answer[] | null {
  const inst = INSTRUMENTS[code];
  if (raw.length !== inst.items) return null;
  const out: Answer[] = [];
  for (const v of raw) {
    const n =
      typeof v === 'number' ? v : typeof v === 'string' && /^[0-3]$/.test(v) ? Number(v) : NaN;
    if (!(ANSWER_VALUES as readonly number[]).includes(n)) return null;
    out.push(n as Answer);
  }
  return out;
}

/** The total: the sum of the items (PHQ-9 0-27, GAD-7 0-21). */
export function score(code: InstrumentCode, answers: readonly Answer[]): number {
  if (answers.length !== INSTRUMENTS[code].items) {
    throw new Error(`${code} needs ${INSTRUMENTS[code].items} answers, got ${answers.length}`);
  }
  return answers.reduce<number>((sum, a) => sum + a, 0);
}

/** The published severity band of a total. */
export function bandOf(code: InstrumentCode, total: number): Band {
  const inst = INSTRUMENTS[code];
  if (!Number.isInteger(total) || total < 0 || total > inst.max) {
    throw new Error(`${code} total out of range: ${total}`);
  }
  let band: Band = 'minimal';
  for (const b of inst.bands) if (total >= b.from) band = b.band;
  return band;
}

/** Item 9 answered above "Not at all": a safety alert, whatever the total. */
export const raisesSafetyAlert = (code: InstrumentCode, answers: readonly Answer[]) =>
  code === 'phq9' && (answers[PHQ9_SAFETY_ITEM] ?? 0) > 0;

/** First score to last: reliable improvement when the drop is at least the instrument's threshold. */
export function reliablyImproved(code: InstrumentCode, scores: readonly number[]): boolean {
  if (scores.length < 2) return false;
  const first = scores[0] as number;
  const last = scores[scores.length - 1] as number;
  return first - last >= INSTRUMENTS[code].reliableChange;
}

/** Started at or above the cut-off and ended below it. */
export function recovered(code: InstrumentCode, scores: readonly number[]): boolean {
  if (scores.length < 2) return false;
  const { cutoff } = INSTRUMENTS[code];
  return (scores[0] as number) >= cutoff && (scores[scores.length - 1] as number) < cutoff;
}

export type GroupOutcome = {
  /** Members with at least two scores (the denominator of reliable improvement). */
  measured: number;
  reliablyImproved: number;
  /** Members whose first score was at or above the cut-off (the denominator of recovery). */
  atCaseness: number;
  recovered: number;
};

/** The group's counts over each member's scores in session order. */
export function groupOutcome(
  code: InstrumentCode,
  series: readonly (readonly number[])[],
): GroupOutcome {
  const withTwo = series.filter((s) => s.length >= 2);
  return {
    measured: withTwo.length,
    reliablyImproved: withTwo.filter((s) => reliablyImproved(code, s)).length,
    atCaseness: withTwo.filter((s) => (s[0] as number) >= INSTRUMENTS[code].cutoff).length,
    recovered: withTwo.filter((s) => recovered(code, s)).length,
  };
}
