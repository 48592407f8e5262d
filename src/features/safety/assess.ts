import { type Context, context, counts } from './clauses.js';
import { detectLocale } from './language.js';
import type { Cue, Lexicon } from './lexicon.js';
import { EN } from './lexicon-en.js';
import { ES } from './lexicon-es.js';
import { castNet, speaks } from './net.js';
import { type Locale, normalise, squeeze } from './normalise.js';

/**
 * Crisis language in what people write (issue 17, ADR 29): a fast, deliberately over-sensitive
 * first pass whose every alert a person confirms. Rules and lexicons in English and Spanish,
 * offline, about the writer's own risk: idioms, negations, the distant past, recovery,
 * quotations and other people's words do not count.
 */

export { detectLocale };

export type Level = 'urgent' | 'concern' | 'none';

/**
 * What was found, always in the order of SIGNALS:
 *  intent        a decision or announcement ("I'm going to", "this weekend I end it")
 *  plan          a plan, preparations or method research ("how many pills is enough")
 *  means         lethal means at hand (pills, rope, a gun, a blade)
 *  time          a near time (tonight, after the meeting)
 *  place         at a place to jump from, an edge or the tracks
 *  act           an attempt in progress or just made
 *  farewell      a goodbye, a last message, belongings given away
 *  ideation      thoughts of suicide, wishes to be dead
 *  self-harm     self-harm now or lately
 *  hopelessness  no reason, future or strength to go on living
 *  burden        feeling a burden, others better off without the writer
 * `means`, `time` and `place` are reported with `urgent` only; `none` has no signals.
 */
export type Signal =
  | 'intent'
  | 'plan'
  | 'means'
  | 'time'
  | 'place'
  | 'act'
  | 'farewell'
  | 'ideation'
  | 'self-harm'
  | 'hopelessness'
  | 'burden';

export type Assessment = { level: Level; signals: Signal[] };

export const SIGNALS: readonly Signal[] = [
  'intent',
  'plan',
  'means',
  'time',
  'place',
  'act',
  'farewell',
  'ideation',
  'self-harm',
  'hopelessness',
  'burden',
];

const LEXICONS: Record<Locale, Lexicon> = { en: EN, es: ES };

/** The signal each cue reports as; context cues report only when the level is urgent. */
const SIGNAL_OF: Record<Cue, Signal | undefined> = {
  act: 'act',
  intent: 'intent',
  active: 'ideation',
  vague: 'intent',
  plan: 'plan',
  research: 'plan',
  taken: 'act',
  prep: 'means',
  means: 'means',
  tool: 'means',
  time: 'time',
  place: 'place',
  edge: 'place',
  farewell: 'farewell',
  goodbye: 'farewell',
  ideation: 'ideation',
  'self-harm': 'self-harm',
  hopeless: 'hopelessness',
  burden: 'burden',
  safe: undefined,
  help: undefined,
};
const URGENT_ONLY = new Set<Cue>([
  'means',
  'tool',
  'time',
  'place',
  'goodbye',
  'vague',
  'help',
  'taken',
]);

const NONE: Assessment = { level: 'none', signals: [] };

/**
 * The writer's risk in `text`. Without `locale` the language is detected per text, and the
 * text is read in the other language too when it has that language's crisis words.
 */
export function assess(text: string, locale?: Locale): Assessment {
  if (!/\S/.test(text)) return NONE;
  // The wide net (net.ts) reads it too; the higher level wins, the signals are joined.
  const first = locale ?? detectLocale(text);
  const other: Locale = first === 'en' ? 'es' : 'en';
  // The other language too when the text mixes them ("no sé why, pero I'm on the overpass").
  const langs = locale || !speaks(text, other) ? [first] : [first, other];
  const nets = langs.map((l) => castNet(text, l));
  return nets.reduce(higher, precise(text, locale));
}

const RANK: Record<Level, number> = { none: 0, concern: 1, urgent: 2 };

function higher(a: Assessment, b: Assessment): Assessment {
  if (RANK[b.level] < RANK[a.level]) return a;
  const level = RANK[b.level] > RANK[a.level] ? b.level : a.level;
  const signals = new Set([...a.signals, ...b.signals]);
  return { level, signals: SIGNALS.filter((s) => signals.has(s)) };
}

/** The precise rules' reading: cues per clause with negation, tense, quotes and subjects. */
function precise(text: string, locale?: Locale): Assessment {
  const first = locale ?? detectLocale(text);
  const found = { cues: new Set<Cue>(), laughing: false };
  readIn(text, first, false, found);
  // People mix the two languages ("i want to die, ya tengo la cuerda"): without a given locale,
  // a message with the other language's crisis stems is read in that language too.
  if (!locale) readIn(text, first === 'en' ? 'es' : 'en', true, found);
  const level = levelOf(found.cues, found.laughing);
  if (level === 'none') return NONE;
  const signals = new Set<Signal>();
  for (const cue of found.cues) {
    if (level !== 'urgent' && URGENT_ONLY.has(cue)) continue;
    const signal = SIGNAL_OF[cue];
    if (signal) signals.add(signal);
  }
  if (signals.size === 0) signals.add('ideation');
  return { level, signals: SIGNALS.filter((s) => signals.has(s)) };
}

/** Adds the cues `text` has in one language; `onlyIfStems`: none without its crisis stems. */
function readIn(
  text: string,
  locale: Locale,
  onlyIfStems: boolean,
  into: { cues: Set<Cue>; laughing: boolean },
) {
  const lex = LEXICONS[locale];
  // A cheap look for the language's crisis stems first: most messages have none of the other's.
  if (onlyIfStems && !lex.stems.test(squeeze(foldAccents(text.toLowerCase())))) return;
  let normal = normalise(text, locale);
  if (onlyIfStems && !lex.stems.test(normal)) return;
  lex.idioms.lastIndex = 0;
  normal = normal.replace(lex.idioms, '~');
  for (const cue of cues(context(normal, lex))) into.cues.add(cue);
  lex.laughter.lastIndex = 0;
  into.laughing ||= lex.laughter.test(normal);
}

function foldAccents(text: string): string {
  return /[^ -~]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
}

/** Every cue with at least one match that counts. */
function cues(ctx: Context): Set<Cue> {
  const found = new Set<Cue>();
  for (const rule of ctx.lex.rules) {
    if (found.has(rule.cue)) continue;
    const { re } = rule;
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      if (counts(ctx, rule, m.index, m.index + m[0].length)) {
        found.add(rule.cue);
        break;
      }
      // Another of the rule's patterns may match where this one did not count.
      re.lastIndex = m.index + 1;
    }
  }
  return found;
}

/** Cues that are urgent on their own. */
const URGENT_ALONE: Cue[] = ['act', 'intent', 'plan', 'prep', 'edge', 'farewell'];
/** Of those, the ones laughter does not discount. */
const HEAVY: Cue[] = ['act', 'plan', 'prep', 'edge', 'farewell'];

/**
 * The level from the cues found together (ADR 29). An act, an intent, a named plan, means made
 * ready, an edge or a farewell is urgent alone; the rest are urgent in company: active thoughts
 * or vague words beside a time, means, a place or farewell-like words; a place or means at hand
 * beside any thoughts; method research or medicine taken beside almost anything. The writer
 * saying they will not act caps the level at concern, unless an act is under way; laughter
 * turns hyperbole-prone words alone ("gonna kms if this printer jams lol") into none.
 */
function levelOf(c: Set<Cue>, laughing: boolean): Level {
  const has = (cue: Cue) => c.has(cue);
  const thoughts = has('ideation') || has('hopeless') || has('burden') || has('self-harm');
  const context = has('means') || has('tool') || has('time') || has('place') || has('goodbye');
  // Laughter discounts wishes and intent words, not distress or means ("lol I want to die").
  const serious = has('hopeless') || has('burden') || has('self-harm') || context;
  if (laughing && !serious && !HEAVY.some(has)) return 'none';
  const urgent = URGENT_ALONE.some(has) || urgentTogether(has, thoughts, context);
  if (urgent) return has('safe') && !has('act') ? 'concern' : 'urgent';
  return has('active') || thoughts || has('research') ? 'concern' : 'none';
}

function urgentTogether(has: (cue: Cue) => boolean, thoughts: boolean, context: boolean) {
  const pointing = has('vague') || has('active');
  return (
    (pointing && context) ||
    (has('vague') && has('active')) ||
    (has('research') && (context || pointing || thoughts)) ||
    (has('taken') && (has('goodbye') || pointing || thoughts)) ||
    ((has('place') || has('means')) && (thoughts || has('goodbye') || has('help'))) ||
    (has('place') && has('means')) ||
    (has('goodbye') && has('tool') && has('time'))
  );
}
