import type { Locale } from '../../i18n/locales.js';
import { parseDate } from './calendar.js';
import type { Occurrence } from './expand.js';
import { scheduleText } from './messages/index.js';
import { isValidZone, offsetAt } from './zone.js';

/** The language of the words: how each one writes dates and times is in messages/. */
export type Lang = Locale;

// Building an Intl.DateTimeFormat costs far more than using one, and pages format many dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/**
 * The zone's everyday name ("Eastern Time", "hora oriental"), falling back to its id. `at`
 * matters because ICU names zones by the era in force (Sydney had no DST in 1970).
 */
export function zoneName(zone: string, lang: Lang, at: number): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const f = dateFormat(scheduleText(lang).intl, { timeZone: zone, timeZoneName: 'longGeneric' });
  const name = part(f.formatToParts(at), 'timeZoneName');
  return name && !/^GMT[+-]/.test(name) ? name : zone;
}

/** Minutes after midnight as "6:30 pm" (en) or "18:30" (es). */
export function clockTime(minutes: number, lang: Lang, withPeriod = true): string {
  const h = Math.floor(minutes / 60) % 24;
  return scheduleText(lang).clock(h, String(minutes % 60).padStart(2, '0'), withPeriod);
}

/** "6:30–8:00 pm", "10:00 am–12:00 pm", "18:30–20:00": wall-clock start plus duration. */
export function timeRange(start: number, durationMinutes: number, lang: Lang): string {
  const end = (start + durationMinutes) % 1440;
  const samePeriod =
    start + durationMinutes < 1440 && Math.floor(start / 720) === Math.floor(end / 720);
  return `${clockTime(start, lang, !samePeriod)}–${clockTime(end, lang)}`;
}

/** A local calendar date in words: "Saturday, March 6, 2027" / "sábado, 6 de marzo de 2027". */
export function longDate(day: number, lang: Lang): string {
  const f = dateFormat(scheduleText(lang).intl, {
    timeZone: 'UTC',
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  return f.format(day * 86_400_000 + 12 * 3_600_000);
}

/** "March 6, 2027" / "6 de marzo de 2027". */
export function plainDate(day: number, lang: Lang): string {
  const f = dateFormat(scheduleText(lang).intl, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  return f.format(day * 86_400_000 + 12 * 3_600_000);
}

/** An ISO date ("2027-01-11") in words; the input itself if it is not one. */
export function plainDateOf(iso: string, lang: Lang): string {
  const day = parseDate(iso);
  return day === null ? iso : plainDate(day, lang);
}

/** A moment in words, each language's way (its Intl options and the order of the parts). */
function moment(at: Date, zone: string, lang: Lang, withZone: boolean): string {
  const t = scheduleText(lang);
  const options: Intl.DateTimeFormatOptions = {
    timeZone: zone,
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...t.momentStyle,
    ...(withZone ? { timeZoneName: 'short' } : {}),
  };
  const parts = dateFormat(t.intl, options).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => part(parts, type);
  const text = t.moment({
    weekday: get('weekday'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    dayPeriod: get('dayPeriod'),
  });
  return withZone ? `${text} ${get('timeZoneName')}` : text;
}

/**
 * An occurrence in the viewer's zone ("Tue, Dec 1, 6:30 pm"), plus the group's own local time
 * with its zone abbreviation when the two clocks differ at that moment. Clocks that agree
 * (same offset) need no second line even if the zone ids differ. An unknown viewer zone (a
 * browser can send anything) falls back to the group's zone.
 */
export function formatOccurrence(
  o: Occurrence,
  viewerZone: string,
  groupZone: string,
  lang: Lang = 'en',
): { viewer: string; group?: string } {
  const viewer = isValidZone(viewerZone) ? viewerZone : groupZone;
  const ms = o.start.getTime();
  const result: { viewer: string; group?: string } = {
    viewer: moment(o.start, viewer, lang, false),
  };
  if (offsetAt(viewer, ms) !== offsetAt(groupZone, ms)) {
    result.group = moment(o.start, groupZone, lang, true);
  }
  return result;
}
