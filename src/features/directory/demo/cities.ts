import type { LanguageCode } from '../../../shared/taxonomy/index.js';

/**
 * Cities for the demo directory: city-centre coordinates (WGS 84), a real postal code at the
 * centre, the region abbreviation, ISO 3166-1 country and IANA time zone. All public facts.
 */
export type DemoCity = {
  /** Stable key for slugs ("portland-or" and "portland-me" keep the two Portlands apart). */
  id: string;
  name: string;
  region: string;
  country: 'US' | 'CA' | 'GB';
  latitude: number;
  longitude: number;
  postalCode: string;
  timezone: string;
  /** Relative share of the in-person groups. */
  weight: number;
  /**
   * Compass bearings (degrees clockwise from north, `to` may exceed 360) that stay on land from
   * the centre, and how far venues may spread, so coastal cities do not get venues at sea.
   */
  land?: { from: number; to: number; maxKm: number };
  /** Languages besides English (and Spanish in the US) that some local groups meet in. */
  languages?: LanguageCode[];
};

type Land = [from: number, to: number, maxKm: number];
type Row = [
  name: string,
  region: string,
  latitude: number,
  longitude: number,
  postalCode: string,
  timezone: string,
  weight: number,
  land?: Land | null,
  languages?: LanguageCode[],
];

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';

const US: Row[] = [
  ['New York', 'NY', 40.7128, -74.006, '10007', ET, 10, [0, 150, 8], ['zh', 'ru']],
  ['Los Angeles', 'CA', 34.0522, -118.2437, '90012', PT, 8, null, ['ko', 'zh']],
  ['Chicago', 'IL', 41.8781, -87.6298, '60602', CT, 7, [190, 350, 8], ['pl']],
  ['Houston', 'TX', 29.7604, -95.3698, '77002', CT, 5, null, ['vi']],
  ['Phoenix', 'AZ', 33.4484, -112.074, '85003', 'America/Phoenix', 4],
  ['Philadelphia', 'PA', 39.9526, -75.1652, '19103', ET, 8, [180, 400, 8], ['vi']],
  ['San Diego', 'CA', 32.7157, -117.1611, '92101', PT, 3, [0, 160, 8]],
  ['Austin', 'TX', 30.2672, -97.7431, '78701', CT, 3],
  ['Seattle', 'WA', 47.6062, -122.3321, '98104', PT, 4, [0, 180, 4.5], ['vi']],
  ['Denver', 'CO', 39.7392, -104.9903, '80202', MT, 3],
  ['Boston', 'MA', 42.3601, -71.0589, '02108', ET, 4, [180, 360, 7], ['pt']],
  ['Atlanta', 'GA', 33.749, -84.388, '30303', ET, 4],
  ['Miami', 'FL', 25.7617, -80.1918, '33131', ET, 4, [180, 360, 7], ['pt']],
  ['Minneapolis', 'MN', 44.9778, -93.265, '55402', CT, 3],
  ['Detroit', 'MI', 42.3314, -83.0458, '48226', 'America/Detroit', 3, [270, 390, 8], ['ar']],
  ['Pittsburgh', 'PA', 40.4406, -79.9959, '15222', ET, 3],
  ['Kansas City', 'MO', 39.0997, -94.5786, '64106', CT, 2, [90, 270, 8]],
  ['St. Louis', 'MO', 38.627, -90.1994, '63101', CT, 2, [180, 360, 8]],
  ['Nashville', 'TN', 36.1627, -86.7816, '37201', CT, 2],
  ['New Orleans', 'LA', 29.9511, -90.0715, '70112', CT, 2, [250, 340, 6], ['vi']],
  ['Salt Lake City', 'UT', 40.7608, -111.891, '84111', MT, 2],
  ['Portland', 'OR', 45.5152, -122.6784, '97204', PT, 3],
  ['Portland', 'ME', 43.6591, -70.2568, '04101', ET, 1, [250, 360, 5]],
  ['Honolulu', 'HI', 21.3069, -157.8583, '96813', 'Pacific/Honolulu', 2, [260, 460, 5], ['ko']],
  ['Anchorage', 'AK', 61.2181, -149.9003, '99501', 'America/Anchorage', 1, [90, 200, 8]],
  ['Baltimore', 'MD', 39.2904, -76.6122, '21202', ET, 2, [250, 450, 8]],
  ['Cleveland', 'OH', 41.4993, -81.6944, '44113', ET, 2, [90, 270, 8]],
  ['Indianapolis', 'IN', 39.7684, -86.1581, '46204', 'America/Indiana/Indianapolis', 2],
  ['Albuquerque', 'NM', 35.0844, -106.6504, '87102', MT, 1],
];

const CA: Row[] = [
  ['Toronto', 'ON', 43.6532, -79.3832, 'M5H 2N2', 'America/Toronto', 5, [270, 450, 8], ['zh']],
  ['Vancouver', 'BC', 49.2827, -123.1207, 'V6Z 2H7', 'America/Vancouver', 3, [90, 200, 6]],
  ['Montréal', 'QC', 45.5017, -73.5673, 'H2Y 1C6', 'America/Toronto', 3, [200, 380, 7]],
  ['Calgary', 'AB', 51.0447, -114.0719, 'T2P 1J9', 'America/Edmonton', 2],
  ['Ottawa', 'ON', 45.4215, -75.6972, 'K1P 1J1', 'America/Toronto', 2, [90, 270, 8]],
  ['Halifax', 'NS', 44.6488, -63.5752, 'B3J 3A5', 'America/Halifax', 1, [180, 360, 5]],
];

const GB: Row[] = [
  ['London', 'England', 51.5074, -0.1278, 'WC2N 5DN', 'Europe/London', 6, null, ['pl', 'ar']],
  ['Manchester', 'England', 53.4808, -2.2426, 'M2 5PD', 'Europe/London', 3],
  ['Leeds', 'England', 53.8008, -1.5491, 'LS1 3AD', 'Europe/London', 2],
  ['Edinburgh', 'Scotland', 55.9533, -3.1883, 'EH1 1YJ', 'Europe/London', 2, [100, 280, 6]],
  ['Birmingham', 'England', 52.4862, -1.8904, 'B1 1BB', 'Europe/London', 2],
  ['Glasgow', 'Scotland', 55.8642, -4.2518, 'G2 1DU', 'Europe/London', 2],
  ['Cardiff', 'Wales', 51.4816, -3.1791, 'CF10 3ND', 'Europe/London', 1, [270, 450, 6]],
];

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function toCities(country: DemoCity['country'], rows: Row[]): DemoCity[] {
  return rows.map(
    ([name, region, latitude, longitude, postalCode, timezone, weight, land, languages]) => {
      const twins = rows.filter((row) => row[0] === name).length > 1;
      return {
        id: twins ? slugify(`${name} ${region}`) : slugify(name),
        name,
        region,
        country,
        latitude,
        longitude,
        postalCode,
        timezone,
        weight,
        ...(land ? { land: { from: land[0], to: land[1], maxKm: land[2] } } : {}),
        ...(languages ? { languages } : {}),
      };
    },
  );
}

export const DEMO_CITIES: readonly DemoCity[] = [
  ...toCities('US', US),
  ...toCities('CA', CA),
  ...toCities('GB', GB),
];

/** Time zones online groups are spread over, with their share and the country they bill in. */
export const ONLINE_ZONES: readonly { timezone: string; country: string; weight: number }[] = [
  { timezone: ET, country: 'US', weight: 30 },
  { timezone: CT, country: 'US', weight: 16 },
  { timezone: MT, country: 'US', weight: 8 },
  { timezone: 'America/Phoenix', country: 'US', weight: 3 },
  { timezone: PT, country: 'US', weight: 18 },
  { timezone: 'America/Toronto', country: 'CA', weight: 8 },
  { timezone: 'Europe/London', country: 'GB', weight: 11 },
  { timezone: 'Australia/Sydney', country: 'AU', weight: 4 },
];

export { slugify };
