import type { Lexicon, Rule } from './lexicon.js';

/**
 * Where a match stands in a message (ADR 29): its clause, and whether that clause is negated
 * before it, about someone else, in the distant past, about recovery or an accident, or inside
 * a quotation. A pattern's match counts only when none of these applies to it.
 */

export type Context = {
  text: string;
  lex: Lexicon;
  /** Start offsets of clauses, ascending; the first is 0. */
  starts: number[];
  /** Quoted spans [open, close) that are someone else's words. */
  quotes: [number, number][];
  /** Whether past framing can apply at all: false when the message says the past is back. */
  pastApplies: boolean;
  /** The writer owns words put to others ("asking for myself"): subjects are not checked. */
  owned: boolean;
  /** Per clause start: framed (past, recovery) or not, worked out when first asked. */
  framedCache: Map<number, boolean>;
};

export function context(text: string, lex: Lexicon): Context {
  const starts = [0];
  for (const m of text.matchAll(/ \. /g)) starts.push(m.index + 3);
  lex.clauseBreak.lastIndex = 0;
  for (const m of text.matchAll(lex.clauseBreak)) starts.push(m.index + 1);
  starts.sort((a, b) => a - b);
  return {
    text,
    lex,
    starts,
    quotes: quotations(text, lex),
    pastApplies: !test(lex.relapse, text),
    owned: test(lex.ownership, text),
    framedCache: new Map(),
  };
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** Pairs of quote marks, except those the writer opens with "I told her", "le dije". */
function quotations(text: string, lex: Lexicon): [number, number][] {
  const marks: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) marks.push(i);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const open = marks[i]!;
    if (!test(lex.selfQuote, text.slice(Math.max(0, open - 40), open))) {
      spans.push([open, marks[i + 1]!]);
    }
  }
  return spans;
}

/** The clause around an offset, as [start, end). */
export function clauseAt(ctx: Context, pos: number): [number, number] {
  const { starts } = ctx;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return [starts[lo]!, starts[lo + 1] ?? ctx.text.length];
}

/** Whether a match of `rule` at [pos, end) counts, given everything around it. */
export function counts(ctx: Context, rule: Rule, pos: number, end: number): boolean {
  if (rule.head || rule.notHead) {
    const near = ctx.text.slice(Math.max(0, pos - 120), pos);
    if (rule.head && !rule.head.test(near)) return false;
    if (rule.notHead?.test(near)) return false;
  }
  if (ctx.quotes.some(([a, b]) => pos > a && end <= b + 1)) return false;
  const [start, stop] = clauseAt(ctx, pos);
  const before = ctx.text.slice(start, pos);
  if (rule.framed && framed(ctx, start, stop)) return false;
  // A match that starts with its subject ("I am jumping") carries any negation inside it.
  const lead = ctx.text.slice(pos, ctx.text.indexOf(' ', pos + 1) >>> 0);
  const subjectFirst = ctx.lex.selfWords.has(lead) || ctx.lex.otherWords.has(lead);
  if (rule.negatable && !subjectFirst && negated(ctx, before)) return false;
  // A match with "my", "me" or "mi" in it names the writer itself.
  if (rule.who !== 'any' && !ctx.owned && !namesWriter(ctx, pos, end)) {
    const who = subject(ctx, before);
    if (who === 'other' || (rule.who === 'self' && who !== 'self')) return false;
  }
  if (rule.framed && test(ctx.lex.reported, before)) return false;
  return true;
}

/** A clause in the distant past, about recovery, an accident or a benign reason. */
function framed(ctx: Context, start: number, stop: number): boolean {
  let value = ctx.framedCache.get(start);
  if (value === undefined) {
    const clause = ctx.text.slice(start, stop);
    const { lex } = ctx;
    value =
      (ctx.pastApplies && (test(lex.past, clause) || test(lex.recovery, clause))) ||
      test(lex.benign, clause);
    ctx.framedCache.set(start, value);
  }
  return value;
}

/** A negator among the last few words before a match, within the same phrase. */
function negated(ctx: Context, before: string): boolean {
  const { lex } = ctx;
  const phrase = before.slice(before.lastIndexOf(' , ') + 1);
  if (test(lex.negationCancel, phrase)) return false;
  const tokens = phrase.split(' ').filter((t) => t && t !== '~');
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < lex.negationWindow; i--, seen++) {
    const t = tokens[i]!;
    if (lex.negators.has(t)) return true;
    // A subject starts a clause of its own: "I don't know why I want to die" is not negated.
    if (lex.selfWords.has(t) || lex.otherWords.has(t) || lex.negationStop.has(t)) return false;
    const weak = lex.weakNegators.get(t);
    if (weak && i + 1 < tokens.length && weak.test(tokens[i + 1]!)) return true;
    if (weak && i + 1 === tokens.length) return true;
  }
  return false;
}

function namesWriter(ctx: Context, pos: number, end: number): boolean {
  for (const t of ctx.text.slice(pos, end).split(' ')) if (ctx.lex.selfWords.has(t)) return true;
  return false;
}

/** The nearest subject before a match in its clause: the writer, someone else, or none. */
function subject(ctx: Context, before: string): 'self' | 'other' | 'none' {
  const tokens = before.split(' ');
  const { selfWords, otherWords } = ctx.lex;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    // "dad s gun": a possessive names an owner, not a subject.
    if (tokens[i + 1] === 's') continue;
    if (selfWords.has(t)) return 'self';
    if (otherWords.has(t)) return 'other';
  }
  return 'none';
}
