import { offsetAt, transitionsBetween } from '../../shared/schedule/zone.js';
import { TIMES_OF_DAY, type TimeOfDay } from './filters.js';
import { resized, setBit, wordsFor } from './search-bits.js';
import type { SearchStore } from './search-store.js';

/**
 * When listings meet, as bitsets for the search read-model (ADR 14): a day and time of day in
 * the viewer's zone, and "happening soon".
 */

/** How far ahead day and time filters look for every meeting (as week slots did, ADR 6). */
export const DAY_TIME_WEEKS = 5;
/**
 * Past those weeks, a listing's next few meetings still count, up to a year ahead (issue 13):
 * a cohort that starts in five months is found by "Wednesday evening" too. The database keeps at
 * least this many per schedule (NEXT_MEETINGS in commands.ts).
 */
const LATER_MEETINGS = 5;
const LATER_DAYS = 366;

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

/** A zone's UTC offset (minutes) from minute `starts[i]` until the next start. */
export type ZoneOffsets = { starts: number[]; offsets: number[] };

/** The offsets of `tz` from minute `from` to minute `to`, as constant runs. */
export function zoneOffsets(tz: string, from: number, to: number): ZoneOffsets {
  const starts = [Number.NEGATIVE_INFINITY];
  const offsets = [offsetAt(tz, from * 60_000)];
  const year = (minute: number) => new Date(minute * 60_000).getUTCFullYear();
  for (const t of transitionsBetween(tz, year(from), year(to))) {
    const at = t.at / 60_000;
    if (at <= from || at >= to) continue;
    starts.push(at);
    offsets.push(t.to);
  }
  return { starts, offsets };
}

export type DayTimeAsk = { days: number[]; times: TimeOfDay[]; tz: string };

/**
 * The listings with a meeting at a day and time the filter accepts, in the next five weeks or
 * among their next five meetings within a year (a cohort that starts later), each
 * meeting judged by the viewer's clock at its own instant (so a daylight-saving change inside
 * the window is right), as a bitset. Judging every listing's meetings takes tens of
 * milliseconds at a million listings, so the answer is kept per filter and zone for the hour:
 * the window runs from the start of the current hour, and listings added since (a changed
 * listing takes a new slot) are judged when next asked. Cached on the store, so a rebuild
 * starts afresh.
 */
export function dayTimeBits(store: SearchStore, ask: DayTimeAsk, minute: number): Uint32Array {
  const hour = Math.floor(minute / 60);
  const key = `${ask.tz}|${ask.days.join(',')}|${ask.times.join(',')}`;
  let entry = store.dayTimeCache.get(key);
  if (!entry || entry.hour !== hour) {
    entry = { hour, upTo: 0, bits: new Uint32Array(wordsFor(store.n)) };
    store.dayTimeCache.set(key, entry);
  }
  if (entry.upTo === store.n) return entry.bits;
  if (entry.bits.length < wordsFor(store.n)) entry.bits = resized(entry.bits, wordsFor(store.n));
  const from = hour * 60;
  const to = from + DAY_TIME_WEEKS * 7 * 1440;
  const last = from + LATER_DAYS * 1440;
  const zone = zoneOffsets(ask.tz, from, last);
  const table = dayTimeTable(ask.days, ask.times);
  const { alive, occFrom, occTo } = store;
  const starts = store.occStart.a;
  const zoneStarts = zone.starts;
  const offsets = zone.offsets;
  const bits = entry.bits;
  for (let slot = entry.upTo; slot < store.n; slot++) {
    if (alive[slot] === 0) continue;
    let judged = 0;
    for (let o = occFrom[slot]!, end = occTo[slot]!; o < end; o++) {
      const start = starts[o]!;
      if (start < from) continue;
      if ((start >= to && judged >= LATER_MEETINGS) || start >= last) break;
      judged++;
      let z = offsets.length - 1;
      while (zoneStarts[z]! > start) z--;
      const local = start + offsets[z]!;
      const day = Math.floor(local / 1440);
      // 1 January 1970 was a Thursday (weekday 4).
      if (table[((day + 4) % 7) * 1440 + (local - day * 1440)] === 1) {
        setBit(bits, slot);
        break;
      }
    }
  }
  entry.upTo = store.n;
  return bits;
}

/**
 * The listings meeting now or starting within the next two hours (`from` to `to`, minutes), as
 * a bitset: the stretch of the soonest-first order before `to`, each checked against its
 * occurrences (its next meeting was set at the last advance, up to half a minute ago, and may
 * have ended since). Kept for the minute, on the store.
 */
export function soonBits(store: SearchStore, from: number, to: number): Uint32Array {
  const minute = Math.floor(from);
  const cached = store.soonCache;
  if (cached && cached.minute === minute && cached.n === store.n) return cached.bits;
  const bits = new Uint32Array(wordsFor(store.n));
  const { alive, nextStart, nextEnd, occFrom, occTo } = store;
  const starts = store.occStart.a;
  const ends = store.occEnd.a;
  const order = store.order.nextOrder();
  for (let i = 0; i < order.length; i++) {
    const slot = order[i]!;
    if (nextStart[slot]! >= to) break;
    if (alive[slot] === 0) continue;
    if (nextEnd[slot]! > from) {
      setBit(bits, slot);
      continue;
    }
    for (let o = occFrom[slot]!, end = occTo[slot]!; o < end; o++) {
      if (ends[o]! > from && starts[o]! < to) {
        setBit(bits, slot);
        break;
      }
    }
  }
  store.soonCache = { minute, n: store.n, bits };
  return bits;
}
