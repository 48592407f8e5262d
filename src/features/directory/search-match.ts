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
  let best: Candidates | undefined;
  for (const o of options) if (!best || o.size < best.size) best = o;
  const candidates = best
    ? best.lists.length === 1 && best.shift === 0
      ? best.lists[0]!
      : union(best.lists, best.shift)
    : undefined;

  const s = store;
  const nowMin = q.now;
  const modeMask = q.modes;
  const kindWant = q.kind ?? -1;
  const masks = q.facets.map((f) => ({ arr: s[f.facet], mask: f.mask }));
  const cosLat0 = p ? Math.cos(p.latitude * RAD) : 0;
  const radius = p?.radiusKm ?? 0;
  const dt = q.dayTime;
  const occS = s.occStart.a;
  const occE = s.occEnd.a;

  const slots: number[] = [];
  const dists: number[] = [];
  const scores: number[] = [];
  const total = candidates ? candidates.length : s.n;
  for (let i = 0; i < total; i++) {
    const c = candidates ? candidates[i]! : i;
    if (!s.alive[c]) continue;
    if (kindWant >= 0 && s.kind[c] !== kindWant) continue;
    if (modeMask && !((1 << s.mode[c]!) & modeMask)) continue;
    if (q.policies && !((1 << s.policy[c]!) & q.policies)) continue;
    let ok = true;
    for (const m of masks) {
      if (!(m.arr[c]! & m.mask)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (q.free && s.cost[c]! > 1) continue;
    if (q.seats && !s.seats[c]) continue;
    if (q.source !== undefined && s.source[c] !== q.source) continue;
    if (q.therapyStart) {
      const d = s.therapyStart[c]!;
      if (d < q.therapyStart.from || d > q.therapyStart.to) continue;
    }
    const lat = s.lat[c]!;
    if (q.placed && (Number.isNaN(lat) || Number.isNaN(s.lon[c]!))) continue;
    let dist = Number.NaN;
    if (p) {
      if (!Number.isNaN(lat) && !Number.isNaN(s.lon[c]!)) {
        const sinLat = Math.sin(((lat - p.latitude) * RAD) / 2);
        const sinLon = Math.sin(((s.lon[c]! - p.longitude) * RAD) / 2);
        const h = sinLat * sinLat + cosLat0 * Math.cos(lat * RAD) * sinLon * sinLon;
        dist = 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
      }
      const within = !Number.isNaN(dist) && dist <= radius;
      if (!within && !(p.withOnline && s.mode[c] === 1)) continue;
    }
    if (q.soon) {
      if (!(s.nextStart[c]! < q.soon.to)) continue;
      let found = false;
      for (let o = s.occFrom[c]!, end = s.occTo[c]!; o < end; o++) {
        if (occE[o]! > q.soon.from && occS[o]! < q.soon.to) {
          found = true;
          break;
        }
      }
      if (!found) continue;
    }
    if (dt) {
      let found = false;
      const { starts, offsets } = dt.zone;
      for (let o = s.occFrom[c]!, end = s.occTo[c]!; o < end; o++) {
        const start = occS[o]!;
        if (start < dt.from) continue;
        if (start >= dt.to) break;
        let z = offsets.length - 1;
        while (starts[z]! > start) z--;
        const local = start + offsets[z]!;
        const day = Math.floor(local / 1440);
        if (dt.table[((day + 4) % 7) * 1440 + (local - day * 1440)]) {
          found = true;
          break;
        }
      }
      if (!found) continue;
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
    slots.push(c);
    dists.push(dist);
    scores.push(score);
  }
  return { total: slots.length, rows: order(s, q, slots, dists, scores, nowMin) };
}

/** The first `offset + count` matches in the sort order; returns the last `count` of them. */
function order(
  s: SearchStore,
  q: MatchQuery,
  slots: number[],
  dists: number[],
  scores: number[],
  nowMin: number,
): Match[] {
  const n = slots.length;
  const want = Math.min(n, q.offset + q.count);
  if (want <= q.offset) return [];
  const base = Math.floor(nowMin) - 2 * 1440;
  const SPAN = 2 ** 22;
  const keys = new Float64Array(n);
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
