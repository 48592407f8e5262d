import type { Geocoder } from '../geo/index.js';
import type { SearchPoint } from './queries.js';
import type { PlaceOutcome } from './views/search-page.js';

/** Turn `near` into a point to search from, or into a question for the person. */
export async function resolveNear(
  geocoder: Geocoder,
  near: string | undefined,
  locale: string,
): Promise<{ point?: SearchPoint; outcome: PlaceOutcome }> {
  if (!near) return { outcome: { status: 'none' } };
  // The locale's country breaks ties between places of the same name.
  const result = await geocoder.geocode(near, { country: locale.split('-')[1] });
  if (result.status === 'found') {
    return {
      point: { latitude: result.place.latitude, longitude: result.place.longitude },
      outcome: { status: 'found', label: result.place.label },
    };
  }
  if (result.status === 'ambiguous') {
    return {
      outcome: {
        status: 'ambiguous',
        candidates: result.candidates.map((c) => ({ label: c.label, query: c.label })),
      },
    };
  }
  return { outcome: { status: 'not_found', reason: result.reason } };
}
