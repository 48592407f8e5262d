import { compile, squeeze } from './normalise.js';

/**
 * The shape of a language's lexicon (ADR 29). Patterns match normalised text (normalise.ts):
 * lower case, no accents, repeated letters cut to one, contractions spelt out, tokens separated
 * by single spaces, "." ending a sentence, "," a phrase and '"' a quotation.
 */

/**
 * What a pattern found. Finer than the public signals: a level is decided from which cues occur
 * together (assess.ts), and each cue reports as one signal.
 *  act       an attempt in progress or just done (an overdose taken, a deep cut, on the railing)
 *  intent    a first-person decision or announcement of suicide ("I'm going to kill myself")
 *  active    suicidal thoughts in active terms ("thinking about killing myself", "kms")
 *  vague     words that mean suicide only beside other cues ("do it", "not coming back")
 *  plan      a suicide plan named as such ("my suicide plan")
 *  taken     medicine taken, no quantity said ("I took the pills"): urgent beside a farewell,
 *            thoughts, means or vague words
 *  research  looking up a method or a dose: urgent beside any other cue, concern alone
 *  prep      lethal means made ready ("pills counted out", "the rope is in my wardrobe")
 *  means     lethal means at hand ("I have the rope", "with the razor"): counts beside other cues
 *  tool      lethal means mentioned ("my pills"): counts only beside active thoughts or intent
 *  time      a near time (tonight, after the meeting): counts only beside other cues
 *  place     the writer is at a place to jump from: counts only beside other cues
 *  edge      the writer is at an edge, a railing or on the tracks
 *  farewell  a goodbye or last message that stands alone ("this is my last message")
 *  goodbye   farewell-like words that count only beside other cues ("don't reply")
 *  ideation  passive wishes to be dead, thoughts of death ("I wish I were dead")
 *  self-harm self-harm now or lately
 *  hopeless  hopelessness about living
 *  burden    feeling a burden
 *  safe      the writer says they will not act: the level is at most concern
 *  help      asking for help ("what number do I call"): counts only beside a place or means
 */
export type Cue =
  | 'act'
  | 'intent'
  | 'active'
  | 'vague'
  | 'plan'
  | 'research'
  | 'taken'
  | 'prep'
  | 'means'
  | 'tool'
  | 'time'
  | 'place'
  | 'edge'
  | 'farewell'
  | 'goodbye'
  | 'ideation'
  | 'self-harm'
  | 'hopeless'
  | 'burden'
  | 'safe'
  | 'help';

/**
 * Who a pattern needs as its subject. `any`: the pattern names the writer itself ("kill myself",
 * "quiero morir") or is not about a person (a time); `check`: not counted when the nearest
 * subject before it is someone else ("my brother wants to die"); `self`: counted only when the
 * nearest subject before it is the writer ("I am suicidal", not "suicide rates").
 */
export type Who = 'any' | 'check' | 'self';

export type Rule = {
  cue: Cue;
  re: RegExp;
  who: Who;
  /** False when the pattern carries its own negation ("don't want to live") or none applies. */
  negatable: boolean;
  /** False when past, recovery or quotation framing does not apply (a time, a farewell). */
  framed: boolean;
  /** What must come just before a match ("took 30 of my" before "pills"). */
  head?: RegExp;
  /** What must not come just before a match ("thinking about" before "taking all my pills"). */
  notHead?: RegExp;
};

export type Lexicon = {
  rules: Rule[];
  /**
   * Stems of the language's crisis words, on normalised text: a message read first in the other
   * language is read in this one too only when it has one of them.
   */
  stems: RegExp;
  /** Replaced by "~" before rules run: idioms and hyperbole ("this traffic is killing me"). */
  idioms: RegExp;
  /** Where a clause ends besides "." : "but", "pero", "and now". */
  clauseBreak: RegExp;
  /** Words that negate what follows within `negationWindow` words. */
  negators: Set<string>;
  /** A negator only when the next word is one of these ("no plans"), else an interjection. */
  weakNegators: Map<string, RegExp>;
  negationWindow: number;
  /** Words that end a negation's reach: "I can't sleep and want to die" is not negated. */
  negationStop: Set<string>;
  /** Words that cancel a negation before them ("I'd be lying if I said I haven't..."). */
  negationCancel: RegExp;
  selfWords: Set<string>;
  otherWords: Set<string>;
  /** A clause in the distant past ("years ago", "used to", "hace años"). */
  past: RegExp;
  /** A clause about recovery ("clean for three years", "hoy estoy bien"). */
  recovery: RegExp;
  /** Anywhere in a message: the past is back ("again", "relapse", "otra vez"), so past counts. */
  relapse: RegExp;
  /** A clause about an accident or a benign reason ("chopping onions", "to charity"). */
  benign: RegExp;
  /** Just before a match: someone else's question or a topic ("asked if", "a thesis on"). */
  reported: RegExp;
  /** Just before a quotation: the writer quoting themselves ("I told her"). */
  selfQuote: RegExp;
  /** Anywhere in a message: the writer says others' words are theirs ("asking for myself"). */
  ownership: RegExp;
  /** Laughter: a message whose only cues are hyperbole-prone words then counts as none. */
  laughter: RegExp;
};

type RuleOptions = Partial<Pick<Rule, 'who' | 'negatable' | 'framed'>> & {
  head?: string;
  notHead?: string;
};

/** A pattern that starts at the start of a word, unless it says where it starts itself. */
function anchored(source: string): string {
  return source.startsWith('(?:^') ? source : `\\b${source}`;
}

/** A rule from a pattern written in plain spelling; `who` defaults to 'any'. */
export function rule(cue: Cue, source: string, options: RuleOptions = {}): Rule {
  return rules(cue, [source], options)[0]!;
}

/**
 * One rule from several patterns sharing a cue and options: one regex with an alternative each
 * scans a message once instead of once a pattern, which is most of the cost of an assessment.
 */
export function rules(cue: Cue, sources: string[], options: RuleOptions = {}): Rule[] {
  const source = sources.map(anchored).join('|');
  return [
    {
      cue,
      re: compile(sources.length === 1 ? source : `(?:${source})`),
      who: options.who ?? 'any',
      negatable: options.negatable ?? true,
      framed: options.framed ?? true,
      // A long list that would start a pattern (medicines, times) is checked as a head, only
      // where the rest matched: a regex that starts with one is tried at every word.
      head: options.head === undefined ? undefined : compile(`(?:${options.head})$`, ''),
      notHead: options.notHead === undefined ? undefined : compile(`(?:${options.notHead})$`, ''),
    },
  ];
}

/** One alternation from a list: `any(['a', 'b c'])` is "(?:a|b c)". */
export function any(words: string[]): string {
  return `(?:${words.join('|')})`;
}

/** Up to n words of any kind: gaps inside a pattern ("took {0,3} pills"). */
export function gap(n: number): string {
  return `(?:[^ .]+ ){0,${n}}?`;
}

/** A set of words from a space-separated list, spelt as normalised text spells them. */
export function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(squeeze));
}
