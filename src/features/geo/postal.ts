import type { ZipRecord } from 'zipcodes';
import { type CityIndex, citiesNear } from './cities.js';
import { timezoneAt } from './coordinates.js';
import { fold } from './normalize.js';
import { PROVINCE_BY_POSTAL_LETTER } from './regions.js';
import type { GeocodeResult, LatLon } from './types.js';

export const US_ZIP = /^(\d{5})(?:[-\s]?\d{4})?$/;
/** Canadian postal code or forward sortation area: "M5V 2T6", "M5V2T6", "M5V". */
export const CA_POSTAL = /^([A-Z]\d[A-Z])(?:\s*(\d[A-Z]\d))?$/i;
export const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
/** The first half alone ("LS1", "SW1A"); only treated as one when no town has that name. */
export const UK_OUTWARD_CODE = /^[A-Z]{1,2}\d[A-Z\d]?$/i;
export const UK_POSTCODE_REASON =
  'UK postcodes are not supported yet. Please enter the town or city name instead, for example "Leeds".';

// zipcodes lists these with a state code; ISO 3166 gives them their own country codes.
const US_TERRITORIES: Readonly<Record<string, string>> = {
  PR: 'PR',
  VI: 'VI',
  GU: 'GU',
  AS: 'AS',
  MP: 'MP',
  FM: 'FM',
  MH: 'MH',
  PW: 'PW',
};
const MILITARY_STATES = new Set(['AA', 'AE', 'AP']);

let pending: Promise<Record<string, ZipRecord>> | undefined;

/** US ZIP codes and Canadian forward sortation areas, keyed "19103" / "M5V". Loaded once. */
export function loadPostalCodes(): Promise<Record<string, ZipRecord>> {
  pending ??= import('zipcodes')
    .then((mod) => mod.default.codes)
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

function locationOf(record: ZipRecord): LatLon | undefined {
  const { latitude, longitude } = record;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (latitude === 0 && longitude === 0) return undefined;
  return { latitude, longitude };
}

export function lookupUsZip(codes: Record<string, ZipRecord>, zip: string): GeocodeResult {
  const record = codes[zip];
  const location = record && locationOf(record);
  if (!record || !location) {
    const reason =
      record && MILITARY_STATES.has(record.state)
        ? `ZIP code ${zip} is a military (APO/FPO/DPO) address with no fixed location. Please enter a town or city instead.`
        : `We could not find the US ZIP code ${zip}. Check the number, or enter the town or city instead.`;
    return { status: 'not_found', query: zip, reason };
  }
  return {
    status: 'found',
    place: {
      label: `${zip} (${record.city}, ${record.state})`,
      ...location,
      country: US_TERRITORIES[record.state] ?? 'US',
      region: record.state,
      timezone: timezoneAt(location.latitude, location.longitude),
      kind: 'postal_code',
      postalCode: zip,
    },
  };
}

/**
 * zipcodes names areas like "Downtown Toronto (cn Tower / King And Spadina / ...)" or
 * "Central Alberta (stettler)". Prefer a real town from GeoNames nearby whose name appears in
 * that text (the biggest, so Toronto beats a neighbourhood); else the text before the
 * parenthesis, tidied; else (mangled text, as in some Quebec entries) the nearest town.
 */
function nameForArea(record: ZipRecord, location: LatLon, cities: CityIndex): string {
  let name = areaNames.get(record.zip);
  if (name === undefined) {
    name = findNameForArea(record, location, cities);
    areaNames.set(record.zip, name);
  }
  return name;
}

const areaNames = new Map<string, string>();

/**
 * The town a Canadian forward sortation area is named after ("T6E" → "Edmonton"), only when
 * a real town is named: the labels' other fall-backs ("Central Alberta") are not towns.
 */
export function canadianAreaTown(
  codes: Record<string, ZipRecord>,
  cities: CityIndex,
  fsa: string,
): string | undefined {
  const record = codes[fsa];
  const location = record && locationOf(record);
  return record && location ? namedTown(record, location, cities).named : undefined;
}

function namedTown(record: ZipRecord, location: LatLon, cities: CityIndex) {
  const text = ` ${fold(record.city)} `;
  const nearby = citiesNear(cities, location, 40).filter(({ city }) => city.country === 'CA');
  const named = nearby
    .filter(({ city }) => text.includes(` ${fold(city.name)} `))
    .sort((a, b) => b.city.population - a.city.population)[0];
  return { named: named?.city.name, nearby };
}

function findNameForArea(record: ZipRecord, location: LatLon, cities: CityIndex): string {
  const { named, nearby } = namedTown(record, location, cities);
  if (named) return named;
  const main = record.city.replace(/\s*\(.*$/, '').trim();
  if (main && !main.includes('\uFFFD'))
    return main.replace(/(^|\s)(\p{Ll})/gu, (m) => m.toUpperCase());
  return nearby[0]?.city.name ?? record.state;
}

/**
 * Canadian codes resolve to their forward sortation area (the first three characters), the
 * finest level zipcodes has; the label and postalCode say so rather than echo the full code.
 */
export function lookupCanadianPostal(
  codes: Record<string, ZipRecord>,
  cities: CityIndex,
  query: string,
  fsa: string,
): GeocodeResult {
  const record = codes[fsa];
  const location = record && locationOf(record);
  if (!record || !location || record.country !== 'Canada') {
    return {
      status: 'not_found',
      query,
      reason: `We could not find the Canadian postal code ${query.toUpperCase()}. Check it, or enter the town or city instead.`,
    };
  }
  const letter = fsa.charAt(0);
  const province =
    letter === 'X' && /nunavut/i.test(record.state) ? 'NU' : PROVINCE_BY_POSTAL_LETTER[letter];
  const name = nameForArea(record, location, cities);
  return {
    status: 'found',
    place: {
      label: `${fsa} (${name}${province ? `, ${province}` : ''})`,
      ...location,
      country: 'CA',
      ...(province ? { region: province } : {}),
      timezone: timezoneAt(location.latitude, location.longitude),
      kind: 'postal_code',
      postalCode: fsa,
    },
  };
}
