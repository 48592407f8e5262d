/** Where a demo group meets: languages, venue and coordinates, online link, access features. */

import {
  ACCESS_FEATURES,
  type AccessCode,
  type AudienceCode,
  codes,
  LANGUAGES,
  type LanguageCode,
  labelOf,
  type Mode,
  type TopicCode,
} from '../../../shared/taxonomy/index.js';
import type { LocationInput, OnlineInput } from '../model.js';
import { DEMO_CITIES, type DemoCity } from './cities.js';
import { neighbourhood, onlineUrl, streetAddress, type VenueType, venueName } from './people.js';
import type { Rng } from './random.js';

export function cityInZone(rng: Rng, timezone: string): DemoCity | undefined {
  const candidates = DEMO_CITIES.filter((city) => city.timezone === timezone);
  return candidates.length > 0 ? rng.pick(candidates) : undefined;
}

export function languageLabel(code: LanguageCode | undefined): string {
  return code ? labelOf(LANGUAGES, code, 'en') : 'English';
}

/** Mostly English; Spanish or bilingual for about one US group in seven; a few others. */
export function pickLanguages(
  rng: Rng,
  country: string,
  city: DemoCity | undefined,
): LanguageCode[] {
  if (city?.id === 'montreal') return rng.chance(0.7) ? ['en', 'fr'] : ['en'];
  const roll = rng.next();
  const spanish = country === 'US' ? 0.17 : 0.02;
  if (roll < spanish) return rng.chance(0.4) ? ['es'] : ['en', 'es'];
  const other = city?.languages ? rng.pick(city.languages) : undefined;
  if (other && roll < spanish + 0.06) return rng.chance(0.5) ? [other] : ['en', other];
  if ((country === 'US' || country === 'CA') && roll > 0.992) return ['en', 'asl'];
  return ['en'];
}

const LOCATION_NOTES = [
  'The entrance is at the side of the building; follow the signs for the meeting room.',
  'Street parking is usually easy to find in the evening.',
  'Ring the bell marked "Groups" and someone will let you in.',
  'The room is on the second floor and there is a lift by the main doors.',
  'A short walk from the nearest bus stop; bike racks at the front.',
] as const;

/** A point up to `maxKm` (default 8 km) from the centre, on the landward side. */
function jitter(rng: Rng, city: DemoCity): { latitude: number; longitude: number; km: number } {
  const land = city.land ?? { from: 0, to: 360, maxKm: 8 };
  const km = land.maxKm * Math.sqrt(rng.next());
  const bearing = ((land.from + rng.next() * (land.to - land.from)) * Math.PI) / 180;
  const latitude = city.latitude + (km * Math.cos(bearing)) / 111.32;
  const longitude =
    city.longitude +
    (km * Math.sin(bearing)) / (111.32 * Math.cos((city.latitude * Math.PI) / 180));
  return { latitude: round(latitude, 5), longitude: round(longitude, 5), km };
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

export function venueLocation(
  rng: Rng,
  city: DemoCity,
  kind: 'support' | 'therapy',
  organisation: string | undefined,
  approximate: boolean,
): LocationInput {
  const type = rng.weighted<VenueType>(
    kind === 'therapy'
      ? [
          ['clinic', 7],
          ['hospital', 2],
          ['community', 1],
        ]
      : [
          ['community', 30],
          ['library', 22],
          ['church', 25],
          ['hospital', 15],
          ['clinic', 8],
        ],
  );
  const hood = neighbourhood(rng);
  const point = jitter(rng, city);
  const base = { city: city.name, region: city.region, country: city.country };
  if (approximate) {
    return {
      ...base,
      latitude: round(point.latitude, 3),
      longitude: round(point.longitude, 3),
      approximate: true,
      notes:
        kind === 'support'
          ? 'The exact address is shared once you have been in touch with the facilitators.'
          : 'The address is shared after your screening appointment.',
    };
  }
  return {
    venue: venueName(rng, type, city.country, hood, kind === 'therapy' ? organisation : undefined),
    address: streetAddress(rng, city.country),
    ...(point.km < 2 ? { postalCode: city.postalCode } : {}),
    ...base,
    latitude: point.latitude,
    longitude: point.longitude,
    ...(rng.chance(0.2) ? { notes: rng.pick(LOCATION_NOTES) } : {}),
  };
}

export function onlineDetails(
  rng: Rng,
  kind: 'support' | 'therapy',
  slug: string,
  members: boolean,
): OnlineInput {
  if (!members) return { url: onlineUrl(rng, slug), visibility: 'public' };
  return {
    url: onlineUrl(rng, slug),
    visibility: 'members',
    notes:
      kind === 'therapy'
        ? 'The video link is sent to members after screening.'
        : 'The link is shared with members once they have joined.',
  };
}

const ACCESS_ORDER = codes(ACCESS_FEATURES);

export function pickAccessibility(
  rng: Rng,
  mode: Mode,
  country: string,
  topics: TopicCode[],
  audiences: AudienceCode[],
  languages: LanguageCode[],
): AccessCode[] {
  const found = new Set<AccessCode>();
  if (mode !== 'online') {
    if (rng.chance(0.75)) found.add('step_free');
    if (rng.chance(found.has('step_free') ? 0.65 : 0.15)) found.add('accessible_toilet');
    if (rng.chance(country === 'GB' ? 0.2 : 0.45)) found.add('parking');
    if (rng.chance(country === 'GB' ? 0.25 : 0.06)) found.add('hearing_loop');
    if (rng.chance(0.1)) found.add('fragrance_free');
    const family = topics.includes('postpartum') || audiences.includes('parents');
    if (rng.chance(family ? 0.35 : 0.03)) found.add('childcare');
  }
  if (mode !== 'in_person' && rng.chance(0.55)) found.add('captions');
  if (languages.includes('asl') || rng.chance(0.02)) found.add('sign_language');
  return ACCESS_ORDER.filter((code) => found.has(code));
}
