import type { LocationInput } from '../directory/model.js';
import { parseAddressLine } from '../geo/index.js';
import { readBoolean, readNumber, text } from './fields.js';

type Parts = {
  address?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
};
type Warn = (field: string, message: string) => void;

/** Country names seen in feeds; any other two-letter value is taken as an ISO code. */
const COUNTRIES: Record<string, string> = {
  usa: 'US',
  'united states': 'US',
  'united states of america': 'US',
  canada: 'CA',
  uk: 'GB',
  'united kingdom': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  mexico: 'MX',
  méxico: 'MX',
  ireland: 'IE',
  australia: 'AU',
  'new zealand': 'NZ',
  france: 'FR',
  germany: 'DE',
  spain: 'ES',
  españa: 'ES',
  poland: 'PL',
  sweden: 'SE',
  brazil: 'BR',
  brasil: 'BR',
};

function countryCode(value: string): string | undefined {
  const named = COUNTRIES[value.toLowerCase()];
  if (named) return named;
  return /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : undefined;
}

/**
 * Splits "123 Main St, Anytown, OK 12345, USA" into our fields. Only a part before the
 * city counts as a street, so "Anytown, OK 12345, USA" yields no street: approximate.
 */
export function splitFormattedAddress(formatted: string): Parts {
  const parts = formatted
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const result: Parts = {};
  const last = parts.at(-1);
  const beforeLast = parts.at(-2);
  // "Los Angeles, CA" ends in a state, "..., ON K0K 1G0, CA" in a country: a postcode before tells.
  if (
    last &&
    parts.length > 1 &&
    (COUNTRIES[last.toLowerCase()] || (/^[a-z]{2}$/i.test(last) && /\d/.test(beforeLast ?? '')))
  ) {
    result.country = countryCode(last);
    parts.pop();
  }
  const tail = parts.at(-1);
  if (tail && parts.length > 1) {
    const statePostal = /^([A-Za-z]{2,3})\.?\s+([A-Za-z0-9][A-Za-z0-9 -]*\d[A-Za-z0-9 -]*)$/.exec(
      tail,
    );
    if (statePostal) {
      result.region = statePostal[1]?.toUpperCase();
      result.postalCode = statePostal[2];
      parts.pop();
    } else if (/^[A-Za-z]{2}$/.test(tail)) {
      result.region = tail.toUpperCase();
      parts.pop();
    } else if (/^[A-Za-z0-9 -]{3,10}$/.test(tail) && /\d/.test(tail)) {
      result.postalCode = tail;
      parts.pop();
    }
  }
  if (parts.length >= 2) {
    result.city = parts.pop();
    result.address = parts.join(', ');
  } else if (parts.length === 1) {
    result.city = parts[0];
  }
  return result;
}

function readCoordinates(
  record: Record<string, unknown>,
  warn: Warn,
): { latitude?: number; longitude?: number } {
  const present = [record.latitude, record.longitude].some((v) => text(v) !== undefined);
  if (!present) return {};
  const latitude = readNumber(record.latitude);
  const longitude = readNumber(record.longitude);
  if (
    latitude === undefined ||
    longitude === undefined ||
    Math.abs(latitude) > 90 ||
    Math.abs(longitude) > 180
  ) {
    warn('latitude', 'latitude/longitude are missing or out of range; the point was dropped');
    return {};
  }
  // 0,0 is in the Atlantic: it is what a failed geocode looks like.
  if (latitude === 0 && longitude === 0) {
    warn('latitude', 'latitude/longitude are 0,0 (a failed geocode); the point was dropped');
    return {};
  }
  return { latitude, longitude };
}

/** `formatted_address` read strictly when it is a US or Canadian line, loosely otherwise. */
function readFormatted(formatted: string): Parts {
  const line = parseAddressLine(formatted);
  if (!line.ok) return splitFormattedAddress(formatted);
  const { street, city, region, postalCode, country } = line.value;
  return { address: street, city, region, postalCode, country };
}

/**
 * A record whose only address is one `address` line ("10026 81 Ave NW, Edmonton, AB T6E 1W8,
 * Canada"), with no city, state or postal_code: the line is split so the listing has a town
 * and can be placed. A record with any split field is read as before, its `address` the street.
 */
function readAddressLine(
  record: Record<string, unknown>,
  country: string | undefined,
  warn: Warn,
): Parts | undefined {
  const line = text(record.address);
  const split = [record.city, record.state, record.postal_code].some((v) => text(v) !== undefined);
  // A line naming a state is read as American or Canadian; a record that says otherwise is not.
  if (!line || split || (country && country !== 'US' && country !== 'CA')) return undefined;
  const reading = parseAddressLine(line);
  if (reading.ok) {
    const { street, city, region, postalCode } = reading.value;
    return { address: street, city, region, postalCode, country: reading.value.country };
  }
  // A bare street ("123 Main St") is a street; a line with more to it was meant to be read.
  if (line.includes(',') && !text(record.formatted_address)) {
    warn('address', `the town could not be read from "${line}": ${reading.reason}`);
  }
  return undefined;
}

export function readLocation(
  record: Record<string, unknown>,
  warn: Warn,
): LocationInput | undefined {
  const formatted = text(record.formatted_address);
  const parsed = formatted ? readFormatted(formatted) : {};
  const countryText = text(record.country);
  let country = countryText ? countryCode(countryText) : undefined;
  if (countryText && !country) {
    warn('country', `"${countryText}" is not a country we recognise; it was dropped`);
  }
  const line = readAddressLine(record, country, warn);
  country ??= line?.country ?? parsed.country;
  const location: LocationInput = {
    venue: text(record.location),
    address: line ? (line.address ?? parsed.address) : (text(record.address) ?? parsed.address),
    city: text(record.city) ?? line?.city ?? parsed.city,
    region: text(record.state) ?? line?.region ?? parsed.region,
    postalCode: text(record.postal_code) ?? line?.postalCode ?? parsed.postalCode,
    country,
    ...readCoordinates(record, warn),
    notes: text(record.location_notes),
  };
  const filled = Object.fromEntries(
    Object.entries(location).filter(([, value]) => value !== undefined),
  ) as LocationInput;
  if (Object.keys(filled).length === 0) return undefined;

  const approximate = readBoolean(record.approximate);
  if (!approximate.ok) warn('approximate', approximate.error);
  // Without a street the point is the town at best; the spec's consumers infer the same.
  filled.approximate = (approximate.ok ? approximate.value : undefined) ?? !filled.address;
  return filled;
}
