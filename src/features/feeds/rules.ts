import type { FeedRunWarning } from '../../db/schema/index.js';
import type { PublishedContact, RenamedColumn } from './report.js';
import { KNOWN_COLUMNS } from './schema-check.js';

/*
 * Our own rules over the raw records, beyond the schema: a column renamed by a website's
 * update (the feed stays valid JSON, every meeting silently loses its time), and volunteers'
 * contact details that the feed publishes to anyone who opens it.
 */

/** The columns whose loss matters, with the names they are most often given instead. */
const WATCHED: Record<string, string[]> = {
  name: ['title', 'meeting_name', 'meeting'],
  slug: ['id', 'meeting_id', 'key', 'uid'],
  day: ['weekday', 'day_of_week', 'days', 'dow'],
  time: ['start_time', 'starttime', 'start', 'meeting_time', 'begins'],
  end_time: ['end', 'endtime', 'finish_time', 'ends'],
  timezone: ['time_zone', 'tz', 'zone'],
  types: ['type', 'codes', 'meeting_types', 'tags'],
  location: ['venue', 'location_name', 'building', 'place'],
  address: ['street', 'address1', 'street_address', 'address_1'],
  city: ['town', 'locality', 'municipality'],
  state: ['province', 'state_code'],
  postal_code: ['zip', 'zipcode', 'zip_code', 'postcode', 'postalcode'],
  latitude: ['lat'],
  longitude: ['lng', 'lon', 'long'],
  notes: ['description', 'meeting_notes', 'comments'],
  conference_url: ['zoom_url', 'online_url', 'meeting_url', 'video_url', 'zoom'],
};

/** The columns without which a meeting cannot be listed as it is: a rename refuses a run. */
export const ESSENTIAL_COLUMNS: ReadonlySet<string> = new Set(['name', 'slug', 'day', 'time']);

const squash = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Edit distance, for near-misses such as `tiem` or `postalcode`. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length]!;
}

function likeness(expected: string, found: string): number {
  if (WATCHED[expected]?.includes(found.toLowerCase())) return 3;
  const [e, f] = [squash(expected), squash(found)];
  if (e.length >= 3 && (f.includes(e) || e.includes(f)) && f.length >= 3) return 2;
  return distance(e, f) <= Math.max(1, Math.floor(e.length / 4)) ? 1 : 0;
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/** At most this many unknown columns, the most frequent, are compared with each watched one. */
const MAX_CANDIDATES = 50;

/**
 * Columns that seem to have been renamed: `expected` is missing from (nearly) every record,
 * while an unknown column of a like name is in most of those records.
 *
 * Linear in the feed's size: the unknown columns are counted in one pass; a candidate is
 * scanned only if its name is like the expected one and it is frequent enough to pass, and
 * only the most frequent few are considered (a feed of 5,000 records each with its own key
 * must not cost 16 × 5,000 × 5,000 reads).
 */
export function renamedColumns(records: Record<string, unknown>[]): RenamedColumn[] {
  if (records.length === 0) return [];
  const unknownCounts = new Map<string, number>();
  for (const r of records) {
    for (const key of Object.keys(r)) {
      if (!KNOWN_COLUMNS.has(key) && present(r[key])) {
        unknownCounts.set(key, (unknownCounts.get(key) ?? 0) + 1);
      }
    }
  }
  if (unknownCounts.size === 0) return [];
  // A rename is in at least half of the 90% of records lacking the column: rarer keys never pass.
  const floor = records.length * 0.9 * 0.5;
  const candidates = [...unknownCounts]
    .filter(([, count]) => count >= floor)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES);
  if (candidates.length === 0) return [];
  const found: RenamedColumn[] = [];
  for (const expected of Object.keys(WATCHED)) {
    const lacking = records.filter((r) => !present(r[expected]));
    if (lacking.length < records.length * 0.9) continue;
    let best: { key: string; score: number; count: number } | undefined;
    for (const [key, count] of candidates) {
      if (count < lacking.length * 0.5) continue;
      const score = likeness(expected, key);
      if (score === 0) continue;
      const inLacking = lacking.filter((r) => present(r[key])).length;
      if (inLacking < lacking.length * 0.5) continue;
      if (!best || score > best.score || (score === best.score && inLacking > best.count)) {
        best = { key, score, count: inLacking };
      }
    }
    if (best) {
      found.push({ expected, found: best.key, records: best.count, total: records.length });
    }
  }
  return found;
}

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;
// North American numbers, and international ones written with a leading +.
const PHONE = /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\+\d[\d\s.-]{7,16}\d/g;
// Meeting IDs and passcodes for online rooms look like numbers but call nobody.
const NOT_A_PHONE_BEFORE = /(?:\bid|passcode|password|pin|code|#)\W{0,4}$/i;

function hasPhone(text: string): boolean {
  for (const match of text.matchAll(PHONE)) {
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    if (!NOT_A_PHONE_BEFORE.test(before)) return true;
  }
  return false;
}

const text = (v: unknown) =>
  typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';

/**
 * Contact details of people that the feed publishes: the contact_1..3 columns, and phone
 * numbers or e-mail addresses written into notes. Gatherwell keeps imported contacts private;
 * the feed's own website does not.
 */
export function publishedContacts(records: unknown[]): PublishedContact[] {
  const found: PublishedContact[] = [];
  records.forEach((item, index) => {
    if (typeof item !== 'object' || item === null) return;
    const record = item as Record<string, unknown>;
    const ref = {
      index,
      slug: text(record.slug) || undefined,
      name: text(record.name) || undefined,
    };
    for (const n of [1, 2, 3]) {
      for (const what of ['name', 'phone', 'email'] as const) {
        const field = `contact_${n}_${what}`;
        if (text(record[field])) found.push({ ...ref, field, what });
      }
    }
    for (const field of ['notes', 'location_notes', 'group_notes']) {
      const value = text(record[field]);
      if (!value) continue;
      if (EMAIL.test(value)) found.push({ ...ref, field, what: 'email' });
      if (hasPhone(value)) found.push({ ...ref, field, what: 'phone' });
    }
  });
  return found;
}

const NOTES_FIELDS = new Set(['notes', 'location_notes', 'group_notes']);

/** Phone numbers and e-mail addresses written into notes, which the feed shows to anyone. */
export function notesContacts(records: unknown[]): FeedRunWarning[] {
  return publishedContacts(records)
    .filter((c) => NOTES_FIELDS.has(c.field))
    .map(({ index, slug, field, what }) => ({
      index,
      slug,
      field,
      message: `the ${field} publish ${what === 'email' ? 'an e-mail address' : 'a phone number'}: Gatherwell keeps imported contacts private, but this feed shows it to anyone who opens it`,
    }));
}
