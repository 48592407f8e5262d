import {
  andInto,
  countBits,
  hasBit,
  intersect,
  listBits,
  orInto,
  resized,
  setBit,
  wordsFor,
} from './search-bits.js';
import {
  cellsAround,
  EARTH_KM,
  haversine,
  haversineOf,
  kilometres,
  origin,
} from './search-places.js';
import { byBands, order, pageByNext } from './search-rank.js';
import { EITHER, EMPTY_BITS, HITS, MATCHES, pooled, scratch } from './search-scratch.js';
import type { Facet, SearchStore } from './search-store.js';
import { allRequired, scoreOf, scoringTerms, type TermBits, textBits } from './search-text.js';
import { type DayTimeAsk, dayTimeBits, soonBits } from './search-when.js';
import type { TextNode } from './text-query.js';

/**
 * Matching, counting and ordering over the in-memory search read-model (ADR 14). Plain CPU
 * work on typed arrays, in two steps:
 * - every filter a listing either has or not (facets, kind, mode, cost, seats, source, place,
 *   day and time, "soon", the words of `q`) is a bitset, and they are ANDed a word (32
 *   listings) at a time into the set of matches;
 * - what a bitset cannot hold (distance from a place, start dates, near-miss names) is checked
 *   per listing, over the grid cells around the place or the matches so far.
 * Without those, the count is a population count, and the page is read off the store's
 * soonest-first order, or off the bands of relevance the words' weight classes make.
 */

/** What `searchGroups` asks, already resolved to codes, days and minutes. */
export type MatchQuery = {
  text?: { node: TextNode } | { fuzzy: Map<number, number> };
  kind?: 'support' | 'therapy';
  /** Empty for any. */
  modes: string[];
  /** Empty for any. */
  policies: string[];
  facets: { facet: Facet; codes: string[] }[];
  free: boolean;
  seats: boolean;
  /** Epoch days, inclusive. */
  therapyStart?: { from: number; to: number };
  /** A source index, or -1 for an unknown source (nothing matches). */
  source?: number;
  point?: { latitude: number; longitude: number; radiusKm: number; withOnline: boolean };
  dayTime?: DayTimeAsk;
  soon?: { from: number; to: number };
  /** Only listings with a place (the map). */
  placed?: boolean;
  sort: 'relevance' | 'distance' | 'next';
  /** Rows wanted: the first `offset + count` in order, of which the last `count` are returned. */
  offset: number;
  count: number;
  /** Minutes since the epoch. */
  now: number;
};

export type Match = { slot: number; distanceKm: number | null; score: number };

/**
 * The live listings that pass every filter a bitset holds (and the words of `q`, when given),
 * and how many they are: the sets are gathered, codes of one facet ORed together first, then
 * met in one pass.
 */
function filterBits(
  store: SearchStore,
  q: MatchQuery,
  words: number,
  text: Uint32Array | undefined,
): { m: Uint32Array; count: number } {
  const sets: Uint32Array[] = [store.aliveBits];
  let ors = 0;
  let facets = 0;
  const anyOf = (keys: string[]) => {
    facets++;
    if (keys.length === 1) {
      sets.push(store.bitsFor(keys[0]!) ?? EMPTY_BITS);
      return;
    }
    const either = pooled(EITHER + ors++, words);
    either.fill(0, 0, words);
    for (const key of keys) {
      const bits = store.bitsFor(key);
      if (bits) orInto(either, bits, words);
    }
    sets.push(either);
  };
  for (const f of q.facets) anyOf(f.codes.map((c) => `${f.facet}:${c}`));
  if (q.kind) anyOf([`kind:${q.kind}`]);
  if (q.modes.length) anyOf(q.modes.map((x) => `mode:${x}`));
  if (q.policies.length) anyOf(q.policies.map((x) => `policy:${x}`));
  if (q.free) anyOf(['free']);
  if (q.seats) anyOf(['seats']);
  if (q.source !== undefined) anyOf([`source:${q.source}`]);
  if (q.placed) anyOf(['placed']);
  if (q.dayTime) sets.push(dayTimeBits(store, q.dayTime, q.now));
  if (q.soon) sets.push(soonBits(store, q.soon.from, q.soon.to));
  if (text) sets.push(text);
  // Facet bitsets hold live slots only: with one of them the live set adds nothing.
  if (facets > 0) sets.shift();
  const m = pooled(MATCHES, words);
  return { m, count: intersect(m, sets, words) };
}

/**
 * Above `scoreOneByOne` matches, relevance is taken band by band rather than scored listing by
 * listing (tests lower it to compare both ways on a small directory).
 */
export const tuning = { scoreOneByOne: 4_000 };
/** Bands for up to this many words (4^3 combinations of weight classes). */
const MAX_BAND_TERMS = 3;

/**
 * Where the per-listing checks look: the near-miss names, the grid cells around the place (and
 * the online listings among the matches when they are wanted too), or else the matches so far,
 * whichever is shortest. Cells come with their places (`geo`, in step) and hold no online
 * listing twice: those come in their own list.
 */
function candidateLists(
  store: SearchStore,
  q: MatchQuery,
  m: Uint32Array,
  matched: number,
  words: number,
  fuzzy: Map<number, number> | undefined,
): { lists: Int32Array[]; geo: Float64Array[] } {
  if (fuzzy) return { lists: [Int32Array.from(fuzzy.keys())], geo: [] };
  const p = q.point;
  if (p) {
    const keys = cellsAround(store.cells, p.latitude, p.longitude, p.radiusKm);
    const lists = keys.map((k) => store.cells.get(k)!.view());
    const size = lists.reduce((n, l) => n + l.length, 0);
    if (size < matched) {
      const geo = keys.map((k) => store.cellGeo.get(k)!.a);
      if (p.withOnline) {
        const online = resized(store.bitsFor('mode:online') ?? EMPTY_BITS, words);
        andInto(online, m, words);
        const slots = new Int32Array(countBits(online, words));
        listBits(online, words, slots);
        lists.push(slots);
      }
      return { lists, geo };
    }
  }
  const list = scratch(store.n).list;
  return { lists: [list.subarray(0, listBits(m, words, list))], geo: [] };
}

/** Every match counted, and the requested stretch of them in order. */
export function match(store: SearchStore, q: MatchQuery): { total: number; rows: Match[] } {
  const s = store;
  const words = wordsFor(s.n);
  let terms: TermBits[] = [];
  let banded = false;
  let fuzzy: Map<number, number> | undefined;
  let text: Uint32Array | undefined;
  if (q.text && 'node' in q.text) {
    text = textBits(s, q.text.node, words);
    terms = scoringTerms(s, q.text.node);
    banded = allRequired(q.text.node) && terms.length <= MAX_BAND_TERMS;
  } else if (q.text) {
    fuzzy = q.text.fuzzy;
  }
  const { m, count: matched } = filterBits(s, q, words, text);
  const p = q.point;
  if (!p && !fuzzy && !q.therapyStart) {
    const total = matched;
    // With no place, every order but relevance to words is soonest first.
    if (terms.length === 0 || q.sort !== 'relevance') {
      return { total, rows: pageByNext(s, q, m, total) };
    }
    if (banded && total > tuning.scoreOneByOne)
      return { total, rows: byBands(s, q, m, terms, total) };
  }

  // Per listing: start dates, distance, and the score of the words or of the near-miss name.
  // When the order is soonest first anyway, the listings that pass become a bitset for the
  // same walk as above (and only the page's rows get a distance); otherwise they are scored.
  const relevance = q.sort === 'relevance';
  const soonestFirst = q.sort === 'next' || (relevance && !scored(terms, fuzzy));
  const hits = soonestFirst ? pooled(HITS, words) : EMPTY_BITS;
  if (soonestFirst) hits.fill(0, 0, words);
  const { lists, geo } = candidateLists(s, q, m, matched, words, fuzzy);
  const { slots, dists, scores } = scratch(s.n);
  const { therapyStart, mode } = s;
  const byStart = q.therapyStart !== undefined;
  const startFrom = q.therapyStart?.from ?? 0;
  const startTo = q.therapyStart?.to ?? 0;
  const from = p ? origin(p) : undefined;
  const hMax = p ? Math.sin(Math.min(Math.PI / 2, p.radiusKm / (2 * EARTH_KM))) ** 2 : 0;
  const withOnline = p?.withOnline === true;
  let found = 0;
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l]!;
    // A cell's places, in step with its slots (four numbers each); other lists have none.
    const places = geo[l];
    const inCell = places !== undefined;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      if (!hasBit(m, c)) continue;
      // An online listing is never "near" (whatever address it gave): it is in only when online
      // listings are wanted, from their own list, and has no distance.
      const online = mode[c] === 1;
      if (from && online && (inCell || !withOnline)) continue;
      if (byStart) {
        const d = therapyStart[c]!;
        if (d < startFrom || d > startTo) continue;
      }
      let h = Number.NaN;
      if (from && !online) {
        const at = 4 * i;
        h = places
          ? haversineOf(places[at]!, places[at + 1]!, places[at + 2]!, places[at + 3]!, from)
          : haversine(s.lat[c]!, s.lon[c]!, from);
        // A listing with no place has NaN here, and is out.
        if (!(h <= hMax)) continue;
      }
      if (soonestFirst) {
        setBit(hits, c);
        found++;
        continue;
      }
      slots[found] = c;
      dists[found] = h;
      // Scores only order a relevance sort.
      scores[found] = !relevance ? 0 : terms.length > 0 ? scoreOf(terms, c) : (fuzzy?.get(c) ?? 0);
      found++;
    }
  }
  if (!soonestFirst) return { total: found, rows: order(s, q, found) };
  const rows = pageByNext(s, q, hits, found);
  if (from) {
    for (const r of rows) {
      if (s.mode[r.slot] === 1) continue;
      const h = haversine(s.lat[r.slot]!, s.lon[r.slot]!, from);
      r.distanceKm = Number.isNaN(h) ? null : kilometres(h);
    }
  }
  return { total: found, rows };
}

const scored = (terms: TermBits[], fuzzy: Map<number, number> | undefined) =>
  terms.length > 0 || fuzzy !== undefined;
