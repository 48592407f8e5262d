import { andInto, orInto, resized, setBit, wordsFor } from './search-bits.js';
import type { SearchStore } from './search-store.js';
import type { TextNode } from './text-query.js';

/**
 * Words of `q` over the search read-model (ADR 14) as bitsets: each lexeme's listings, and
 * those in each weight class of its best position. A query's words become one bitset (ANDs, ORs
 * and complements, a word at a time), and a listing's relevance is the sum, over the words it
 * has outside a NOT, of the weight of each word's class: ts_rank's field weights.
 */

/** Field weights of a lexeme's best position, by weight class (D, C, B, A), as ts_rank's. */
const WEIGHTS = [0.1, 0.2, 0.4, 1.0];

export type TermBits = { upTo: number; any: Uint32Array; byClass: Uint32Array[] };

/**
 * A lexeme's listings, live or dead (searches AND the live ones in), from its posting list
 * (slot × 4 + weight class). Posting lists only grow at the end, so a cached entry catches up
 * with the entries added since.
 */
export function termBits(store: SearchStore, lexeme: string): TermBits {
  // The 64 lexemes asked most recently are kept: the words people search for are few.
  let entry = store.termCache.get(lexeme);
  if (!entry) {
    entry = {
      upTo: 0,
      any: new Uint32Array(0),
      byClass: [0, 1, 2, 3].map(() => new Uint32Array(0)),
    };
    store.termCache.set(lexeme, entry);
  }
  const words = wordsFor(store.n);
  if (entry.any.length < words) {
    entry.any = resized(entry.any, words);
    entry.byClass = entry.byClass.map((b) => resized(b, words));
  }
  const list = store.terms.get(lexeme);
  if (list && entry.upTo < list.n) {
    const a = list.a;
    for (let i = entry.upTo; i < list.n; i++) {
      const slot = a[i]! >> 2;
      setBit(entry.any, slot);
      setBit(entry.byClass[a[i]! & 3]!, slot);
    }
    entry.upTo = list.n;
  }
  return entry;
}

/** The listings a text node matches (dead ones too), over the first `words` words. */
export function textBits(store: SearchStore, node: TextNode, words: number): Uint32Array {
  if (node.op === 'term') return termBits(store, node.lexeme).any;
  if (node.op === 'not') {
    const inner = textBits(store, node.child, words);
    const out = new Uint32Array(words);
    for (let w = 0; w < words; w++) out[w] = ~(inner[w] ?? 0);
    return out;
  }
  const [first, ...rest] = node.children.map((c) => textBits(store, c, words));
  const out = resized(first ?? new Uint32Array(0), words);
  for (const bits of rest) (node.op === 'and' ? andInto : orInto)(out, bits, words);
  return out;
}

/** The words that count towards relevance: every term not under a NOT. */
export function scoringTerms(store: SearchStore, node: TextNode): TermBits[] {
  if (node.op === 'term') return [termBits(store, node.lexeme)];
  if (node.op === 'not') return [];
  return node.children.flatMap((c) => scoringTerms(store, c));
}

/** Whether every scoring term must be present (no OR above one): then scores come in bands. */
export function allRequired(node: TextNode): boolean {
  if (node.op === 'term' || node.op === 'not') return true;
  return node.op === 'and' && node.children.every(allRequired);
}

/** A listing's relevance: the weight of each scoring term's class that it has. */
export function scoreOf(terms: TermBits[], slot: number): number {
  const word = slot >>> 5;
  const bit = 1 << (slot & 31);
  let score = 0;
  for (const t of terms) {
    if ((t.any[word]! & bit) === 0) continue;
    for (let c = 3; c >= 0; c--) {
      if ((t.byClass[c]![word]! & bit) !== 0) {
        score += WEIGHTS[c]!;
        break;
      }
    }
  }
  return score;
}

/**
 * Every combination of weight classes for `k` required terms, best score first: when all the
 * terms must be present, a listing's score is fixed by its combination, so the matches fall
 * into a few bands that can be taken in turn (ties in score make one band).
 */
export function classBands(k: number): { score: number; combos: number[][] }[] {
  let combos: number[][] = [[]];
  for (let i = 0; i < k; i++) combos = combos.flatMap((c) => [3, 2, 1, 0].map((x) => [...c, x]));
  const bands = new Map<number, number[][]>();
  for (const combo of combos) {
    const score = Math.round(combo.reduce((s, c) => s + WEIGHTS[c]!, 0) * 1000);
    bands.set(score, [...(bands.get(score) ?? []), combo]);
  }
  return [...bands]
    .sort((a, b) => b[0] - a[0])
    .map(([score, list]) => ({ score: score / 1000, combos: list }));
}
