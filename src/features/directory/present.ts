import type { Locale } from '../../i18n/locales.js';
import { intlLocale } from '../../i18n/locales.js';
import { type DirectoryText, directoryText } from './messages/index.js';

/**
 * How the directory speaks to this viewer: the page's language, its words, and the Intl locale
 * for numbers, money and distances (the viewer's country when known: es-US writes "$60",
 * es-MX "USD 60"). Built once per request and handed to the views.
 */
export type Words = { locale: Locale; intl: string; m: DirectoryText };

export function wordsFor(locale: Locale, region?: string): Words {
  return { locale, intl: intlLocale(locale, region), m: directoryText(locale) };
}

/** A count in the viewer's digits: 1,234 / 1.234. */
export const count = (n: number, w: Words) => new Intl.NumberFormat(w.intl).format(n);

/** "A, B and C" / "A, B y C". */
export const listText = (items: string[], w: Words) =>
  new Intl.ListFormat(w.intl, { type: 'conjunction' }).format(items);

function money(cents: number, currency: string, w: Words) {
  return new Intl.NumberFormat(w.intl, {
    style: 'currency',
    currency,
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

export function costText(
  c: {
    costKind: 'free' | 'donation' | 'fixed' | 'sliding_scale';
    costAmountCents: number | null;
    costMinAmountCents: number | null;
    costCurrency: string | null;
    insurance: boolean;
  },
  w: Words,
): string {
  const t = w.m.money;
  const currency = c.costCurrency ?? 'USD';
  let text: string;
  if (c.costKind === 'free') text = t.free;
  else if (c.costKind === 'donation') text = t.donation;
  else if (c.costKind === 'fixed' && c.costAmountCents != null) {
    text = t.perSession(money(c.costAmountCents, currency, w));
  } else if (c.costKind === 'sliding_scale' && c.costAmountCents != null) {
    const high = money(c.costAmountCents, currency, w);
    const range =
      c.costMinAmountCents != null
        ? `${money(c.costMinAmountCents, currency, w)}–${high}`
        : t.upTo(high);
    text = t.sliding(range);
  } else text = c.costKind === 'sliding_scale' ? t.slidingScale : t.fee;
  return c.insurance ? t.insurance(text) : text;
}

export function placeText(
  g: {
    mode: 'in_person' | 'online' | 'hybrid';
    venue: string | null;
    city: string | null;
    region: string | null;
  },
  w: Words,
): string {
  const t = w.m.place;
  const town = [g.city, g.region].filter(Boolean).join(', ');
  if (g.mode === 'online') return t.online;
  const where = [g.venue, town].filter(Boolean).join(', ') || t.inPerson;
  return g.mode === 'hybrid' ? t.andOnline(where) : where;
}

/** A length in the chosen unit, written the viewer's way: "3.2 mi", "3,2 km". */
export function distance(value: number, unit: 'mi' | 'km', w: Words): string {
  return new Intl.NumberFormat(w.intl, {
    style: 'unit',
    unit: unit === 'mi' ? 'mile' : 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** "3.2 mi away" / "a 3,2 km", from a distance in kilometres. */
export function distanceText(km: number, unit: 'mi' | 'km', w: Words): string {
  return w.m.place.away(distance(unit === 'mi' ? km / 1.609344 : km, unit, w));
}

export function seatsLeft(g: { capacity: number | null; seatsTaken: number }): number | null {
  return g.capacity == null ? null : Math.max(0, g.capacity - g.seatsTaken);
}

export function zoneLabel(zone: string, w: Words): string {
  const name =
    new Intl.DateTimeFormat(w.m.results.zoneNamesIn(w.intl), {
      timeZone: zone,
      timeZoneName: 'longGeneric',
    })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value ?? zone;
  const city = zone.split('/').at(-1)?.replace(/_/g, ' ');
  return zone === 'UTC' ? 'UTC' : `${name} (${city})`;
}
