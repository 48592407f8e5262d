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
import { CELL_DEGREES, cellKey, type Facet, KIND_CODES, type SearchStore } from './search-store.js';
import {
  allRequired,
  classBands,
  scoreOf,
  scoringTerms,
  type TermBits,
  textBits,
} from './search-text.js';
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

/** earthdistance's sphere (earth()), in kilometres, so distances agree with the database's. */
const EARTH_KM = 6378.168;
const RAD = Math.PI / 180;
/** A distance from its haversine h = sin²(d / 2R) (what the match loop keeps, see there). */
const kilometres = (h: number) => 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(Math.max(0, h))));

/** The grid cells (keys) a radius around a point may reach. */
function cellsAround(store: SearchStore, lat: number, lon: number, km: number): number[] {
  const dLat = km / (EARTH_KM * RAD);
  const cosLat = Math.cos(Math.min(89.9, Math.abs(lat) + dLat) * RAD);
  const dLon = cosLat < 1e-6 ? 360 : dLat / cosLat;
  const lat0 = Math.floor((lat - dLat) / CELL_DEGREES);
  const lat1 = Math.floor((lat + dLat) / CELL_DEGREES);
  const lonCells = 360 / CELL_DEGREES;
  const wide = dLon >= 180;
  const lon0 = Math.floor((lon - dLon + 180) / CELL_DEGREES);
  const lon1 = Math.floor((lon + dLon + 180) / CELL_DEGREES);
  const keys: number[] = [];
  const count = (lat1 - lat0 + 1) * (wide ? lonCells : lon1 - lon0 + 1);
  if (count > store.cells.size) {
    for (const key of store.cells.keys()) {
      const la = Math.floor(key / 4096);
      if (la < lat0 || la > lat1) continue;
      const lo = key - la * 4096;
      if (!wide && !inLonRange(lo, lon0, lon1, lonCells)) continue;
      keys.push(key);
    }
    return keys;
  }
  for (let la = lat0; la <= lat1; la++) {
    for (let lo = wide ? 0 : lon0; lo <= (wide ? lonCells - 1 : lon1); lo++) {
      const key = cellKey(la, ((lo % lonCells) + lonCells) % lonCells);
      if (store.cells.has(key)) keys.push(key);
    }
  }
  return keys;
}

const inLonRange = (cell: number, from: number, to: number, cells: number) => {
  for (let c = from; c <= to; c++) if (((c % cells) + cells) % cells === cell) return true;
  return false;
};

/**
 * Scratch bitsets reused by every search (searches run one at a time on this thread), by role:
 * the matches, the listings a per-listing check let through, a relevance band and one of its
 * combinations, each word's weight-class sets, and one per facet whose codes are ORed.
 */
const MATCHES = 0;
const HITS = 1;
const BAND = 2;
const PART = 3;
const CLASS_SETS = 4; // MAX_BAND_TERMS × 4 of them
const EITHER = CLASS_SETS + 16;

/** Scratch bitset number `i`, at least `words` long, its contents left from before. */
function pooled(i: number, words: number): Uint32Array {
  let bits = pool[i];
  if (!bits || bits.length < words) {
    bits = new Uint32Array(Math.ceil(words * 1.25));
    pool[i] = bits;
  }
  return bits;
}
const pool: Uint32Array[] = [];
const EMPTY_BITS = new Uint32Array(0);

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
    const keys = cellsAround(store, p.latitude, p.longitude, p.radiusKm);
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

type Origin = { sLat: number; cLat: number; sLon: number; cLon: number };
const origin = (p: { latitude: number; longitude: number }): Origin => ({
  sLat: Math.sin(p.latitude * RAD),
  cLat: Math.cos(p.latitude * RAD),
  sLon: Math.sin(p.longitude * RAD),
  cLon: Math.cos(p.longitude * RAD),
});

/**
 * The haversine h = sin²(d / 2R) from `o` to a place given by the sines and cosines of its
 * latitude and longitude, which grows with the distance d: with cos(a − b) =
 * cos a cos b + sin a sin b and 1 − cos x = 2 sin²(x / 2) there is no trigonometry per listing
 * when those are kept (a cell's GeoList), and kilometres are worked out only for the rows shown.
 */
function haversineOf(sLat: number, cLat: number, sLon: number, cLon: number, o: Origin) {
  const cosDLat = cLat * o.cLat + sLat * o.sLat;
  const cosDLon = cLon * o.cLon + sLon * o.sLon;
  return (1 - cosDLat + o.cLat * cLat * (1 - cosDLon)) / 2;
}

/** The same from a latitude and longitude in degrees (NaN for a listing with no place). */
function haversine(lat: number, lon: number, o: Origin): number {
  if (Number.isNaN(lat) || Number.isNaN(lon)) return Number.NaN;
  const [a, b] = [lat * RAD, lon * RAD];
  return haversineOf(Math.sin(a), Math.cos(a), Math.sin(b), Math.cos(b), o);
}

let scratchArrays = {
  list: new Int32Array(0),
  slots: new Int32Array(0),
  dists: new Float64Array(0),
  scores: new Float64Array(0),
  keys: new Float64Array(0),
};
function scratch(n: number) {
  if (scratchArrays.slots.length < n) {
    const size = Math.ceil(n * 1.25);
    scratchArrays = {
      list: new Int32Array(size),
      slots: new Int32Array(size),
      dists: new Float64Array(size),
      scores: new Float64Array(size),
      keys: new Float64Array(size),
    };
  }
  return scratchArrays;
}

/** A page of matches held as a bitset, soonest next meeting first (ties by name). */
function pageByNext(s: SearchStore, q: MatchQuery, m: Uint32Array, total: number): Match[] {
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
  const walk = q.kind ? s.kindOrder(KIND_CODES.indexOf(q.kind)) : s.nextOrder();
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
function byBands(
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
function order(s: SearchStore, q: MatchQuery, n: number): Match[] {
  const { slots, dists, scores, keys } = scratchArrays;
  const want = Math.min(n, q.offset + q.count);
  if (want <= q.offset) return [];
  // A slot's place in the soonest-first order stands for (next meeting, name, id): ties in
  // score or distance are broken without comparing strings.
  const pos = s.positions();
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
