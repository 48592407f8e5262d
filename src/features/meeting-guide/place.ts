import type { LocationInput } from '../directory/model.js';
import { type RecordContext, type Settings, withoutUndefined } from './context.js';

/**
 * Where a record is, for the map, `near` searches and its time zone. `zone` is the zone at its
 * point; when there is none, `why` says what was missing, for the report.
 */
export type Placed = { location: LocationInput | undefined; zone?: string; why: string };

/**
 * Gives a record with no coordinates the point of its postal code or town, so `near` finds
 * it and its zone can be known. The point is the neighbourhood's or town's centre, so
 * `approximate` keeps its meaning (whether the street address is public) and is not changed.
 */
export function placeRecord(
  location: LocationInput | undefined,
  ctx: RecordContext,
  settings: Settings,
): Placed {
  if (!location) return { location, why: 'it has no address or coordinates' };
  const { latitude, longitude } = location;
  if (latitude !== undefined && longitude !== undefined) {
    const zone = settings.timezoneAt?.(latitude, longitude);
    return zone ? { location, zone, why: '' } : { location, why: 'no zone is known at its point' };
  }
  if (!settings.placeAddress) return { location, why: 'it has no coordinates' };
  if (!location.city && !location.postalCode) {
    return { location, why: 'it has no coordinates, and no town or postal code to place it by' };
  }
  const answer = settings.placeAddress({
    postalCode: location.postalCode,
    city: location.city,
    region: location.region,
    country: location.country,
  });
  if (answer.status === 'not_found') {
    ctx.warn('address', `not placed on the map: ${answer.reason}`);
    return { location, why: 'it has no coordinates, and its address could not be placed' };
  }
  const { place, note } = answer;
  if (note) ctx.warn('address', note);
  return {
    location: withoutUndefined({
      ...location,
      // A town the address left out is the one its postal code lies in.
      city: location.city ?? place.city,
      region: location.region ?? place.region,
      country: location.country ?? place.country,
      latitude: place.latitude,
      longitude: place.longitude,
    }),
    zone: place.timezone,
    why: '',
  };
}
