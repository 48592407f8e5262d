import { formatDate, parseDate } from './calendar.js';
import { parseDtstart } from './convert.js';
import { dateFormat } from './format.js';
import type { StoredSchedule } from './rrule.js';
import { offsetAt, transitionsBetween, wallToInstant } from './zone.js';

export type CalendarEvent = {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  schedule: StoredSchedule;
  lastModified?: Date;
};

const CRLF = '\r\n';
const MINUTE = 60_000;
// Observances cover this many years past the later of the events' starts and "now"; clients
// keep using the last observance after that, so the zone is right for the near future.
const YEARS_AHEAD = 2;

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds a content line to at most 75 octets per physical line, never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const max = out.length === 0 ? 75 : 74;
    if (octets + size > max) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const withoutControls = (s: string) =>
  [...s].filter((ch) => ch.charCodeAt(0) > 0x1f && ch !== '\x7f').join('');

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A wall-clock time written as if UTC, as 'YYYYMMDDTHHMMSS' (add 'Z' for real UTC). */
function basic(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

function utcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

/** A letters-only abbreviation (EST, BST, AEDT) if some English locale has one. */
function abbreviation(zone: string, at: number): string | null {
  for (const locale of ['en-US', 'en-GB', 'en-AU']) {
    const parts = dateFormat(locale, { timeZone: zone, timeZoneName: 'short' }).formatToParts(at);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^[A-Z]{3,5}$/.test(name) && !(name === 'GMT' && offsetAt(zone, at) !== 0)) return name;
  }
  return null;
}

function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  // From the year before, so the first event is covered by an observance that began earlier.
  const transitions = transitionsBetween(zone, fromYear - 1, toYear);
  const start = Date.UTC(fromYear - 1, 0, 1);
  // A zone without changes (or whose first change comes later) needs a starting observance.
  if (transitions.length === 0 || transitions[0]!.at > Date.UTC(fromYear, 0, 1)) {
    const offset = offsetAt(zone, start);
    const name = abbreviation(zone, start);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000');
    lines.push(`TZOFFSETFROM:${utcOffset(offset)}`, `TZOFFSETTO:${utcOffset(offset)}`);
    if (name) lines.push(`TZNAME:${name}`);
    lines.push('END:STANDARD');
  }
  for (const t of transitions) {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    const name = abbreviation(zone, t.at);
    // An observance's DTSTART is the local time just before it, in the old offset.
    lines.push(`BEGIN:${kind}`, `DTSTART:${basic(t.at + t.from * MINUTE)}`);
    lines.push(`TZOFFSETFROM:${utcOffset(t.from)}`, `TZOFFSETTO:${utcOffset(t.to)}`);
    if (name) lines.push(`TZNAME:${name}`);
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function vevent(e: CalendarEvent, stamp: string): string[] {
  const s = e.schedule;
  const { day, minutes } = parseDtstart(s.dtstart);
  const time = `T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
  const local = (d: number) => `${formatDate(d).replace(/-/g, '')}${time}`;
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`];
  lines.push(`DTSTART;TZID=${s.timezone}:${local(day)}`, `DURATION:${duration(s.durationMinutes)}`);
  if (s.rrule) {
    lines.push(`RRULE:${s.rrule}`);
    const exdates = s.exdates.map(parseDate).filter((d): d is number => d !== null);
    if (exdates.length > 0) lines.push(`EXDATE;TZID=${s.timezone}:${exdates.map(local).join(',')}`);
  }
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  // A URI is not TEXT, so it is not escaped; control characters would break the line.
  if (e.url) lines.push(`URL:${withoutControls(e.url)}`);
  if (e.lastModified) lines.push(`LAST-MODIFIED:${basic(e.lastModified.getTime())}Z`);
  lines.push('END:VEVENT');
  return lines;
}

/** An RFC 5545 calendar (CRLF line endings, folded lines) for subscribing or downloading. */
export function buildCalendar(opts: {
  name: string;
  prodId?: string;
  events: CalendarEvent[];
  /** DTSTAMP and the end of the time-zone data; defaults to the current time. */
  now?: Date;
}): string {
  const now = opts.now ?? new Date();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${opts.prodId ?? '-//Gatherwell//Directory//EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.name)}`,
  ];
  const years = new Map<string, { from: number; to: number }>();
  for (const e of opts.events) {
    const year = Number(e.schedule.dtstart.slice(0, 4));
    const span = years.get(e.schedule.timezone);
    const to = Math.max(year, now.getUTCFullYear()) + YEARS_AHEAD;
    years.set(e.schedule.timezone, {
      from: Math.min(year, span?.from ?? year),
      to: Math.max(to, span?.to ?? to),
    });
  }
  for (const [zone, span] of years) lines.push(...vtimezone(zone, span.from, span.to));
  const stamp = `${basic(now.getTime())}Z`;
  for (const e of opts.events) lines.push(...vevent(e, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** An "add to Google Calendar" link for the schedule's first meeting and its rule. */
export function googleCalendarUrl(opts: {
  title: string;
  details?: string;
  location?: string;
  schedule: StoredSchedule;
}): string {
  const s = opts.schedule;
  const { day, minutes } = parseDtstart(s.dtstart);
  const start = wallToInstant(s.timezone, day * 86_400_000 + minutes * MINUTE);
  const end = start + s.durationMinutes * MINUTE;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: opts.title });
  params.set('dates', `${basic(start)}Z/${basic(end)}Z`);
  params.set('ctz', s.timezone);
  if (s.rrule) params.set('recur', `RRULE:${s.rrule}`);
  if (opts.details) params.set('details', opts.details);
  if (opts.location) params.set('location', opts.location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
