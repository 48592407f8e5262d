import { andInto, countBits, hasBit, listBits, orInto, resized, wordsFor } from './search-bits.js';
import { type DayTimeAsk, dayTimeBits } from './search-daytime.js';
import {
  CELL_DEGREES,
  cellKey,
  type Facet,
  MODE_CODES,
  POLICY_CODES,
  type SearchStore,
} from './search-store.js';
import type { TextNode } from './text-query.js';

/**
 * Matching, counting and ordering over the in-memory search read-model (ADR 14). Plain CPU
 * work on typed arrays, in two steps:
 * - every filter a listing either has or not (facets, kind, mode, cost, seats, source, place,
 *   day and time) is a bitset, and they are ANDed a word at a time into the set of matches;
 * - what a bitset cannot hold (words and their weights, distance from a place, "happening
 *   soon", start dates) is checked per listing, over the shortest list of candidates (a word's
 *   postings, the grid cells around the place, the soonest meetings) or the matches so far.
 * With no such check, the count is a population count and the page is read off the store's
 * soonest-first order.
 */

/** What `searchGroups` asks, already resolved to codes, bitmasks and minutes. */
export type MatchQuery = {
  text?: { node: TextNode } | { fuzzy: Map<number, number> };
  kind?: number;
  /** Bits of MODE_CODES; 0 for any. */
  modes: number;
  /** Bits of POLICY_CODES; 0 for any. */
  policies: number;
  facets: { facet: Facet; mask: number; codes: string[] }[];
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

/** Field weights of a lexeme's best position, by weight class (D, C, B, A), as ts_rank's. */
const WEIGHTS = [0.1, 0.2, 0.4, 1.0];
/** earthdistance's sphere (earth()), in kilometres, so distances agree with the database's. */
const EARTH_KM = 6378.168;
const RAD = Math.PI / 180;

/** Merge sorted lists of slots into one sorted list without repeats (`shift` 2: text postings). */
function union(lists: Int32Array[], shift: number): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  let parts = lists.map((l) => {
    if (shift === 0) return l;
    const out = new Int32Array(l.length);
    for (let i = 0; i < l.length; i++) out[i] = l[i]! >> shift;
    return out;
  });
  while (parts.length > 1) {
    const next: Int32Array[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const a = parts[i]!;
      const b = parts[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out = new Int32Array(a.length + b.length);
      let x = 0;
      let y = 0;
      let n = 0;
      while (x < a.length || y < b.length) {
        const v = y >= b.length || (x < a.length && a[x]! <= b[y]!) ? a[x++]! : b[y++]!;
        if (n === 0 || out[n - 1] !== v) out[n++] = v;
      }
      next.push(out.subarray(0, n));
    }
    parts = next;
  }
  return parts[0]!;
}

/** Finds slots in one lexeme's posting list; slots must be asked for in increasing order. */
class Cursor {
  pos = 0;
  constructor(readonly list: Int32Array) {}
  /** The weight class of `slot` in this list, or -1. */
  find(slot: number): number {
    const a = this.list;
    const target = slot * 4;
    let p = this.pos;
    if (p < a.length && a[p]! < target) {
      // Gallop, then halve.
      let step = 1;
      while (p + step < a.length && a[p + step]! < target) {
        p += step;
        step *= 2;
      }
      let lo = p + 1;
      let hi = Math.min(a.length, p + step);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid]! < target) lo = mid + 1;
        else hi = mid;
      }
      p = lo;
    }
    this.pos = p;
    return p < a.length && a[p]! >> 2 === slot ? a[p]! & 3 : -1;
  }
}

type Candidates = { lists: Int32Array[]; shift: number; size: number };
const EMPTY = new Int32Array(0);

/** A text node as a per-slot test that adds to `acc.score`, and its candidate lists. */
function compileText(store: SearchStore, node: TextNode, acc: { score: number }) {
  const gen = (n: TextNode): Candidates | undefined => {
    if (n.op === 'term') {
      const list = store.terms.get(n.lexeme)?.view() ?? EMPTY;
      return { lists: [list], shift: 2, size: list.length };
    }
    if (n.op === 'not') return undefined;
    const parts = n.children.map(gen);
    if (n.op === 'and') {
      let best: Candidates | undefined;
      for (const p of parts) if (p && (!best || p.size < best.size)) best = p;
      return best;
    }
    if (parts.some((p) => !p)) return undefined;
    const ps = parts as Candidates[];
    if (ps.some((p) => p.shift !== ps[0]!.shift)) return undefined;
    return {
      lists: ps.flatMap((p) => p.lists),
      shift: ps[0]!.shift,
      size: ps.reduce((s, p) => s + p.size, 0),
    };
  };
  const test = (n: TextNode): ((slot: number) => boolean) => {
    if (n.op === 'term') {
      const cursor = new Cursor(store.terms.get(n.lexeme)?.view() ?? EMPTY);
      return (slot) => {
        const w = cursor.find(slot);
        if (w < 0) return false;
        acc.score += WEIGHTS[w]!;
        return true;
      };
    }
    if (n.op === 'not') {
      const inner = test(n.child);
      return (slot) => {
        const before = acc.score;
        const found = inner(slot);
        acc.score = before;
        return !found;
      };
    }
    const kids = n.children.map(test);
    if (n.op === 'and') return (slot) => kids.every((k) => k(slot));
    return (slot) => {
      let any = false;
      for (const k of kids) if (k(slot)) any = true;
      return any;
    };
  };
  return { candidates: gen(node), test: test(node) };
}

function cellsAround(store: SearchStore, lat: number, lon: number, km: number): Int32Array[] {
  const dLat = km / (EARTH_KM * RAD);
  const cosLat = Math.cos(Math.min(89.9, Math.abs(lat) + dLat) * RAD);
  const dLon = cosLat < 1e-6 ? 360 : dLat / cosLat;
  const lat0 = Math.floor((lat - dLat) / CELL_DEGREES);
  const lat1 = Math.floor((lat + dLat) / CELL_DEGREES);
  const lonCells = 360 / CELL_DEGREES;
  const wide = dLon >= 180;
  const lon0 = Math.floor((lon - dLon + 180) / CELL_DEGREES);
  const lon1 = Math.floor((lon + dLon + 180) / CELL_DEGREES);
  const lists: Int32Array[] = [];
  const count = (lat1 - lat0 + 1) * (wide ? lonCells : lon1 - lon0 + 1);
  if (count > store.cells.size) {
    for (const [key, cell] of store.cells) {
      const la = Math.floor(key / 4096);
      if (la < lat0 || la > lat1) continue;
      const lo = key - la * 4096;
      if (!wide && !inLonRange(lo, lon0, lon1, lonCells)) continue;
      lists.push(cell.view());
    }
    return lists;
  }
  for (let la = lat0; la <= lat1; la++) {
    for (let lo = wide ? 0 : lon0; lo <= (wide ? lonCells - 1 : lon1); lo++) {
      const cell = store.cells.get(cellKey(la, ((lo % lonCells) + lonCells) % lonCells));
      if (cell) lists.push(cell.view());
    }
  }
  return lists;
}

const inLonRange = (cell: number, from: number, to: number, cells: number) => {
  for (let c = from; c <= to; c++) if (((c % cells) + cells) % cells === cell) return true;
  return false;
};

/** Scratch bitsets reused by every search (searches run one at a time on this thread). */
let scratchBits = { matches: new Uint32Array(0), either: new Uint32Array(0) };

/** AND into `m` the listings with any of these keys (one key: its bitset as it is). */
function requireAny(store: SearchStore, m: Uint32Array, keys: string[], words: number) {
  if (keys.length === 1) {
    andInto(m, store.bitsFor(keys[0]!) ?? EMPTY_BITS, words);
    return;
  }
  const either = scratchBits.either;
  either.fill(0, 0, words);
  for (const key of keys) {
    const bits = store.bitsFor(key);
    if (bits) orInto(either, bits, words);
  }
  andInto(m, either, words);
}
const EMPTY_BITS = new Uint32Array(0);

/** The bitset keys of the codes whose bits `mask` has. */
const chosen = (prefix: string, codes: readonly string[], mask: number) =>
  codes.filter((_, i) => mask & (1 << i)).map((c) => `${prefix}:${c}`);

/** The live listings that pass every filter a bitset holds. */
function filterBits(store: SearchStore, q: MatchQuery, words: number): Uint32Array {
  if (scratchBits.matches.length < words) {
    const size = Math.ceil(words * 1.25);
    scratchBits = { matches: new Uint32Array(size), either: new Uint32Array(size) };
  }
  const m = scratchBits.matches;
  m.set(store.aliveBits.subarray(0, words));
  for (const f of q.facets)
    requireAny(
      store,
      m,
      f.codes.map((c) => `${f.facet}:${c}`),
      words,
    );
  if (q.kind !== undefined) requireAny(store, m, [`kind:${['support', 'therapy'][q.kind]}`], words);
  if (q.modes) requireAny(store, m, chosen('mode', MODE_CODES, q.modes), words);
  if (q.policies) requireAny(store, m, chosen('policy', POLICY_CODES, q.policies), words);
  if (q.free) requireAny(store, m, ['free'], words);
  if (q.seats) requireAny(store, m, ['seats'], words);
  if (q.source !== undefined) requireAny(store, m, [`source:${q.source}`], words);
  if (q.placed) requireAny(store, m, ['placed'], words);
  if (q.dayTime) andInto(m, dayTimeBits(store, q.dayTime, q.now), words);
  return m;
}

/**
 * Where the per-listing checks look: the shortest of a word's postings, the grid cells around
 * the place (and the online listings when they are wanted too), the fuzzy names, or the
 * soonest meetings; undefined when only the matches so far will do.
 */
function candidateList(
  store: SearchStore,
  q: MatchQuery,
  text: Candidates | undefined,
  m: Uint32Array,
  words: number,
): Candidates | undefined {
  const options: Candidates[] = [];
  if (text) options.push(text);
  const p = q.point;
  if (p) {
    const lists = cellsAround(store, p.latitude, p.longitude, p.radiusKm);
    if (p.withOnline) {
      // Online listings anywhere: those among the matches so far.
      const online = resized(store.bitsFor('mode:online') ?? EMPTY_BITS, words);
      andInto(online, m, words);
      const slots = new Int32Array(countBits(online, words));
      listBits(online, words, slots);
      lists.push(slots);
    }
    options.push({ lists, shift: 0, size: lists.reduce((s, l) => s + l.length, 0) });
  }
  if (q.soon) {
    // Meetings starting within two hours: the head of the soonest-first order.
    const order = store.nextOrder();
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (store.nextStart[order[mid]!]! < q.soon.to) lo = mid + 1;
      else hi = mid;
    }
    options.push({ lists: [order.slice(0, lo).sort()], shift: 0, size: lo });
  }
  let best: Candidates | undefined;
  for (const o of options) if (!best || o.size < best.size) best = o;
  return best;
}

/** Every match counted, and the requested stretch of them in order. */
export function match(store: SearchStore, q: MatchQuery): { total: number; rows: Match[] } {
  const s = store;
  const words = wordsFor(s.n);
  const m = filterBits(s, q, words);
  const acc = { score: 0 };
  let textTest: ((slot: number) => boolean) | undefined;
  let textCandidates: Candidates | undefined;
  let fuzzy: Map<number, number> | undefined;
  if (q.text && 'node' in q.text) {
    const compiled = compileText(s, q.text.node, acc);
    textTest = compiled.test;
    textCandidates = compiled.candidates;
  } else if (q.text) {
    fuzzy = q.text.fuzzy;
    const slots = Int32Array.from(fuzzy.keys()).sort();
    textCandidates = { lists: [slots], shift: 0, size: slots.length };
  }
  const p = q.point;
  const perListing = q.text !== undefined || p !== undefined || q.soon !== undefined;
  const byStart = q.therapyStart !== undefined;
  const matched = countBits(m, words);
  if (!perListing && !byStart) return { total: matched, rows: byNextMeeting(s, q, m, matched) };

  const best = candidateList(s, q, textCandidates, m, words);
  const { slots, dists, scores } = scratch(s.n);
  let candidates: Int32Array;
  let total: number;
  if (best && best.size < matched) {
    candidates =
      best.lists.length === 1 && best.shift === 0 ? best.lists[0]! : union(best.lists, best.shift);
    total = candidates.length;
  } else {
    candidates = scratchArrays.list;
    total = listBits(m, words, candidates);
  }

  // Everything the loop reads, as locals: it may run for hundreds of thousands of candidates.
  const { therapyStart, lat, lon, mode, nextStart, occFrom, occTo } = s;
  const startFrom = q.therapyStart?.from ?? 0;
  const startTo = q.therapyStart?.to ?? 0;
  const cosLat0 = p ? Math.cos(p.latitude * RAD) : 0;
  const lat0 = p?.latitude ?? 0;
  const lon0 = p?.longitude ?? 0;
  const radius = p?.radiusKm ?? 0;
  const withOnline = p?.withOnline === true;
  const soon = q.soon !== undefined;
  const soonFrom = q.soon?.from ?? 0;
  const soonTo = q.soon?.to ?? 0;
  const occS = s.occStart.a;
  const occE = s.occEnd.a;
  let found = 0;
  for (let i = 0; i < total; i++) {
    const c = candidates[i]!;
    if (!hasBit(m, c)) continue;
    if (byStart) {
      const d = therapyStart[c]!;
      if (d < startFrom || d > startTo) continue;
    }
    let dist = Number.NaN;
    if (p) {
      const la = lat[c]!;
      const lo = lon[c]!;
      const hasPlace = !Number.isNaN(la) && !Number.isNaN(lo);
      if (hasPlace) {
        const sinLat = Math.sin(((la - lat0) * RAD) / 2);
        const sinLon = Math.sin(((lo - lon0) * RAD) / 2);
        const h = sinLat * sinLat + cosLat0 * Math.cos(la * RAD) * sinLon * sinLon;
        dist = 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
      }
      if (!(hasPlace && dist <= radius) && !(withOnline && mode[c] === 1)) continue;
    }
    if (soon) {
      if (!(nextStart[c]! < soonTo)) continue;
      let hit = false;
      for (let o = occFrom[c]!, end = occTo[c]!; o < end; o++) {
        if (occE[o]! > soonFrom && occS[o]! < soonTo) {
          hit = true;
          break;
        }
      }
      if (!hit) continue;
    }
    let score = 0;
    if (textTest) {
      acc.score = 0;
      if (!textTest(c)) continue;
      score = acc.score;
    } else if (fuzzy) {
      const sim = fuzzy.get(c);
      if (sim === undefined) continue;
      score = sim;
    }
    slots[found] = c;
    dists[found] = dist;
    scores[found] = score;
    found++;
  }
  return { total: found, rows: order(s, q, found) };
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

/**
 * A page of matches held as a bitset, soonest next meeting first (ties by name): with no words
 * and no place every sort comes to this. Walking the store's soonest-first order visits about
 * `want × n / total` slots when the matches are spread evenly; listing and ordering them
 * visits `total`. The walk is tried first when it looks cheaper, and given up for the list when
 * the matches turn out to lie late in the order (therapy cohorts that start next month).
 */
function byNextMeeting(s: SearchStore, q: MatchQuery, m: Uint32Array, total: number): Match[] {
  const want = Math.min(total, q.offset + q.count);
  if (want <= q.offset) return [];
  const estimate = (want * s.n) / total;
  if (total * 8 >= estimate) {
    const head = walkNextOrder(s, m, want, Math.max(4096, 4 * estimate));
    if (head)
      return head.slice(q.offset, want).map((slot) => ({ slot, distanceKm: null, score: 0 }));
  }
  const { slots, dists, scores } = scratch(s.n);
  const n = listBits(m, wordsFor(s.n), slots);
  dists.fill(Number.NaN, 0, n);
  scores.fill(0, 0, n);
  return order(s, { ...q, sort: 'next' }, n);
}

/** The first `want` matches in the soonest-first order, in page order; undefined past `budget` steps. */
function walkNextOrder(s: SearchStore, m: Uint32Array, want: number, budget: number) {
  const head: number[] = [];
  const order = s.nextOrder();
  let edge = Number.NaN;
  for (let i = 0; i < order.length; i++) {
    if (i > budget) return undefined;
    const slot = order[i]!;
    if (!hasBit(m, slot)) continue;
    // Past the page, only the listings that tie with its last one (for the ties' order).
    if (head.length >= want && s.nextStart[slot] !== edge) break;
    head.push(slot);
    if (head.length === want) edge = s.nextStart[slot]!;
  }
  return head.sort(
    (a, b) =>
      s.nextStart[a]! - s.nextStart[b]! ||
      (s.names[a]! < s.names[b]! ? -1 : s.names[a]! > s.names[b]! ? 1 : 0) ||
      (s.ids[a]! < s.ids[b]! ? -1 : 1),
  );
}

/** The first `offset + count` matches in the sort order; returns the last `count` of them. */
function order(s: SearchStore, q: MatchQuery, n: number): Match[] {
  const { slots, dists, scores, keys } = scratchArrays;
  const want = Math.min(n, q.offset + q.count);
  if (want <= q.offset) return [];
  const base = Math.floor(q.now) - 2 * 1440;
  const SPAN = 2 ** 22;
  for (let i = 0; i < n; i++) {
    const c = slots[i]!;
    const next = s.nextStart[c]!;
    if (q.sort === 'next') keys[i] = next;
    else if (q.sort === 'distance') keys[i] = Number.isNaN(dists[i]!) ? Infinity : dists[i]!;
    else {
      // Higher score first, then sooner: one number, so one pass finds the threshold.
      const rel = Number.isFinite(next) ? Math.min(SPAN - 1, Math.max(0, next - base)) : SPAN - 1;
      keys[i] = -Math.round(scores[i]! * 1000) * SPAN + rel;
    }
  }
  // The `want`-th smallest key, through a bounded max-heap, so a broad search sorts no more
  // than the rows it shows (and the ties at the edge).
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
  const names = s.names;
  const ids = s.ids;
  picked.sort((a, b) => {
    const d = keys[a]! - keys[b]!;
    if (d !== 0 && !Number.isNaN(d)) return d;
    if (q.sort === 'distance') {
      const na = s.nextStart[slots[a]!]!;
      const nb = s.nextStart[slots[b]!]!;
      if (na !== nb) return na < nb ? -1 : 1;
    }
    const x = names[slots[a]!]!;
    const y = names[slots[b]!]!;
    if (x !== y) return x < y ? -1 : 1;
    return ids[slots[a]!]! < ids[slots[b]!]! ? -1 : 1;
  });
  return picked.slice(q.offset, want).map((i) => ({
    slot: slots[i]!,
    distanceKm: Number.isNaN(dists[i]!) ? null : dists[i]!,
    score: scores[i]!,
  }));
}
