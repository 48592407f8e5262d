import type { Level, Signal } from './assess.js';
import { NET_EN } from './net-en.js';
import { NET_ES } from './net-es.js';
import { fold, type NetLexicon } from './net-words.js';

/**
 * The wide net (ADR 29): a second, deliberately broad reading of the same text, built on
 * families of phrasing rather than sentences, so that plainly worded crisis language the
 * precise rules miss ("standing on the overpass", "ya dejé todo arreglado para mis hijos") is
 * still caught. It leans towards `urgent` whenever thoughts of dying meet means, a set time, a
 * place, preparations or an act, because a human confirms every alert and a missed urgent
 * message costs far more than a leader's glance at a concern. Its guards are coarse: idioms and
 * negations are blanked out, clauses about other people, the distant past or helping someone
 * are skipped, quoted titles are dropped, ordinary goodbyes (a holiday, a move) are not
 * farewells, and laughter beside a hyperbole-prone phrase is a joke.
 */

type Family =
  | 'thoughts'
  | 'selfHarm'
  | 'burden'
  | 'means'
  | 'time'
  | 'near'
  | 'place'
  | 'act'
  | 'farewell'
  | 'intent';
const FAMILIES: [Family, Signal][] = [
  ['thoughts', 'ideation'],
  ['selfHarm', 'self-harm'],
  ['burden', 'burden'],
  ['means', 'means'],
  ['time', 'time'],
  ['near', 'time'],
  ['place', 'place'],
  ['act', 'act'],
  ['intent', 'intent'],
  ['farewell', 'farewell'],
];

/** One lexicon compiled: each family as one alternation, the blanks as one global pattern. */
type Compiled = {
  lex: NetLexicon;
  blank: RegExp;
  skip: RegExp;
  families: [RegExp, Signal, Family][];
};

const join = (res: RegExp[], flags = 'i') =>
  new RegExp(res.map((r) => `(?:${r.source})`).join('|'), flags);

function compile(lex: NetLexicon): Compiled {
  return {
    lex,
    blank: join([...lex.idioms, ...lex.negations], 'gi'),
    skip: join(lex.skip),
    families: FAMILIES.map(([f, s]) => [join(lex[f]), s, f]),
  };
}

const NETS = { en: compile(NET_EN), es: compile(NET_ES) };

const CLAUSE = /[.!?;\n]+|\s(?:but|pero|aunque|though|although|sino)\s/;
const WORKS =
  /\b(?:book|novel|film|movie|song|lyric|poem|show|series|episode|title|libro|novela|pel[ií]cula|canci[oó]n|poema|serie|t[ií]tulo)\b/i;
const QUOTED = /["“«][^"”»]{1,120}["”»]/g;

/**
 * Whether a text has enough of a language's little words to be read in it: people mix English
 * and Spanish, but an English message with "suicide" in it is not Spanish.
 */
const FUNCTION_WORDS = {
  en: /\b(?:the|and|i|im|my|is|to|of|it|you|this|that|but|on|at|with|just|have|cant|dont|me)\b/g,
  es: /\b(?:que|q|de|la|el|en|y|no|me|mi|los|las|por|para|pero|ya|estoy|es|con|una|un|lo|se)\b/g,
};
export function speaks(text: string, locale: 'en' | 'es'): boolean {
  const seen = new Set(fold(text).match(FUNCTION_WORDS[locale]) ?? []);
  return seen.size >= 2;
}

export type NetReading = { level: Level; signals: Signal[] };

/** The wide net's reading of a text in one language's lexicon. */
export function castNet(text: string, locale: 'en' | 'es'): NetReading {
  const { lex, blank, skip, families } = NETS[locale];
  const unquoted = WORKS.test(text) ? text.replace(QUOTED, ' ') : text;
  const folded = ` ${fold(unquoted)} `.replace(blank, ' ~ ');
  const found = new Map<Family, Signal>();
  for (const raw of folded.split(CLAUSE)) {
    const clause = ` ${raw.trim()} `;
    if (clause.trim() === '' || skip.test(clause)) continue;
    for (const [re, signal, family] of families) if (re.test(clause)) found.set(family, signal);
  }
  const has = (f: Family) => found.has(f);
  const thoughts = has('thoughts') || has('selfHarm') || has('burden');
  const ordinary = !thoughts && lex.ordinaryGoodbye.test(folded);
  const urgent =
    has('act') ||
    has('intent') ||
    (has('farewell') && !ordinary) ||
    (thoughts && (has('means') || has('time') || has('place'))) ||
    (thoughts && has('near') && has('farewell')) ||
    (has('means') && has('place'));
  const signals = (keep: (f: Family) => boolean) => [
    ...new Set([...found].filter(([f]) => keep(f)).map(([, s]) => s)),
  ];
  if (urgent) return { level: 'urgent', signals: signals((f) => f !== 'farewell' || !ordinary) };
  if (!thoughts) return { level: 'none', signals: [] };
  const joking = lex.laughter.test(folded) && lex.hyperbole.test(folded);
  if (joking && !has('selfHarm') && !has('burden')) return { level: 'none', signals: [] };
  const context = new Set<Family>(['means', 'time', 'near', 'place', 'farewell']);
  return { level: 'concern', signals: signals((f) => !context.has(f)) };
}
