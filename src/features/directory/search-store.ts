import {
  ACCESS_FEATURES,
  AUDIENCES,
  GROUP_KINDS,
  LANGUAGES,
  MODES,
  TECHNIQUES,
  TOPICS,
} from '../../shared/taxonomy/index.js';
import { clearBit, resized, setBit, wordsFor } from './search-bits.js';
import { GeoList, IntList, Lru, listFor } from './search-lists.js';
import type { GroupRow, OccurrenceRow } from './search-load.js';
import { SoonestOrder } from './search-order.js';
import { CELL_DEGREES, cellKey } from './search-places.js';
import type { TermBits } from './search-text.js';
import { postLexemes } from './tsvector.js';

/**
 * The directory's search read-model (ADR 14, ADR 16): every published listing that is not
 * ended, held in column arrays indexed by a slot number, with a bitset per facet code, posting
 * lists (sorted slot numbers) for the lexemes of its stored tsvector, a grid of places, its
 * upcoming occurrences and the soonest-first order (search-order.ts). PostgreSQL stays the
 * source of truth: this is filled from it at start (search-load.ts) and kept current from the
 * `directory_changes` log (search-index.ts). A changed listing gets a new slot at the end, and
 * its old slot is marked dead, so every posting list stays sorted by only ever appending.
 */

export const KIND_CODES = GROUP_KINDS;
export const MODE_CODES = MODES;
export const FACETS = {
  topics: Object.keys(TOPICS),
  audiences: Object.keys(AUDIENCES),
  languages: Object.keys(LANGUAGES),
  access: Object.keys(ACCESS_FEATURES),
  techniques: Object.keys(TECHNIQUES),
} as const;
export type Facet = keyof typeof FACETS;
/** Each facet's known codes: a code outside the vocabulary gets no bitset. */
const KNOWN: Record<Facet, Set<string>> = Object.fromEntries(
  Object.entries(FACETS).map(([f, codes]) => [f, new Set(codes)]),
) as Record<Facet, Set<string>>;

export const NO_DATE = -2147483648;
const DAY_MS = 86_400_000;

export class SearchStore {
  /**
   * `rowsInMemory`: also hold what a results row shows (one object per listing), so a page needs
   * no query. Chosen with PGlite, whose one connection every query waits for (ADR 14, 17).
   */
  constructor(readonly rowsInMemory = false) {}
  /** The listing's row per slot, when rows are held in memory. */
  rows: (Record<string, unknown> | undefined)[] = [];
  /** Per occurrence, its schedule's zone (an index into `zones`), when rows are in memory. */
  occTz = new IntList(1024);
  zones: string[] = [];
  private zoneIds = new Map<string, number>();
  /** Slots in use (live and dead). */
  n = 0;
  dead = 0;
  private cap = 0;
  alive = new Uint8Array(0);
  /** Slots of listings that are not meeting for now (temporarily closed). */
  private closedSlots = new Set<number>();
  /** The live slots as a bitset (search-bits.ts). */
  aliveBits = new Uint32Array(0);
  kind = new Uint8Array(0);
  mode = new Uint8Array(0);
  therapyStart = new Int32Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  /** This slot's occurrences are occStart/occEnd[occFrom[i] .. occTo[i]), by start. */
  occFrom = new Int32Array(0);
  occTo = new Int32Array(0);
  /** The next meeting (first occurrence not ended at `advancedTo`), minutes; Infinity if none. */
  nextStart = new Float64Array(0);
  nextEnd = new Float64Array(0);
  ids: string[] = [];
  names: string[] = [];
  slotById = new Map<string, number>();

  occStart = new IntList(1024);
  occEnd = new IntList(1024);
  sources: string[] = [];
  private sourceIds = new Map<string, number>();

  /** Lexeme -> slot * 4 + weight class, sorted by slot. */
  terms = new Map<string, IntList>();
  /**
   * 'topics:grief', 'mode:online', 'kind:therapy', 'policy:drop_in', 'free', 'seats',
   * 'source:3', 'placed' -> the live slots that have it, as a bitset (a slot's bits are cleared
   * when it dies).
   */
  bitsets = new Map<string, Uint32Array>();
  cells = new Map<number, IntList>();
  /** Beside each cell's slots, their places' sines and cosines (GeoList), read in step. */
  cellGeo = new Map<number, GeoList>();
  /** Day and time filters' answers for the hour, and "soon" for the minute (search-when.ts). */
  dayTimeCache = new Lru<string, { hour: number; upTo: number; bits: Uint32Array }>(64);
  soonCache: { minute: number; n: number; bits: Uint32Array } | undefined;
  /**
   * Results rows read by primary key lately (when rows are not all in memory), per slot, each
   * with the next meeting the index had for it then: when that moves on, the row is read again.
   * A changed listing takes a new slot, so its old row is never found again.
   */
  rowCache = new Lru<number, { row: Record<string, unknown>; next: number }>(20_000);
  /** The most asked lexemes' listings as bitsets (search-text.ts). */
  termCache = new Lru<string, TermBits>(64);
  /** The minute the next meetings were last moved on to. */
  advancedTo = Number.NEGATIVE_INFINITY;
  /** Every live listing soonest first, kept as next meetings move on (search-order.ts). */
  readonly order = new SoonestOrder(this);

  private grow(need: number) {
    if (need <= this.cap) return;
    const cap = Math.max(1024, need, Math.ceil(this.cap * 1.5));
    const resize = <T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.alive = resize(this.alive);
    this.kind = resize(this.kind);
    this.mode = resize(this.mode);
    this.therapyStart = resize(this.therapyStart);
    this.lat = resize(this.lat);
    this.lon = resize(this.lon);
    this.occFrom = resize(this.occFrom);
    this.occTo = resize(this.occTo);
    this.nextStart = resize(this.nextStart);
    this.nextEnd = resize(this.nextEnd);
    const words = wordsFor(cap);
    this.aliveBits = resized(this.aliveBits, words);
    for (const [key, bits] of this.bitsets) this.bitsets.set(key, resized(bits, words));
    this.cap = cap;
  }

  private post(key: string, slot: number) {
    let bits = this.bitsets.get(key);
    if (!bits) {
      bits = new Uint32Array(wordsFor(this.cap));
      this.bitsets.set(key, bits);
    }
    setBit(bits, slot);
  }

  /** The live slots with this facet code (or 'free', 'seats'...). */
  bitsFor(key: string): Uint32Array | undefined {
    return this.bitsets.get(key);
  }

  /** A listing read from the database, in a new slot at the end. */
  add(r: GroupRow) {
    const slot = this.n++;
    this.grow(this.n);
    this.alive[slot] = 1;
    setBit(this.aliveBits, slot);
    this.ids[slot] = r.id;
    this.names[slot] = r.name;
    this.slotById.set(r.id, slot);
    if (r.status !== 'active') this.closedSlots.add(slot);
    this.kind[slot] = Math.max(0, KIND_CODES.indexOf(r.kind as never));
    this.mode[slot] = Math.max(0, MODE_CODES.indexOf(r.mode as never));
    this.therapyStart[slot] = r.therapy_start_date
      ? Math.floor(Date.parse(`${r.therapy_start_date}T00:00:00Z`) / DAY_MS)
      : NO_DATE;
    if (r.source_name) {
      let source = this.sourceIds.get(r.source_name);
      if (source === undefined) {
        source = this.sources.push(r.source_name) - 1;
        this.sourceIds.set(r.source_name, source);
      }
      this.post(`source:${source}`, slot);
    }
    const lat = r.latitude == null ? Number.NaN : Number(r.latitude);
    const lon = r.longitude == null ? Number.NaN : Number(r.longitude);
    this.lat[slot] = lat;
    this.lon[slot] = lon;
    if (!Number.isNaN(lat) && !Number.isNaN(lon)) {
      this.post('placed', slot);
      const key = cellKey(Math.floor(lat / CELL_DEGREES), Math.floor((lon + 180) / CELL_DEGREES));
      listFor(this.cells, key, 16).push(slot);
      let geo = this.cellGeo.get(key);
      if (!geo) {
        geo = new GeoList();
        this.cellGeo.set(key, geo);
      }
      geo.push(lat, lon);
    }
    this.post(`kind:${r.kind}`, slot);
    this.post(`mode:${r.mode}`, slot);
    this.post(`policy:${r.policy}`, slot);
    // `cost=free` includes donation-optional groups: no fee is asked (docs/directory-search.md).
    if (r.cost_kind === 'free' || r.cost_kind === 'donation') this.post('free', slot);
    if (r.has_seats) this.post('seats', slot);
    for (const [facet, codes] of [
      ['topics', r.topics],
      ['audiences', r.audiences],
      ['languages', r.languages],
      ['access', r.accessibility],
      ['techniques', r.techniques],
    ] as const) {
      for (const code of new Set(codes))
        if (KNOWN[facet].has(code)) this.post(`${facet}:${code}`, slot);
    }
    postLexemes(this.terms, r.words ?? '', slot);
    if (this.rowsInMemory) {
      r.words = '';
      this.rows[slot] = r;
    }
    this.occFrom[slot] = this.occStart.n;
    this.occTo[slot] = this.occStart.n;
    // Unknown until the next advance or settleNew (an end in the past makes advance look).
    this.nextStart[slot] = Number.NEGATIVE_INFINITY;
    this.nextEnd[slot] = Number.NEGATIVE_INFINITY;
  }

  /** Occurrences read for the listings just added (or re-read), ordered by group, then start. */
  addOccurrences(rows: OccurrenceRow[]) {
    // Rows come ordered by group, then start: each group's run is contiguous.
    let current = -1;
    for (const o of rows) {
      const slot = this.slotById.get(o.group_id);
      // A temporarily closed listing's dates are not happening (issue 13): it has no next
      // meeting, sorts after those that meet, and no day, time or "soon" filter finds it.
      if (slot === undefined || this.closedSlots.has(slot)) continue;
      if (slot !== current) {
        current = slot;
        this.occFrom[slot] = this.occStart.n;
      }
      this.occStart.push(o.s);
      this.occEnd.push(o.e);
      if (o.tz !== undefined) {
        let zone = this.zoneIds.get(o.tz);
        if (zone === undefined) {
          zone = this.zones.push(o.tz) - 1;
          this.zoneIds.set(o.tz, zone);
        }
        this.occTz.push(zone);
      }
      this.occTo[slot] = this.occStart.n;
    }
  }

  /** Mark a listing's slot dead (it changed, ended or was removed). */
  remove(id: string) {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.slotById.delete(id);
    this.alive[slot] = 0;
    clearBit(this.aliveBits, slot);
    // Facet bitsets hold live slots only, so a search with any facet needs no AND with the live.
    for (const bits of this.bitsets.values()) clearBit(bits, slot);
    this.rows[slot] = undefined;
    this.dead++;
  }

  /**
   * New runs for these live listings' meetings, whose rows did not change (the refresher added
   * meetings as the window moved): each run is written anew at the end of the occurrence lists,
   * so the listing keeps its slot; the old runs are garbage until compacted.
   */
  replaceMeetings(ids: string[], rows: OccurrenceRow[], now: Date) {
    // Synchronous: a search never sees a listing between its old and new runs.
    const slots: number[] = [];
    for (const id of ids) {
      const slot = this.slotById.get(id);
      if (slot === undefined) continue;
      this.occGarbage += this.occTo[slot]! - this.occFrom[slot]!;
      this.occFrom[slot] = this.occStart.n;
      this.occTo[slot] = this.occStart.n;
      slots.push(slot);
    }
    this.addOccurrences(rows);
    const minute = Number.isFinite(this.advancedTo) ? this.advancedTo : now.getTime() / 60_000;
    for (const slot of slots) this.setNext(slot, minute);
    this.order.reorder(slots);
    // Day, time and "soon" answers were worked out from the old runs.
    this.dayTimeCache = new Lru(64);
    this.soonCache = undefined;
  }

  /** Compact the occurrence lists once more than half of them is garbage. */
  compactIfWasteful() {
    if (this.occGarbage > this.occStart.n / 2) this.compactOccurrences();
  }

  /** Runs left behind by replaceMeetings, in entries of the occurrence lists. */
  private occGarbage = 0;

  /** Copy every live slot's run into fresh lists, dropping the garbage (and dead slots' runs). */
  private compactOccurrences() {
    const start = new IntList(Math.max(1024, this.occStart.n - this.occGarbage));
    const end = new IntList(start.a.length);
    const tz = new IntList(this.rowsInMemory ? start.a.length : 1);
    for (let slot = 0; slot < this.n; slot++) {
      const from = this.occFrom[slot]!;
      const to = this.occTo[slot]!;
      this.occFrom[slot] = start.n;
      if (this.alive[slot]) {
        for (let o = from; o < to; o++) {
          start.push(this.occStart.a[o]!);
          end.push(this.occEnd.a[o]!);
          if (this.rowsInMemory) tz.push(this.occTz.a[o]!);
        }
      }
      this.occTo[slot] = start.n;
    }
    this.occStart = start;
    this.occEnd = end;
    this.occTz = tz;
    this.occGarbage = 0;
  }

  /** Give back the spare capacity of the lists after a full build. */
  trim() {
    const shrink = (l: IntList) => {
      l.a = l.a.slice(0, Math.max(l.n, 1));
    };
    for (const l of this.terms.values()) shrink(l);
    for (const l of this.cells.values()) shrink(l);
    for (const g of this.cellGeo.values()) g.a = g.a.slice(0, Math.max(g.n, 4));
    shrink(this.occStart);
    shrink(this.occEnd);
    if (this.rowsInMemory) shrink(this.occTz);
  }

  /** The first occurrence of `slot` that has not ended at `minute`, as an index, or -1. */
  nextOccurrence(slot: number, minute: number): number {
    const ends = this.occEnd.a;
    for (let o = this.occFrom[slot]!, to = this.occTo[slot]!; o < to; o++) {
      if (ends[o]! > minute) return o;
    }
    return -1;
  }

  private setNext(slot: number, minute: number) {
    const o = this.nextOccurrence(slot, minute);
    this.nextStart[slot] = o < 0 ? Number.POSITIVE_INFINITY : this.occStart.a[o]!;
    this.nextEnd[slot] = o < 0 ? Number.POSITIVE_INFINITY : this.occEnd.a[o]!;
  }

  /**
   * Move the next meetings on to `minute`: only those that ended since the last move, or all of
   * them when time went backwards (tests ask for other times).
   */
  advance(minute: number) {
    const all = minute < this.advancedTo;
    const ends = this.nextEnd;
    const moved: number[] = [];
    for (let slot = 0; slot < this.n; slot++) {
      if (this.alive[slot] && (all || ends[slot]! <= minute)) {
        this.setNext(slot, minute);
        moved.push(slot);
      }
    }
    this.advancedTo = minute;
    if (all) this.order.forget();
    else this.order.reorder(moved);
  }

  /** Set the next meetings of slots from `from` on (just added) as of the last advance. */
  settleNew(from: number) {
    const minute = Number.isFinite(this.advancedTo) ? this.advancedTo : Date.now() / 60_000;
    const added: number[] = [];
    for (let slot = from; slot < this.n; slot++) {
      if (!this.alive[slot]) continue;
      this.setNext(slot, minute);
      added.push(slot);
    }
    this.order.reorder(added);
  }

  /** Rough bytes held by the arrays (strings and maps not counted). */
  arrayBytes(): number {
    let bytes = this.cap * (3 * 1 + 3 * 4 + 4 * 8) + this.occStart.a.byteLength * 2;
    for (const l of this.terms.values()) bytes += l.a.byteLength;
    for (const b of this.bitsets.values()) bytes += b.byteLength;
    for (const l of this.cells.values()) bytes += l.a.byteLength;
    for (const g of this.cellGeo.values()) bytes += g.a.byteLength;
    return bytes;
  }
}
