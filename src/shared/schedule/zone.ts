import { IANAZone } from 'luxon';

// Offsets come from luxon (which reads the runtime's tz database through Intl). Asking luxon
// for an offset costs several microseconds, so each zone-year is scanned once for its
// transitions and later look-ups are a binary search in plain arrays. Sampling is weekly, so
// two transitions less than a week apart that cancel out would be missed; no real zone has
// had those in the years this app deals with.

const MINUTE = 60_000;
const WEEK = 7 * 86_400_000;

export type Transition = { at: number; from: number; to: number };

type YearTable = { initial: number; transitions: Transition[] };

const tables = new Map<string, Map<number, YearTable>>();
/** Zone names already checked: checking builds an Intl formatter (tens of microseconds). */
const checked = new Map<string, boolean>();

export function isValidZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  let valid = checked.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    // Bounded: the names come from query strings.
    if (checked.size < 10_000) checked.set(zone, valid);
  }
  return valid;
}

function buildYear(zone: IANAZone, year: number): YearTable {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const initial = zone.offset(start);
  const transitions: Transition[] = [];
  let prevAt = start;
  let prevOffset = initial;
  for (let at = Math.min(start + WEEK, end); prevAt < end; at = Math.min(at + WEEK, end)) {
    const offset = zone.offset(at);
    if (offset !== prevOffset) {
      // Transitions fall on whole minutes, so bisect over minutes.
      let lo = prevAt / MINUTE;
      let hi = at / MINUTE;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zone.offset(mid * MINUTE) === prevOffset) lo = mid;
        else hi = mid;
      }
      const to = zone.offset(hi * MINUTE);
      transitions.push({ at: hi * MINUTE, from: prevOffset, to });
      if (to !== offset) transitions.push({ at, from: to, to: offset });
    }
    prevAt = at;
    prevOffset = offset;
  }
  return { initial, transitions };
}

function yearTable(zone: string, year: number): YearTable {
  let years = tables.get(zone);
  if (!years) {
    if (!isValidZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
    years = new Map();
    tables.set(zone, years);
  }
  let table = years.get(year);
  if (!table) {
    table = buildYear(IANAZone.create(zone), year);
    years.set(year, table);
  }
  return table;
}

/** UTC offset in minutes of `zone` at instant `ms`. */
export function offsetAt(zone: string, ms: number): number {
  const { initial, transitions } = yearTable(zone, new Date(ms).getUTCFullYear());
  let offset = initial;
  for (const t of transitions) {
    if (t.at > ms) break;
    offset = t.to;
  }
  return offset;
}

/** Every offset change in `zone` during the given UTC years (inclusive). */
export function transitionsBetween(zone: string, fromYear: number, toYear: number): Transition[] {
  const out: Transition[] = [];
  for (let y = fromYear; y <= toYear; y++) out.push(...yearTable(zone, y).transitions);
  return out;
}

/**
 * The instant at which wall-clock time `wallMs` (a local date-time written as if it were UTC)
 * happens in `zone`, following RFC 5545 section 3.3.5: a time that occurs twice (clocks go
 * back) means the first one, and a time skipped by clocks going forward is read with the
 * offset in force before the gap, so 02:30 on a spring-forward night becomes 03:30. That is
 * also what luxon does for gaps.
 */
export function wallToInstant(zone: string, wallMs: number): number {
  // Offsets never exceed ±14 h, so the offsets a day either side bracket every candidate.
  const before = offsetAt(zone, wallMs - 86_400_000);
  const after = offsetAt(zone, wallMs + 86_400_000);
  const early = wallMs - before * MINUTE;
  const late = wallMs - after * MINUTE;
  const earlyOk = offsetAt(zone, early) === before;
  const lateOk = offsetAt(zone, late) === after;
  if (earlyOk && lateOk) return Math.min(early, late);
  if (lateOk) return late;
  return early;
}

/** The local wall-clock time of instant `ms`, written as if it were UTC. */
export function instantToWall(zone: string, ms: number): number {
  return ms + offsetAt(zone, ms) * MINUTE;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * ISO 8601 with the zone's offset at that instant, e.g. 2027-01-05T18:30:00.000-05:00, as
 * luxon's toISO writes it (`Z` only for the zone named UTC), without building a DateTime.
 */
export function isoInZone(date: Date, zone: string): string {
  const ms = date.getTime();
  const offset = offsetAt(zone, ms);
  const local = new Date(ms + offset * MINUTE).toISOString().slice(0, 23);
  if (zone === 'UTC') return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
