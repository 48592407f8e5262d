import type { Geocoder } from '../geo/index.js';
import type { SearchPoint } from './queries.js';
import type { PlaceOutcome } from './views/search-page.js';

/** Turn `near` into a point to search from, or into a question for the person. */
export async function resolveNear(
  geocoder: Geocoder,
  near: string | undefined,
  country: string | undefined,
): Promise<{ point?: SearchPoint; outcome: PlaceOutcome }> {
  if (!near) return { outcome: { status: 'none' } };
  const result = await geocoder.geocode(near, { country });
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
