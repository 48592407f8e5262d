import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { clearBit, resized, setBit, wordsFor } from './search-bits.js';
import { GeoList, IntList, Lru, listFor } from './search-lists.js';
import type { TermBits } from './search-text.js';
import {
  ACCESS_FEATURES,
  AUDIENCES,
  GROUP_KINDS,
  LANGUAGES,
  MODES,
  TECHNIQUES,
  TOPICS,
} from './taxonomy.js';

/**
 * The directory's search read-model (ADR 14, ADR 16): every published listing that is not
 * ended, held in column arrays indexed by a slot number, with a bitset per facet code, posting
 * lists (sorted slot numbers) for the lexemes of its stored tsvector, a grid of places, its
 * upcoming occurrences and the soonest-first order. PostgreSQL stays the source of truth: this
 * is rebuilt from it at start and kept current from the `directory_changes` log (see
 * search-index.ts). A changed listing gets a new slot at the end, and its old slot is marked
 * dead, so every posting list stays sorted by only ever appending.
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

/** Grid cells of a quarter degree for radius searches. */
export const CELL_DEGREES = 0.25;
export const cellKey = (latCell: number, lonCell: number) => latCell * 4096 + lonCell;
export const NO_DATE = -2147483648;
const DAY_MS = 86_400_000;

type GroupRow = {
  id: string;
  name: string;
  kind: string;
  mode: string;
  status: string;
  policy: string;
  cost_kind: string;
  has_seats: boolean | null;
  therapy_start_date: string | null;
  source_name: string | null;
  latitude: number | null;
  longitude: number | null;
  topics: string[];
  audiences: string[];
  languages: string[];
  accessibility: string[];
  techniques: string[];
  /** The stored tsvector's text form: `'lexeme':1A,4C 'other':2B`. */
  words: string;
};
type OccurrenceRow = { group_id: string; s: number; e: number; tz?: string };

const GROUP_COLUMNS = sql`g.id::text AS id, g.name, g.kind, g.mode, g.status, g.policy,
  g.cost_kind, g.has_seats, g.therapy_start_date::text AS therapy_start_date, g.source_name,
  g.latitude, g.longitude, g.topics, g.audiences, g.languages, g.accessibility, g.techniques,
  g.search::text AS words`;
/** What a results row shows besides the above, when rows are held in memory too. */
const DISPLAY_COLUMNS = sql`, g.slug, g.summary, g.venue, g.city, g.region, g.country,
  g.location_approximate, g.cost_amount_cents, g.cost_min_amount_cents, g.cost_currency,
  g.insurance, g.capacity, g.seats_taken, g.therapy_sessions`;
// Minutes since the epoch: every schedule starts on a whole minute.
const OCCURRENCE_COLUMNS = sql`o.group_id::text AS group_id,
  floor(extract(epoch FROM o.starts_at) / 60)::int AS s,
  ceil(extract(epoch FROM o.ends_at) / 60)::int AS e`;
// With rows in memory, each occurrence's zone too (joining schedules costs ten times the read of
// the occurrences alone, so without rows in memory the zone is read with the page instead).
const OCCURRENCE_ZONE = sql`, (SELECT s.timezone FROM group_schedules s WHERE s.id = o.schedule_id) AS tz`;

const LOAD_BATCH = 20_000;

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

  /**
   * The lexemes of a tsvector's text form, each with the best weight among its positions
   * (A = 3 ... D = 0, also when it has no positions). Each lexeme appears once per tsvector.
   */
  private addTerms(text: string, slot: number) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (text.charCodeAt(i) !== 39) {
        i++;
        continue;
      }
      // A quoted lexeme: '' stands for a quote, a backslash escapes the next character.
      let lexeme = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf("'", j);
        if (q < 0) return;
        if (text.charCodeAt(q + 1) === 39) {
          lexeme += text.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        lexeme += text.slice(j, q);
        i = q + 1;
        break;
      }
      if (lexeme.includes('\\')) lexeme = lexeme.replace(/\\(.)/g, '$1');
      let weight = 0;
      if (text.charCodeAt(i) === 58) {
        for (i++; i < n; i++) {
          const ch = text.charCodeAt(i);
          if (ch === 32) break;
          if (ch === 65) weight = 3;
          else if (ch === 66 && weight < 2) weight = 2;
          else if (ch === 67 && weight < 1) weight = 1;
        }
      }
      listFor(this.terms, lexeme, 4).push(slot * 4 + weight);
    }
  }

  private add(r: GroupRow) {
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
    this.addTerms(r.words ?? '', slot);
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

  private addOccurrences(rows: OccurrenceRow[]) {
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
  private remove(id: string) {
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

  /** Read these listings (all of them when `ids` is undefined) from the database. */
  async read(db: Db, ids?: string[], now: Date = new Date()) {
    const since = new Date(now.getTime() - DAY_MS).toISOString();
    const display = this.rowsInMemory ? DISPLAY_COLUMNS : sql``;
    const zone = this.rowsInMemory ? OCCURRENCE_ZONE : sql``;
    if (ids) {
      for (const id of ids) this.remove(id);
      for (let i = 0; i < ids.length; i += LOAD_BATCH) {
        const batch = ids.slice(i, i + LOAD_BATCH);
        const list = sql.join(
          batch.map((id) => sql`${id}::uuid`),
          sql`, `,
        );
        const rows = await queryRows<GroupRow>(
          db,
          sql`SELECT ${GROUP_COLUMNS} ${display} FROM groups g
              WHERE g.id IN (${list}) AND g.status <> 'ended' AND g.published ORDER BY g.id`,
        );
        for (const r of rows) this.add(r);
        if (rows.length === 0) continue;
        this.addOccurrences(
          await queryRows<OccurrenceRow>(
            db,
            sql`SELECT ${OCCURRENCE_COLUMNS} ${zone} FROM group_occurrences o
                WHERE o.group_id IN (${list}) AND o.ends_at > ${since}::timestamptz
                ORDER BY o.group_id, o.starts_at`,
          ),
        );
      }
      return;
    }
    // Everything, in batches by id: bounded memory per statement, the occurrences of a batch
    // read through (group_id, starts_at), and the next batch asked for while this one is parsed.
    const groupsAfter = (after: string) =>
      queryRows<GroupRow>(
        db,
        sql`SELECT ${GROUP_COLUMNS} ${display} FROM groups g
            WHERE g.id > ${after}::uuid AND g.status <> 'ended' AND g.published ORDER BY g.id LIMIT ${LOAD_BATCH}`,
      );
    let after = '00000000-0000-0000-0000-000000000000';
    let pending = groupsAfter(after);
    for (;;) {
      const rows = await pending;
      if (rows.length === 0) break;
      const last = rows[rows.length - 1]!.id;
      const occurrences = queryRows<OccurrenceRow>(
        db,
        sql`SELECT ${OCCURRENCE_COLUMNS} ${zone} FROM group_occurrences o
            WHERE o.group_id > ${after}::uuid AND o.group_id <= ${last}::uuid
              AND o.ends_at > ${since}::timestamptz
            ORDER BY o.group_id, o.starts_at`,
      );
      pending = rows.length < LOAD_BATCH ? Promise.resolve([]) : groupsAfter(last);
      for (const r of rows) this.add(r);
      this.addOccurrences(await occurrences);
      after = last;
    }
    this.trim();
  }

  /**
   * Read again the meetings of these live listings, whose rows did not change (the refresher
   * added meetings as the window moved): each one's run is written anew at the end of the
   * occurrence lists, so the listing keeps its slot; the old runs are garbage until compacted.
   */
  async rereadMeetings(db: Db, ids: string[], now: Date = new Date()) {
    const since = new Date(now.getTime() - DAY_MS).toISOString();
    const zone = this.rowsInMemory ? OCCURRENCE_ZONE : sql``;
    for (let i = 0; i < ids.length; i += LOAD_BATCH) {
      const batch = ids.slice(i, i + LOAD_BATCH).filter((id) => this.slotById.has(id));
      if (batch.length === 0) continue;
      const rows = await queryRows<OccurrenceRow>(
        db,
        sql`SELECT ${OCCURRENCE_COLUMNS} ${zone} FROM group_occurrences o
            WHERE o.group_id IN (${sql.join(
              batch.map((id) => sql`${id}::uuid`),
              sql`, `,
            )}) AND o.ends_at > ${since}::timestamptz
            ORDER BY o.group_id, o.starts_at`,
      );
      // Synchronous from here: a search never sees a listing between its old and new runs.
      const slots: number[] = [];
      for (const id of batch) {
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
      this.reorder(slots);
      // Day, time and "soon" answers were worked out from the old runs.
      this.dayTimeCache = new Lru(64);
      this.soonCache = undefined;
    }
    if (this.occGarbage > this.occStart.n / 2) this.compactOccurrences();
  }

  /** Runs left behind by rereadMeetings, in entries of the occurrence lists. */
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
  private trim() {
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
    if (all) this.byNext = undefined;
    else this.reorder(moved);
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
    this.reorder(added);
  }

  private byNext: Int32Array | undefined;
  /** Each live slot's index in the soonest-first order (valid once `nextOrder()` has run). */
  private orderPos = new Int32Array(0);

  /** Soonest next meeting first, then by name, then by id: the order of every result list. */
  readonly before = (a: number, b: number): number => {
    const d = this.nextStart[a]! - this.nextStart[b]!;
    if (d < 0) return -1;
    if (d > 0) return 1;
    // Equal, or both without a meeting to come (Infinity - Infinity is NaN).
    const x = this.names[a]!;
    const y = this.names[b]!;
    if (x !== y) return x < y ? -1 : 1;
    return this.ids[a]! < this.ids[b]! ? -1 : this.ids[a]! > this.ids[b]! ? 1 : 0;
  };

  /**
   * Live slots (and some dead ones: readers skip them) in `before` order. Sorted once;
   * afterwards the few slots whose next meeting moved on, or that were just added, are merged
   * back in (reorder), so time passing never re-sorts a million listings. "Next meeting" walks
   * it, "soon" reads the stretch before two hours from now, and `positions()` turns it into
   * one number per slot that orders ties without comparing names again.
   */
  nextOrder(): Int32Array {
    if (this.byNext) return this.byNext;
    const SLOT = 2 ** 22;
    let order: Int32Array;
    if (this.n >= SLOT) {
      order = Int32Array.from({ length: this.n }, (_, i) => i).filter((i) => this.alive[i]);
      order.sort(this.before);
    } else {
      // One native sort of packed numbers (next meeting in minutes from a base, then the slot),
      // then each run of equal next meetings sorted by name: far fewer string comparisons.
      const base = Math.floor(Number.isFinite(this.advancedTo) ? this.advancedTo : 0) - 1440;
      const keys = new Float64Array(this.n - this.dead);
      let k = 0;
      for (let slot = 0; slot < this.n; slot++) {
        if (!this.alive[slot]) continue;
        const next = this.nextStart[slot]!;
        const rel = Number.isFinite(next) ? Math.min(SLOT - 1, Math.max(0, next - base)) : SLOT - 1;
        keys[k++] = rel * SLOT + slot;
      }
      const live = keys.subarray(0, k).sort();
      order = new Int32Array(k);
      for (let i = 0; i < k; i++) order[i] = live[i]! % SLOT;
      for (let from = 0; from < k; ) {
        let to = from + 1;
        const next = this.nextStart[order[from]!];
        while (to < k && this.nextStart[order[to]!] === next) to++;
        if (to - from > 1) order.subarray(from, to).sort(this.before);
        from = to;
      }
    }
    this.setOrder(order);
    return order;
  }

  private kindOrders: Int32Array[] = [];
  private kindOrdersOf: Int32Array | undefined;

  /**
   * The soonest-first order of one kind's listings: walking it for a therapy search skips the
   * support groups meeting sooner (therapy cohorts often start weeks ahead). Cut from the whole
   * order when it has changed.
   */
  kindOrder(kind: number): Int32Array {
    const order = this.nextOrder();
    if (this.kindOrdersOf !== order) {
      this.kindOrders = [];
      this.kindOrdersOf = order;
    }
    let cut = this.kindOrders[kind];
    if (!cut) {
      let n = 0;
      for (let i = 0; i < order.length; i++) if (this.kind[order[i]!] === kind) n++;
      cut = new Int32Array(n);
      n = 0;
      for (let i = 0; i < order.length; i++)
        if (this.kind[order[i]!] === kind) cut[n++] = order[i]!;
      this.kindOrders[kind] = cut;
    }
    return cut;
  }

  /** Each live slot's index in the soonest-first order, ties by name then id. */
  positions(): Int32Array {
    this.nextOrder();
    return this.orderPos;
  }

  private setOrder(order: Int32Array) {
    this.byNext = order;
    if (this.orderPos.length < this.cap) this.orderPos = new Int32Array(this.cap);
    for (let i = 0; i < order.length; i++) this.orderPos[order[i]!] = i;
  }

  /** Merge `moved` slots back into the order at their (new) next meetings, dropping dead ones. */
  private reorder(moved: number[]) {
    const old = this.byNext;
    if (!old || moved.length === 0) return;
    if (moved.length > this.n / 8) {
      this.byNext = undefined;
      return;
    }
    moved.sort(this.before);
    const skip = new Uint8Array(this.n);
    for (const slot of moved) skip[slot] = 1;
    const out = new Int32Array(old.length + moved.length);
    let k = 0;
    let j = 0;
    for (let i = 0; i < old.length; i++) {
      const slot = old[i]!;
      if (!this.alive[slot] || skip[slot]) continue;
      while (j < moved.length && this.before(moved[j]!, slot) < 0) out[k++] = moved[j++]!;
      out[k++] = slot;
    }
    while (j < moved.length) out[k++] = moved[j++]!;
    this.setOrder(out.subarray(0, k));
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
