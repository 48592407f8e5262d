export { distanceKm, parseLatLon, timezoneAt } from './coordinates.js';
export { createOfflineGeocoder } from './geocoder.js';
export { DOMINANCE_RATIO } from './search.js';
export type { GeocodeHint, GeocodeResult, Geocoder, LatLon, Place } from './types.js';
