import { IANAZone } from 'luxon';
import { TIMES_OF_DAY, type TimeOfDay } from './filters.js';
import { CELL_DEGREES, cellKey, type Facet, type SearchStore } from './search-store.js';
import type { TextNode } from './text-query.js';

/**
 * Matching, counting and ordering over the in-memory search read-model (ADR 14). Plain CPU
 * work on typed arrays: candidates come from the shortest posting lists (words, facet codes,
 * grid cells around a place), then every other predicate is checked per candidate.
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
  dayTime?: { table: Uint8Array; zone: ZoneOffsets; from: number; to: number };
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

/** A zone's UTC offset (minutes) as a few constant stretches: at most two changes in the window. */
export type ZoneOffsets = { starts: number[]; offsets: number[] };
const zoneCache = new Map<string, { from: number; to: number; value: ZoneOffsets }>();

export function zoneOffsets(tz: string, from: number, to: number): ZoneOffsets {
  const cached = zoneCache.get(tz);
  if (cached && cached.from <= from && cached.to >= to) return cached.value;
  const zone = IANAZone.create(tz);
  const at = (minute: number) => zone.offset(minute * 60_000);
  // Cover a generous stretch so the cache serves the next hours of queries.
  const start = from - 2 * 1440;
  const end = to + 3 * 1440;
  const starts = [Number.NEGATIVE_INFINITY];
  const offsets = [at(start)];
  const step = 360;
  for (let m = start + step; m <= end + step; m += step) {
    if (at(m) === offsets[offsets.length - 1]) continue;
    // The change lies in (m - step, m]: find its minute.
    let lo = m - step;
    let hi = m;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (at(mid) === offsets[offsets.length - 1]) lo = mid;
      else hi = mid;
    }
    starts.push(hi);
    offsets.push(at(hi));
  }
  const value = { starts, offsets };
  zoneCache.set(tz, { from: start, to: end, value });
  return value;
}

/**
 * Which local (weekday, minute of day) a "day and time of day" filter accepts, as a table of
 * 7 x 1440. Night runs past midnight and belongs to the day it started (Tuesday night includes
 * Wednesday 2 am), as the filter's own definition says.
 */
export function dayTimeTable(days: number[], times: TimeOfDay[]): Uint8Array {
  const table = new Uint8Array(7 * 1440);
  const wanted = (d: number) => days.length === 0 || days.includes(d);
  const windows = times.length ? times.map((t) => TIMES_OF_DAY[t]) : [{ from: 0, to: 1440 }];
  for (let d = 0; d < 7; d++) {
    for (const w of windows) {
      if (wanted(d)) for (let m = w.from; m < Math.min(w.to, 1440); m++) table[d * 1440 + m] = 1;
      // The part after midnight counts for the day before.
      if (w.to > 1440 && wanted((d + 6) % 7)) {
        for (let m = 0; m < w.to - 1440; m++) table[d * 1440 + m] = 1;
      }
    }
  }
  return table;
}

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

/** Every match counted, and the requested stretch of them in order. */
export function match(store: SearchStore, q: MatchQuery): { total: number; rows: Match[] } {
  const acc = { score: 0 };
  const options: Candidates[] = [];
  let textTest: ((slot: number) => boolean) | undefined;
  let fuzzy: Map<number, number> | undefined;
  if (q.text && 'node' in q.text) {
    const compiled = compileText(store, q.text.node, acc);
    textTest = compiled.test;
    if (compiled.candidates) options.push(compiled.candidates);
  } else if (q.text) {
    fuzzy = q.text.fuzzy;
    const slots = Int32Array.from([...fuzzy.keys()]).sort();
    options.push({ lists: [slots], shift: 0, size: slots.length });
  }
  const posting = (key: string) => store.postings.get(key)?.view() ?? EMPTY;
  const anyOf = (keys: string[]): Candidates => {
    const lists = keys.map(posting);
    return { lists, shift: 0, size: lists.reduce((s, l) => s + l.length, 0) };
  };
  for (const f of q.facets) options.push(anyOf(f.codes.map((c) => `${f.facet}:${c}`)));
  if (q.kind !== undefined) options.push(anyOf([`kind:${['support', 'therapy'][q.kind]}`]));
  if (q.seats) options.push(anyOf(['seats']));
  if (q.source !== undefined) options.push(anyOf([`source:${q.source}`]));
  const modeNames = ['in_person', 'online', 'hybrid'].filter((_, i) => q.modes & (1 << i));
  if (q.modes) options.push(anyOf(modeNames.map((m) => `mode:${m}`)));
  const p = q.point;
  if (p) {
    const lists = cellsAround(store, p.latitude, p.longitude, p.radiusKm);
    if (p.withOnline) lists.push(posting('mode:online'));
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
  } else if (q.sort === 'next' && options.length === 0 && unfiltered(q)) {
    return headOfNext(store, q);
  }
  let best: Candidates | undefined;
  for (const o of options) if (!best || o.size < best.size) best = o;
  const candidates = best
    ? best.lists.length === 1 && best.shift === 0
      ? best.lists[0]!
      : union(best.lists, best.shift)
    : undefined;

  const s = store;
  const nowMin = q.now;
  // Everything the loop reads, as locals: it runs for every candidate (a million for a search
  // with no filter), so it must stay a tight loop over typed arrays.
  const modeMask = q.modes;
  const policyMask = q.policies;
  const kindWant = q.kind ?? -1;
  const facetArrays = q.facets.map((f) => s[f.facet]);
  const facetMasks = q.facets.map((f) => f.mask);
  const facetCount = facetArrays.length;
  const { alive, kind, mode, policy, cost, seats, source, therapyStart, lat, lon } = s;
  const { nextStart, occFrom, occTo } = s;
  const free = q.free;
  const wantSeats = q.seats;
  const sourceWant = q.source ?? -2;
  const startFrom = q.therapyStart?.from ?? 0;
  const startTo = q.therapyStart?.to ?? 0;
  const byStart = q.therapyStart !== undefined;
  const placed = q.placed === true;
  const cosLat0 = p ? Math.cos(p.latitude * RAD) : 0;
  const lat0 = p?.latitude ?? 0;
  const lon0 = p?.longitude ?? 0;
  const radius = p?.radiusKm ?? 0;
  const withOnline = p?.withOnline === true;
  const soon = q.soon !== undefined;
  const soonFrom = q.soon?.from ?? 0;
  const soonTo = q.soon?.to ?? 0;
  const dt = q.dayTime;
  const dtTable = dt?.table;
  const dtFrom = dt?.from ?? 0;
  const dtTo = dt?.to ?? 0;
  const zoneStarts = dt?.zone.starts ?? [];
  const zoneOffsetsList = dt?.zone.offsets ?? [];
  const occS = s.occStart.a;
  const occE = s.occEnd.a;

  // Scratch arrays reused by every search (they run one at a time): a broad search then
  // allocates nothing in proportion to its matches, so it does not drive the garbage collector.
  const { slots, dists, scores } = scratch(s.n);
  let found = 0;
  const total = candidates ? candidates.length : s.n;
  next: for (let i = 0; i < total; i++) {
    const c = candidates ? candidates[i]! : i;
    if (alive[c] === 0) continue;
    if (kindWant >= 0 && kind[c] !== kindWant) continue;
    if (modeMask !== 0 && ((1 << mode[c]!) & modeMask) === 0) continue;
    if (policyMask !== 0 && ((1 << policy[c]!) & policyMask) === 0) continue;
    for (let f = 0; f < facetCount; f++) {
      if ((facetArrays[f]![c]! & facetMasks[f]!) === 0) continue next;
    }
    if (free && cost[c]! > 1) continue;
    if (wantSeats && seats[c] === 0) continue;
    if (sourceWant !== -2 && source[c] !== sourceWant) continue;
    if (byStart) {
      const d = therapyStart[c]!;
      if (d < startFrom || d > startTo) continue;
    }
    const la = lat[c]!;
    const lo = lon[c]!;
    const hasPlace = !Number.isNaN(la) && !Number.isNaN(lo);
    if (placed && !hasPlace) continue;
    let dist = Number.NaN;
    if (p) {
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
    if (dtTable) {
      let hit = false;
      for (let o = occFrom[c]!, end = occTo[c]!; o < end; o++) {
        const start = occS[o]!;
        if (start < dtFrom) continue;
        if (start >= dtTo) break;
        let z = zoneOffsetsList.length - 1;
        while (zoneStarts[z]! > start) z--;
        const local = start + zoneOffsetsList[z]!;
        const day = Math.floor(local / 1440);
        if (dtTable[((day + 4) % 7) * 1440 + (local - day * 1440)] === 1) {
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
  return { total: found, rows: order(s, q, found, nowMin) };
}

let scratchArrays = {
  slots: new Int32Array(0),
  dists: new Float64Array(0),
  scores: new Float64Array(0),
  keys: new Float64Array(0),
};
function scratch(n: number) {
  if (scratchArrays.slots.length < n) {
    const size = Math.ceil(n * 1.25);
    scratchArrays = {
      slots: new Int32Array(size),
      dists: new Float64Array(size),
      scores: new Float64Array(size),
      keys: new Float64Array(size),
    };
  }
  return scratchArrays;
}

/** No filter at all: every live listing matches. */
const unfiltered = (q: MatchQuery) =>
  !q.text &&
  q.kind === undefined &&
  q.modes === 0 &&
  q.policies === 0 &&
  q.facets.length === 0 &&
  !q.free &&
  !q.seats &&
  q.source === undefined &&
  !q.therapyStart &&
  !q.point &&
  !q.dayTime &&
  !q.soon &&
  !q.placed;

/** Soonest first with no filter: the head of the order the store keeps, ties by name. */
function headOfNext(s: SearchStore, q: MatchQuery): { total: number; rows: Match[] } {
  const order = s.nextOrder();
  const want = Math.min(order.length, q.offset + q.count);
  if (want <= q.offset) return { total: order.length, rows: [] };
  let end = want;
  const edge = s.nextStart[order[want - 1]!]!;
  while (end < order.length && s.nextStart[order[end]!] === edge) end++;
  const head = Array.from(order.subarray(0, end));
  head.sort(
    (a, b) =>
      s.nextStart[a]! - s.nextStart[b]! ||
      (s.names[a]! < s.names[b]! ? -1 : s.names[a]! > s.names[b]! ? 1 : 0) ||
      (s.ids[a]! < s.ids[b]! ? -1 : 1),
  );
  return {
    total: order.length,
    rows: head.slice(q.offset, want).map((slot) => ({ slot, distanceKm: null, score: 0 })),
  };
}

/** The first `offset + count` matches in the sort order; returns the last `count` of them. */
function order(s: SearchStore, q: MatchQuery, n: number, nowMin: number): Match[] {
  const { slots, dists, scores, keys } = scratchArrays;
  const want = Math.min(n, q.offset + q.count);
  if (want <= q.offset) return [];
  const base = Math.floor(nowMin) - 2 * 1440;
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
