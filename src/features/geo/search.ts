import { type CityIndex, type CityRecord, latLonOf, placeFromCity } from './cities.js';
import { distanceKm } from './coordinates.js';
import { fold, nameKey } from './normalize.js';
import { UK_OUTWARD_CODE, UK_POSTCODE_REASON } from './postal.js';
import { countryName, describeQualifier, type Qualifier, regionOf } from './regions.js';
import type { GeocodeResult } from './types.js';

/**
 * Dominance rule. Matches for a name are ranked by population (after qualifiers such as
 * "OR" or "UK" have filtered them). The biggest is the answer when it has at least
 * DOMINANCE_RATIO times the population of the runner-up: people typing "London" or
 * "Philadelphia" mean the famous one. Otherwise the result is ambiguous and lists up to
 * MAX_CANDIDATES matches, biggest first, that have at least 1/CANDIDATE_SHARE of the biggest
 * one's population (the runner-up always qualifies, so there are always two or more).
 * 10 keeps Portland, OR (632k) vs Portland, ME (67k), a 9.5× gap, ambiguous, while London
 * (7.6M vs London, ON at 347k, 22×) and Paris resolve.
 *
 * A hint country only breaks ties: when the result would be ambiguous, the same rule is
 * applied to the matches in that country alone, and a dominant one there is the answer.
 */
export const DOMINANCE_RATIO = 10;
const CANDIDATE_SHARE = 100;
const MAX_CANDIDATES = 6;
/** GeoNames lists some places twice (a city and a section of it); count them once. */
const SAME_PLACE_KM = 10;

type QualifierText = { text: string; readings: Qualifier[] };

function notFound(query: string, reason: string): GeocodeResult {
  return { status: 'not_found', query, reason };
}

function matchesReading(city: CityRecord, reading: Qualifier): boolean {
  return city.country === reading.country && (!reading.region || regionOf(city) === reading.region);
}

/** The first `limit` matches, skipping any within SAME_PLACE_KM of a bigger one kept. */
function distinct(pool: readonly CityRecord[], limit: number): CityRecord[] {
  const kept: CityRecord[] = [];
  for (const city of pool) {
    if (kept.length >= limit) break;
    const here = latLonOf(city);
    const duplicate = kept.some(
      (k) => k.country === city.country && distanceKm(latLonOf(k), here) < SAME_PLACE_KM,
    );
    if (!duplicate) kept.push(city);
  }
  return kept;
}

function decide(pool: readonly CityRecord[]): CityRecord | CityRecord[] {
  const ranked = distinct(pool, MAX_CANDIDATES);
  const [top, second] = ranked;
  if (!top) return [];
  if (!second || top.population >= DOMINANCE_RATIO * Math.max(second.population, 1)) return top;
  const candidates = ranked.filter((city) => city.population * CANDIDATE_SHARE >= top.population);
  // Only reachable with unknown (zero) populations; one candidate is an answer, not a choice.
  return candidates.length >= 2 ? candidates : top;
}

/**
 * "Portland OR", "Leeds United Kingdom": while the text is not a known name, take known
 * qualifiers (up to three words, longest first) off the end.
 */
function peelQualifiers(index: CityIndex, text: string): { city: string; peeled: QualifierText[] } {
  let tokens = text.split(/\s+/);
  const peeled: QualifierText[] = [];
  while (tokens.length > 1 && !lookupName(index, tokens.join(' '))) {
    let took = false;
    for (let k = Math.min(3, tokens.length - 1); k >= 1 && !took; k--) {
      const tail = tokens.slice(-k).join(' ');
      const readings = index.qualifiers.get(fold(tail));
      if (readings) {
        peeled.unshift({ text: tail, readings });
        tokens = tokens.slice(0, -k);
        took = true;
      }
    }
    if (!took) break;
  }
  return { city: tokens.join(' '), peeled };
}

/**
 * A town that shares its name with a state or country ("England, AR", "Oregon, OH", "Uk" in
 * Russia) is only the answer when it is big (New York City, Mexico City, Québec): people who
 * type "Oregon" mean the state.
 */
const REGION_NAMESAKE_MIN_POPULATION = 500_000;

// The data has no alternate names; this one is common enough to spell out.
const NAME_ALIASES: Readonly<Record<string, string>> = { nyc: 'new york city' };

function lookupName(index: CityIndex, text: string): CityRecord[] | undefined {
  const key = nameKey(text);
  const aliased = NAME_ALIASES[key] ?? key;
  const direct = index.byName.get(aliased);
  // "Quebec City" is "Québec" in GeoNames.
  if (direct || !aliased.endsWith(' city')) return direct;
  return index.byName.get(aliased.slice(0, -' city'.length));
}

function regionOnly(index: CityIndex, query: string, reading: Qualifier): GeocodeResult {
  const kind = !reading.region
    ? 'a country'
    : reading.country === 'US'
      ? 'a US state'
      : reading.country === 'CA'
        ? 'a Canadian province or territory'
        : `part of the ${countryName(reading.country)}`;
  const example = index.biggest.get(
    reading.region ? `${reading.country}/${reading.region}` : reading.country,
  );
  const suggestion = example ? `, for example "${example.name}, ${query}"` : '';
  return notFound(query, `"${query}" is ${kind}; please add a town or city${suggestion}.`);
}

function nothingCalled(query: string, city: string): GeocodeResult {
  if (UK_OUTWARD_CODE.test(query)) return notFound(query, UK_POSTCODE_REASON);
  return notFound(
    query,
    `We could not find a place called "${city}". Check the spelling, or try a nearby larger town, a ZIP code or a Canadian postal code.`,
  );
}

/** Resolves a town name, optionally qualified: "Portland, OR", "Leeds UK", "London, ON, Canada". */
export function searchCities(index: CityIndex, query: string, hintCountry?: string): GeocodeResult {
  let cityText = query;
  let pool = lookupName(index, query);
  const asRegion = index.qualifiers.get(fold(query))?.[0];
  if (asRegion && !pool?.some((city) => city.population >= REGION_NAMESAKE_MIN_POPULATION)) {
    return regionOnly(index, query, asRegion);
  }
  const qualifiers: QualifierText[] = [];
  if (!pool) {
    const [head = '', ...rest] = query.split(',').map((part) => part.trim());
    const unknown: string[] = [];
    for (const text of rest.filter(Boolean)) {
      const readings = index.qualifiers.get(fold(text));
      if (readings) qualifiers.push({ text, readings });
      else unknown.push(text);
    }
    // An unrecognised extra part ("Portland, Multnomah County, OR") is tolerated when another
    // part pins the place down; on its own it is more likely a typo worth reporting.
    if (unknown.length > 0 && qualifiers.length === 0) {
      return notFound(
        query,
        `We don't recognise "${unknown[0]}" as a US state, Canadian province or country. Try "Town, State" or "Town, Country".`,
      );
    }
    const { city, peeled } = peelQualifiers(index, head);
    cityText = city;
    qualifiers.unshift(...peeled);
    pool = lookupName(index, city);
  }
  if (!pool || cityText.trim() === '') return nothingCalled(query, cityText);

  // Unambiguous qualifiers first, so "London, CA, Canada" reads CA as Canada: "Canada" has
  // already ruled out London, California when CA's readings are tried in order.
  const ordered = [...qualifiers].sort((a, b) => a.readings.length - b.readings.length);
  for (const { text, readings } of ordered) {
    let next: CityRecord[] = [];
    for (const reading of readings) {
      next = pool.filter((city) => matchesReading(city, reading));
      if (next.length > 0) break;
    }
    if (next.length === 0) {
      const where = readings.length === 1 && readings[0] ? describeQualifier(readings[0]) : text;
      return notFound(query, `We could not find a town called "${cityText}" in ${where}.`);
    }
    pool = next;
  }

  const decision = decide(pool);
  if (!Array.isArray(decision)) return { status: 'found', place: placeFromCity(decision) };
  if (hintCountry) {
    const local = decide(pool.filter((city) => city.country === hintCountry));
    if (!Array.isArray(local)) return { status: 'found', place: placeFromCity(local) };
  }
  return { status: 'ambiguous', query, candidates: decision.map(placeFromCity) };
}
