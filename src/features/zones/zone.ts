import { and, eq, isNull } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { DateTime } from 'luxon';
import type { AppEnv } from '../../app-env.js';
import { users } from '../../db/schema/index.js';
import type { Locale } from '../../i18n/locales.js';
import { isHttpsRequest } from '../../lib/public-origin.js';
import { zoneName } from '../../shared/schedule/format.js';
import { isValidZone } from '../../shared/schedule/zone.js';

/**
 * The viewer's time zone (issue 13): every page shows times in it, signed in or not.
 * - The browser tells it once (client/zone.ts writes this cookie on the first page it loads),
 *   or the person picks one at /time-zone, from a link on every page, without JavaScript.
 * - Else a signed-in person's profile zone.
 * - Else nothing is known: a group's page uses the group's own zone, other pages the site's.
 * A signed-in person whose profile has no zone gets the browser's, so mails use it too.
 */
export const ZONE_COOKIE = 'gw_tz';
const YEAR_SECONDS = 31_536_000;

/** A zone name from outside (a cookie, a form, a query), or undefined. */
export const cleanZone = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 64 && isValidZone(value) ? value : undefined;

export function zoneMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fromBrowser = cleanZone(getCookie(c, ZONE_COOKIE));
    const viewer = c.var.viewer;
    const fromProfile = cleanZone(viewer?.timezone ?? undefined);
    c.set('zone', fromBrowser ?? fromProfile);
    if (viewer && fromBrowser && !fromProfile) {
      // Once: the profile keeps the browser's zone for mail (the person can change it).
      await c.var.deps.database.db
        .update(users)
        .set({ timezone: fromBrowser })
        .where(and(eq(users.id, viewer.id), isNull(users.timezone)));
    }
    await next();
  };
}

/** The zone to show times in: the viewer's, else `fallback` (a group's own), else the site's. */
export const zoneFor = (c: Context<AppEnv>, fallback?: string | null): string =>
  c.var.zone ?? cleanZone(fallback) ?? c.var.deps.config.defaultTimezone;

/** Remember a chosen zone in this browser for a year (readable by client/zone.ts). */
/**
 * A moment as this viewer reads it: in their zone (zoneFor) and language, medium date and time.
 * Pages that list when things happened (board posts, notes, moderation, alerts) share it.
 */
export const dateTimeFor =
  (c: Context<AppEnv>) =>
  (d: Date): string =>
    DateTime.fromJSDate(d)
      .setZone(zoneFor(c))
      .setLocale(c.var.locale)
      .toLocaleString(DateTime.DATETIME_MED);

export function rememberZone(c: Context<AppEnv>, zone: string) {
  setCookie(c, ZONE_COOKIE, zone, {
    path: '/',
    maxAge: YEAR_SECONDS,
    sameSite: 'Lax',
    secure: isHttpsRequest(c),
  });
}

/** "Central Time (Chicago)": the zone's everyday name and its city, in the reader's language. */
export function zoneLabel(zone: string, lang: Locale, at = Date.now()): string {
  const name = zoneName(zone, lang, at);
  const city = zone.split('/').at(-1)?.replace(/_/g, ' ');
  return name === zone || zone === 'UTC' ? zone.replace(/_/g, ' ') : `${name} (${city})`;
}

/** Zones offered in the "times shown in" menu; the viewer's own is added when missing. */
export const COMMON_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Halifax',
  'America/Toronto',
  'America/Winnipeg',
  'America/Edmonton',
  'America/Vancouver',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Paris',
  'Australia/Sydney',
  'UTC',
];
