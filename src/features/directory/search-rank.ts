import { countBits, hasBit, intersect, listBits, orInto, wordsFor } from './search-bits.js';
import type { Match, MatchQuery } from './search-match.js';
import { kilometres } from './search-places.js';
import { BAND, CLASS_SETS, PART, pooled, scratch } from './search-scratch.js';
import { KIND_CODES, type SearchStore } from './search-store.js';
import { classBands, type TermBits } from './search-text.js';

/**
 * Putting matches in order and cutting the page out of them, for search-match.ts: soonest
 * first by walking the store's order, relevance band by band, or any order through a bounded
 * heap over the candidates in the scratch lists (search-scratch.ts).
 */

/** A page of matches held as a bitset, soonest next meeting first (ties by name). */
export function pageByNext(s: SearchStore, q: MatchQuery, m: Uint32Array, total: number): Match[] {
  const want = Math.min(total, q.offset + q.count);
  if (want <= q.offset) return [];
  return firstByNext(s, q, m, total, want)
    .slice(q.offset)
    .map((slot) => ({ slot, distanceKm: null, score: 0 }));
}

/**
 * The first `take` of the `total` listings in `bits`, soonest next meeting first, then by name.
 * Walking the store's soonest-first order visits about `take × n / total` slots when they are
 * spread evenly, a few nanoseconds each; listing and ordering them visits `total`, several
 * times slower each. The walk is tried first when it looks cheaper, and given up for the list
 * when the matches turn out to lie late in the order (therapy cohorts that start next month).
 */
function firstByNext(
  s: SearchStore,
  q: MatchQuery,
  bits: Uint32Array,
  total: number,
  take: number,
): number[] {
  // Every listing in `bits` is of the kind asked for, if one was: walk that kind's order.
  const walk = q.kind ? s.order.kindOrder(KIND_CODES.indexOf(q.kind)) : s.order.nextOrder();
  const estimate = (take * walk.length) / total;
  if (total * 8 >= estimate) {
    const head = walkNextOrder(walk, bits, take, 4096 + 4 * total);
    if (head) return head;
  }
  const { slots, dists, scores } = scratch(s.n);
  const n = listBits(bits, wordsFor(s.n), slots);
  dists.fill(Number.NaN, 0, n);
  scores.fill(0, 0, n);
  return order(s, { ...q, sort: 'next', offset: 0, count: take }, n).map((r) => r.slot);
}

/** The first `want` listings of `bits` in the soonest-first order; undefined past `budget` steps. */
function walkNextOrder(order: Int32Array, bits: Uint32Array, want: number, budget: number) {
  const head: number[] = [];
  for (let i = 0; i < order.length && head.length < want; i++) {
    if (i > budget) return undefined;
    if (hasBit(bits, order[i]!)) head.push(order[i]!);
  }
  return head;
}

/**
 * Relevance for many matches whose words are all required: a listing's score is fixed by the
 * weight class each word has in it, so the matches fall into bands (all words in the name
 * first), each a few word-at-a-time ANDs; bands are taken best first, soonest first within
 * one, until the page is full.
 */
export function byBands(
  s: SearchStore,
  q: MatchQuery,
  m: Uint32Array,
  terms: TermBits[],
  total: number,
): Match[] {
  const want = Math.min(total, q.offset + q.count);
  if (want <= q.offset) return [];
  const words = wordsFor(s.n);
  // Each word's matches in one weight class, worked out when a band first needs it (most
  // searches fill their page from the first band or two); null when empty.
  const classSets = terms.map(() => new Array<Uint32Array | null | undefined>(4));
  const classSet = (term: number, c: number) => {
    let set = classSets[term]![c];
    if (set === undefined) {
      set = pooled(CLASS_SETS + term * 4 + c, words);
      if (intersect(set, [m, terms[term]!.byClass[c]!], words) === 0) set = null;
      classSets[term]![c] = set;
    }
    return set;
  };
  const band = pooled(BAND, words);
  const part = pooled(PART, words);
  const rows: Match[] = [];
  let before = 0;
  for (const { score, combos } of classBands(terms.length)) {
    if (before >= want) break;
    band.fill(0, 0, words);
    for (const combo of combos) {
      const sets: Uint32Array[] = [];
      for (let i = 0; i < combo.length; i++) {
        const set = classSet(i, combo[i]!);
        if (!set) break;
        sets.push(set);
      }
      if (sets.length < combo.length) continue;
      if (intersect(part, sets, words) > 0) orInto(band, part, words);
    }
    const count = countBits(band, words);
    if (count === 0) continue;
    if (before + count > q.offset) {
      const slots = firstByNext(s, q, band, count, Math.min(count, want - before));
      for (let i = Math.max(0, q.offset - before); i < slots.length; i++) {
        rows.push({ slot: slots[i]!, distanceKm: null, score });
      }
    }
    before += count;
  }
  return rows;
}

/** The first `offset + count` matches in the sort order; returns the last `count` of them. */
export function order(s: SearchStore, q: MatchQuery, n: number): Match[] {
  const { slots, dists, scores, keys } = scratch(s.n);
  const want = Math.min(n, q.offset + q.count);
  if (want <= q.offset) return [];
  // A slot's place in the soonest-first order stands for (next meeting, name, id): ties in
  // score or distance are broken without comparing strings.
  const pos = s.order.positions();
  const PACK = 2 ** 30;
  // (A distance needs no position: reading one per listing is a cache miss at a million.)
  if (q.sort === 'next') for (let i = 0; i < n; i++) keys[i] = pos[slots[i]!]!;
  else if (q.sort === 'distance') {
    for (let i = 0; i < n; i++) keys[i] = Number.isNaN(dists[i]!) ? Infinity : dists[i]!;
  } else {
    // Higher score first, then the order: one number, so one pass finds the threshold.
    for (let i = 0; i < n; i++) keys[i] = -Math.round(scores[i]! * 1000) * PACK + pos[slots[i]!]!;
  }
  // The `want`-th smallest key, through a bounded max-heap, so a broad search sorts no more
  // than the rows it shows (and the ties at the edge, for distance).
  let threshold = Infinity;
  if (want < n) {
    const heap = new Float64Array(want);
    let size = 0;
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (size < want) {
        let j = size++;
        while (j > 0) {
          const parent = (j - 1) >> 1;
          if (heap[parent]! >= k) break;
          heap[j] = heap[parent]!;
          j = parent;
        }
        heap[j] = k;
      } else if (k < heap[0]!) {
        let j = 0;
        for (;;) {
          const l = 2 * j + 1;
          if (l >= want) break;
          const r = l + 1;
          const m = r < want && heap[r]! > heap[l]! ? r : l;
          if (heap[m]! <= k) break;
          heap[j] = heap[m]!;
          j = m;
        }
        heap[j] = k;
      }
    }
    threshold = heap[0]!;
  }
  const picked: number[] = [];
  for (let i = 0; i < n; i++) if (keys[i]! <= threshold) picked.push(i);
  picked.sort((a, b) => keys[a]! - keys[b]! || pos[slots[a]!]! - pos[slots[b]!]!);
  return picked.slice(q.offset, want).map((i) => ({
    slot: slots[i]!,
    distanceKm: Number.isNaN(dists[i]!) ? null : kilometres(dists[i]!),
    score: scores[i]!,
  }));
}
