import tzLookup from '@photostructure/tz-lookup';
import type { LatLon } from './types.js';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance (haversine), in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.latitude - a.latitude) * RAD;
  const dLon = (b.longitude - a.longitude) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * RAD) * Math.cos(b.latitude * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function isValidLatLon(latitude: number, longitude: number): boolean {
  return (
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180
  );
}

/**
 * IANA zone at a point. tz-lookup throws on invalid input; callers validate first, but a
 * timezone must never crash a page, so anything odd falls back to UTC.
 */
export function timezoneAt(latitude: number, longitude: number): string {
  if (!isValidLatLon(latitude, longitude)) return 'Etc/UTC';
  try {
    return tzLookup(latitude, longitude);
  } catch {
    return 'Etc/UTC';
  }
}

// Two decimal numbers separated by a comma and/or spaces: "39.95,-75.16", "39.95 -75.16".
const LAT_LON = /^\s*([+-]?\d{1,3}(?:\.\d+)?)\s*(?:,\s*|\s+)([+-]?\d{1,3}(?:\.\d+)?)\s*$/;

export type LatLonParse =
  | { kind: 'none' }
  | { kind: 'out_of_range'; latitude: number; longitude: number }
  | ({ kind: 'ok' } & LatLon);

/** Tells "not coordinates at all" apart from "coordinates, but impossible ones". */
export function classifyLatLon(text: string): LatLonParse {
  const match = LAT_LON.exec(text);
  if (!match) return { kind: 'none' };
  const latitude = Number(match[1]);
  const longitude = Number(match[2]);
  if (!isValidLatLon(latitude, longitude)) return { kind: 'out_of_range', latitude, longitude };
  return { kind: 'ok', latitude, longitude };
}

export function parseLatLon(text: string): LatLon | undefined {
  const parsed = classifyLatLon(text);
  return parsed.kind === 'ok'
    ? { latitude: parsed.latitude, longitude: parsed.longitude }
    : undefined;
}

/** "39.9526, -75.1652": at most 6 decimals (about 10 cm), no trailing zeros. */
export function formatLatLon(point: LatLon): string {
  const fmt = (n: number) => String(Number(n.toFixed(6)) || 0);
  return `${fmt(point.latitude)}, ${fmt(point.longitude)}`;
}
