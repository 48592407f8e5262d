import { countryNear, loadCityIndex } from './cities.js';
import { classifyLatLon, formatLatLon, timezoneAt } from './coordinates.js';
import {
  CA_POSTAL,
  loadPostalCodes,
  lookupCanadianPostal,
  lookupUsZip,
  UK_POSTCODE,
  UK_POSTCODE_REASON,
  US_ZIP,
} from './postal.js';
import { searchCities } from './search.js';
import type { GeocodeHint, GeocodeResult, Geocoder } from './types.js';

/** Longer than any real place name plus state and country; longer input is pasted text. */
const MAX_QUERY_LENGTH = 120;

function notFound(query: string, reason: string): GeocodeResult {
  return { status: 'not_found', query, reason };
}

async function geocode(rawQuery: unknown, hint?: GeocodeHint): Promise<GeocodeResult> {
  const query = typeof rawQuery === 'string' ? rawQuery.replace(/\s+/g, ' ').trim() : '';
  if (query === '') {
    return notFound(query, 'Please enter a town or city, a ZIP or postal code, or coordinates.');
  }
  if (query.length > MAX_QUERY_LENGTH) {
    return notFound(
      query.slice(0, MAX_QUERY_LENGTH),
      'That is too long to be a place. Please enter just a town or city, a ZIP or postal code.',
    );
  }

  const coordinates = classifyLatLon(query);
  if (coordinates.kind === 'out_of_range') {
    return notFound(
      query,
      'Those coordinates are out of range: latitude must be between -90 and 90, and longitude between -180 and 180.',
    );
  }
  if (coordinates.kind === 'ok') {
    const cities = await loadCityIndex();
    const { latitude, longitude } = coordinates;
    return {
      status: 'found',
      place: {
        label: formatLatLon(coordinates),
        latitude,
        longitude,
        country: countryNear(cities, coordinates),
        timezone: timezoneAt(latitude, longitude),
        kind: 'point',
      },
    };
  }

  const zip = US_ZIP.exec(query);
  if (zip?.[1]) {
    const result = lookupUsZip(await loadPostalCodes(), zip[1]);
    return result.status === 'not_found' ? { ...result, query } : result;
  }

  const canadian = CA_POSTAL.exec(query);
  if (canadian?.[1]) {
    const fsa = canadian[1].toUpperCase();
    const [codes, cities] = await Promise.all([loadPostalCodes(), loadCityIndex()]);
    const result = lookupCanadianPostal(codes, cities, query, fsa);
    // A bare "W1A" may be a UK postcode district or a town name; only a full code is final.
    if (result.status === 'found' || canadian[2]) return result;
  }

  if (UK_POSTCODE.test(query)) return notFound(query, UK_POSTCODE_REASON);

  const hintCountry = typeof hint?.country === 'string' ? hint.country.toUpperCase() : undefined;
  return searchCities(await loadCityIndex(), query, hintCountry);
}

/**
 * Offline geocoder over bundled data (GeoNames towns of 1,000+ people, US ZIP codes and
 * Canadian forward sortation areas). Data loads on the first lookup that needs it and is
 * shared by every geocoder in the process; later lookups are in-memory map reads.
 */
export function createOfflineGeocoder(): Geocoder {
  return { geocode };
}
