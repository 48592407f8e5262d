import { type CityIndex, loadCityIndex } from './cities.js';
import { fold } from './normalize.js';
import { canadianAreaTown, loadPostalCodes, lookupCanadianPostal, lookupUsZip } from './postal.js';
import { countryName, northAmericanRegion } from './regions.js';
import { searchCities } from './search.js';
import type { LatLon } from './types.js';

/** An address's parts as a listing holds them; any may be missing. */
export type AddressQuery = {
  postalCode?: string;
  city?: string;
  /** State or province, abbreviated or spelled out. */
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
};

export type PlacedAddress = LatLon & {
  timezone: string;
  country: string;
  region?: string;
  /** The town the postal code lies in, when the code was what placed it. */
  city?: string;
  by: 'postal_code' | 'city';
};

/** `note` explains a fall-back an administrator may want to check. */
export type AddressPlacing =
  | { status: 'found'; place: PlacedAddress; note?: string }
  | { status: 'not_found'; reason: string };

export type AddressPlacer = (query: AddressQuery) => AddressPlacing;

type Zips = Awaited<ReturnType<typeof loadPostalCodes>>;

const US_ZIP = /^(\d{5})(?:-?\d{4})?$/;
const CA_POSTAL = /^([A-Z]\d[A-Z])\s*(?:\d[A-Z]\d)?$/;

/** "Alberta" and "AB" are the same province; elsewhere compare the text as written. */
const regionKey = (region: string) => northAmericanRegion(region)?.region ?? fold(region);

function byPostal(codes: Zips, cities: CityIndex, query: AddressQuery): AddressPlacing {
  const code = (query.postalCode ?? '').trim().toUpperCase();
  const country = query.country?.toUpperCase();
  const zip = US_ZIP.exec(code)?.[1];
  const fsa = CA_POSTAL.exec(code)?.[1];
  let placing: AddressPlacing = {
    status: 'not_found',
    reason: `the postal code ${code} is not one the offline gazetteer knows`,
  };
  if (zip && (country === undefined || country === 'US')) {
    const result = lookupUsZip(codes, zip);
    if (result.status === 'found') {
      const { latitude, longitude, timezone, region } = result.place;
      const city = codes[zip]?.city;
      placing = {
        status: 'found',
        place: { latitude, longitude, timezone, country: result.place.country, by: 'postal_code' },
      };
      if (region) placing.place.region = region;
      if (city) placing.place.city = city;
    }
  } else if (fsa && (country === undefined || country === 'CA')) {
    const result = lookupCanadianPostal(codes, cities, code, fsa);
    if (result.status === 'found') {
      const { latitude, longitude, timezone, region } = result.place;
      const city = canadianAreaTown(codes, cities, fsa);
      placing = {
        status: 'found',
        place: { latitude, longitude, timezone, country: 'CA', by: 'postal_code' },
      };
      if (region) placing.place.region = region;
      if (city) placing.place.city = city;
    }
  }
  // A postal code that contradicts the state is a typo in one of them: the town decides.
  const found = placing.status === 'found' ? placing.place.region : undefined;
  if (found && query.region && regionKey(query.region) !== regionKey(found)) {
    return {
      status: 'not_found',
      reason: `the postal code ${code} is in ${found}, not ${query.region}`,
    };
  }
  return placing;
}

function byCity(cities: CityIndex, query: AddressQuery): AddressPlacing {
  const city = query.city?.trim();
  if (!city) return { status: 'not_found', reason: 'it names no town' };
  // The country by name: as a code, "DE" would read as Delaware before Germany.
  const country = query.country?.toUpperCase();
  const text = [city, query.region, country && countryName(country)].filter(Boolean).join(', ');
  const result = searchCities(cities, text, country);
  if (result.status === 'found') {
    const { latitude, longitude, timezone, region } = result.place;
    const place: PlacedAddress = {
      latitude,
      longitude,
      timezone,
      country: result.place.country,
      by: 'city',
    };
    if (region) place.region = region;
    return { status: 'found', place };
  }
  if (result.status === 'ambiguous') {
    const labels = result.candidates.map((c) => c.label).join('; ');
    return { status: 'not_found', reason: `"${text}" could be any of: ${labels}` };
  }
  return {
    status: 'not_found',
    reason: `"${text}" is not a town the offline gazetteer knows (it lists towns of 1,000 people or more)`,
  };
}

/**
 * Places an address without any network: the postal code first (a US ZIP or a Canadian
 * forward sortation area pins the neighbourhood), then the town within its state, province or
 * country. The point is the code's or the town's centre, not the door. Answers are cached,
 * since a feed names the same few towns hundreds of times.
 */
export async function loadAddressPlacer(): Promise<AddressPlacer> {
  const [codes, cities] = await Promise.all([loadPostalCodes(), loadCityIndex()]);
  const answers = new Map<string, AddressPlacing>();
  return (query) => {
    const key = [query.postalCode, query.city, query.region, query.country]
      .map((part) => fold(part ?? ''))
      .join('|');
    let answer = answers.get(key);
    if (!answer) {
      const postal = query.postalCode ? byPostal(codes, cities, query) : undefined;
      if (postal?.status === 'found') {
        answer = postal;
      } else {
        const town = byCity(cities, query);
        answer =
          town.status === 'found'
            ? postal
              ? { ...town, note: `${postal.reason}; placed by its town instead` }
              : town
            : {
                status: 'not_found',
                reason: postal ? `${postal.reason}, and ${town.reason}` : town.reason,
              };
      }
      answers.set(key, answer);
    }
    return answer;
  };
}
