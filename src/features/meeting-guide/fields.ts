import { DateTime, IANAZone } from 'luxon';

/**
 * Readers for single feed values. Real feeds stray from the spec (numbers as strings,
 * "7:00 PM", day names), so each reader accepts the variants seen in the wild and returns
 * an error message for anything else rather than guessing.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(error: string): Read<T> => ({ ok: false, error });

/** A trimmed, non-empty string; numbers count because publishers stringify inconsistently. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function readDay(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 && value <= 6 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().toLowerCase();
  if (/^\d+$/.test(trimmed)) return readDay(Number(trimmed));
  const index = DAY_NAMES.findIndex((name) => trimmed.length >= 3 && name.startsWith(trimmed));
  return index === -1 ? undefined : index;
}

/** Days 0-6, sorted; an empty list means "no day" (by appointment). */
export function readDays(value: unknown): Read<number[]> {
  if (value === undefined || value === null || value === '') return ok([]);
  const values = Array.isArray(value) ? value : [value];
  const days: number[] = [];
  for (const item of values) {
    const day = readDay(item);
    if (day === undefined) {
      return fail(`${JSON.stringify(item)} is not a day (0 = Sunday ... 6 = Saturday)`);
    }
    if (!days.includes(day)) days.push(day);
  }
  return ok(days.sort((a, b) => a - b));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "19:00", "19:00:00", "7:00 PM", "7 pm", "7:00p.m.", "noon" → "HH:MM". */
export function readTime(value: unknown): Read<string | undefined> {
  if (value === undefined || value === null || value === '') return ok(undefined);
  if (typeof value !== 'string') return fail(`${JSON.stringify(value)} is not a time`);
  const cleaned = value.trim().toLowerCase().replace(/\./g, '');
  if (cleaned === 'noon') return ok('12:00');
  if (cleaned === 'midnight') return ok('00:00');
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])?m?$/.exec(cleaned);
  const bad = fail<string | undefined>(`"${value}" is not a time (expected HH:MM or 7:00 PM)`);
  if (!match) return bad;
  const [, hourText, minuteText, , meridiem] = match;
  // A bare "7" could be morning or evening; refuse rather than guess.
  if (minuteText === undefined && meridiem === undefined) return bad;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? '0');
  if (minute > 59) return bad;
  if (meridiem) {
    if (hour < 1 || hour > 12) return bad;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hour === 24 && minute === 0) {
    hour = 0;
  } else if (hour > 23) {
    return bad;
  }
  return ok(`${pad(hour)}:${pad(minute)}`);
}

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export function addMinutes(time: string, minutes: number): string {
  const total = (((minutesOf(time) + minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** "yes" / "no" / true / "1"...; undefined when absent, an error when unreadable. */
export function readBoolean(value: unknown): Read<boolean | undefined> {
  if (value === undefined || value === null || value === '') return ok(undefined);
  if (typeof value === 'boolean') return ok(value);
  const word = String(value).trim().toLowerCase();
  if (['yes', 'true', '1', 'y'].includes(word)) return ok(true);
  if (['no', 'false', '0', 'n'].includes(word)) return ok(false);
  return fail(`${JSON.stringify(value)} is not yes or no`);
}

export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const written = text(value);
  if (written === undefined || !/^[-+]?\d+(\.\d+)?$/.test(written)) return undefined;
  return Number(written);
}

/** Our slug alphabet: lowercase a-z, 0-9 and single hyphens. */
export function cleanSlug(raw: string): string {
  const slug = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  // Non-Latin slugs leave nothing; a hash keeps them stable from one import to the next.
  return slug === '' ? `meeting-${hash(raw)}` : slug;
}

function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Whether a zone name is one the runtime knows. Luxon asks Intl each time, building a
 * formatter (about 1.5 ms); a feed names the same few zones thousands of times.
 */
const knownZones = new Map<string, boolean>();
export function isTimezone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = IANAZone.isValidZone(zone);
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The spec's "YYYY-MM-DD HH:MM:SS" (UTC), or ISO 8601, as an ISO 8601 instant. */
export function readUpdated(value: unknown): Read<string | undefined> {
  const written = text(value);
  if (written === undefined) return ok(undefined);
  let parsed = DateTime.fromSQL(written, { zone: 'utc' });
  if (!parsed.isValid) parsed = DateTime.fromISO(written, { zone: 'utc' });
  return parsed.isValid
    ? ok(parsed.toUTC().toISO() ?? undefined)
    : fail(`"${written}" is not a date (expected YYYY-MM-DD HH:MM:SS)`);
}

export function formatUpdated(date: Date): string | undefined {
  const parsed = DateTime.fromJSDate(date, { zone: 'utc' });
  return parsed.isValid ? parsed.toFormat('yyyy-MM-dd HH:mm:ss') : undefined;
}

/**
 * Twelve-step anonymity: a contact's surname is cut to its initial ("John Doe" → "John D.").
 * Feeds usually comply already; this only catches the ones that do not.
 */
export function firstNameOnly(name: string): string {
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (words.length < 2 || /^\p{L}\.?$/u.test(last)) return name;
  return [...words.slice(0, -1), `${last.charAt(0).toUpperCase()}.`].join(' ');
}
