export { type AddressLine, type AddressLineReading, parseAddressLine } from './address-line.js';
export {
  type AddressPlacer,
  type AddressPlacing,
  type AddressQuery,
  loadAddressPlacer,
  type PlacedAddress,
} from './address-place.js';
export { distanceKm, parseLatLon, timezoneAt } from './coordinates.js';
export { createOfflineGeocoder } from './geocoder.js';
export { DOMINANCE_RATIO } from './search.js';
export type { GeocodeHint, GeocodeResult, Geocoder, LatLon, Place } from './types.js';
