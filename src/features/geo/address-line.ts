import { fold } from './normalize.js';
import { northAmericanRegion, PROVINCE_BY_POSTAL_LETTER } from './regions.js';

/** A one-line US or Canadian address, split into the fields a listing keeps. */
export type AddressLine = {
  street?: string;
  city?: string;
  /** State or province abbreviation: "IL", "AB". */
  region: string;
  /** US ZIP (with its +4 when given) or Canadian "A1A 1A1". */
  postalCode?: string;
  country: 'US' | 'CA';
};

export type AddressLineReading = { ok: true; value: AddressLine } | { ok: false; reason: string };

const US_ZIP = /^\d{5}(?:-\d{4})?$/;
/** Canada Post never uses D, F, I, O, Q or U, nor W or Z in first place. */
const CA_POSTAL = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]) ?(\d[ABCEGHJ-NPRSTV-Z]\d)$/i;

const US_NAMES = new Set(['us', 'usa', 'united states', 'united states of america', 'america']);

type Postal = { code: string; country: 'US' | 'CA' };

const refuse = (reason: string): AddressLineReading => ({ ok: false, reason });

/** The postal code at the end of a part's words, if any: "IL 62701", "AB T6E 1W8", "T6E1W8". */
function takePostal(words: string[]): Postal | undefined {
  const last = words.at(-1) ?? '';
  if (US_ZIP.test(last)) {
    words.pop();
    return { code: last, country: 'US' };
  }
  const joined = words.length >= 2 ? `${words.at(-2)} ${last}` : '';
  for (const [candidate, count] of [
    [joined, 2],
    [last, 1],
  ] as const) {
    const match = CA_POSTAL.exec(candidate);
    if (match) {
      words.splice(words.length - count, count);
      return { code: `${match[1]} ${match[2]}`.toUpperCase(), country: 'CA' };
    }
  }
  return undefined;
}

/** The state or province at the end of a part's words, longest name first ("West Virginia"). */
function takeRegion(words: string[]) {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const found = northAmericanRegion(words.slice(-n).join(' '));
    if (found) {
      words.splice(words.length - n, n);
      return found;
    }
  }
  return undefined;
}

const hasDigit = (text: string) => /\d/.test(text);

/**
 * Reads "10026 81 Ave NW, Edmonton, AB T6E 1W8, Canada" or "123 Main St, Springfield, IL
 * 62701-1234, USA" into street, town, region and postal code. Feeds that publish a single
 * `address` line (the Edmonton intergroup's does) otherwise import with no town to show or to
 * place. Only US and Canadian lines are read: they end in a state or province (or a Canadian
 * postal code, whose first letter names the province), which is what makes the parts
 * tellable apart. Anything else is refused with a reason rather than guessed at, because a
 * wrong town puts a meeting on the map in the wrong place.
 */
export function parseAddressLine(line: string): AddressLineReading {
  const parts = line
    .split(',')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (parts.length === 0) return refuse('the address is empty');

  let country: 'US' | 'CA' | undefined;
  const lastFolded = fold(parts.at(-1) ?? '');
  if (parts.length > 1 && (US_NAMES.has(lastFolded) || lastFolded === 'canada')) {
    country = lastFolded === 'canada' ? 'CA' : 'US';
    parts.pop();
  } else if (parts.length > 1 && lastFolded === 'ca') {
    // "CA" ends both "Los Angeles, CA" and "..., ON K0K 1G0, CA": a Canadian ending before it tells.
    const before = parts.at(-2)?.split(' ') ?? [];
    const postal = takePostal([...before]);
    if (postal?.country === 'CA' || takeRegion([...before])?.country === 'CA') {
      country = 'CA';
      parts.pop();
    }
  }

  let words = (parts.pop() ?? '').split(' ');
  const postal = takePostal(words);
  let region = takeRegion(words);
  // "Edmonton, AB, T6E 1W8" or "Springfield, IL, 62701": the postal code stood alone, and the
  // region is in the part before.
  if (postal && !region && words.length === 0 && parts.length > 0) {
    const previous = (parts.at(-1) ?? '').split(' ');
    region = takeRegion(previous);
    if (region) {
      parts.pop();
      words = previous;
    }
  }
  if (!postal && !region) {
    return refuse(`"${line.trim()}" does not end in a US state or Canadian province`);
  }
  // "Edmonton T6E 1W8": a Canadian code's first letter names the province; a ZIP's does not.
  const province = postal?.country === 'CA' && PROVINCE_BY_POSTAL_LETTER[postal.code.charAt(0)];
  if (!region && province) region = { country: 'CA', region: province };
  if (!region) {
    const before = words.at(-1) ?? parts.at(-1);
    return refuse(
      before
        ? `"${before}" before the ZIP code ${postal?.code} is not a US state`
        : `the ZIP code ${postal?.code} has no state before it`,
    );
  }
  if (postal && postal.country !== region.country) {
    return refuse(`${postal.code} is not a postal code of ${region.region}`);
  }
  if (postal?.country === 'CA') {
    const expected = PROVINCE_BY_POSTAL_LETTER[postal.code.charAt(0)];
    // X is shared by the Northwest Territories and Nunavut.
    const fits = expected === region.region || (expected === 'NT' && region.region === 'NU');
    if (!fits) return refuse(`the postal code ${postal.code} is not in ${region.region}`);
  }
  if (country && country !== region.country) {
    return refuse(
      `${region.region} is not in ${country === 'US' ? 'the United States' : 'Canada'}`,
    );
  }

  // The town either shares the region's part ("Springfield IL 62701") or is the part before.
  let city = words.length > 0 ? words.join(' ') : undefined;
  if (city && hasDigit(city)) {
    return refuse(`cannot tell the street from the town in "${city}"; separate them with a comma`);
  }
  if (!city && parts.length > 0 && !hasDigit(parts.at(-1) ?? '')) city = parts.pop();
  // A town is what places a meeting when there is no postal code; without either, nothing does.
  if (!city && !postal) return refuse('it names no town before the state or province');
  const street = parts.length > 0 ? parts.join(', ') : undefined;

  const value: AddressLine = { region: region.region, country: region.country };
  if (street) value.street = street;
  if (city) value.city = city;
  if (postal) value.postalCode = postal.code;
  return { ok: true, value };
}
