export type Place = {
  label: string;
  latitude: number;
  longitude: number;
  /** ISO 3166-1 alpha-2; "ZZ" (CLDR's "unknown region") for a point far from any town. */
  country: string;
  /** US state / Canadian province abbreviation, or a region name (England, Scotland...). */
  region?: string;
  /** IANA zone. */
  timezone: string;
  kind: 'postal_code' | 'city' | 'point';
  postalCode?: string;
  population?: number;
};

export type GeocodeResult =
  | { status: 'found'; place: Place }
  /** 2..6 candidates, biggest first. */
  | { status: 'ambiguous'; query: string; candidates: Place[] }
  /** `reason` is a sentence that can be shown to the person who typed the query. */
  | { status: 'not_found'; query: string; reason: string };

export type GeocodeHint = { country?: string };

export interface Geocoder {
  geocode(query: string, hint?: GeocodeHint): Promise<GeocodeResult>;
}

export type LatLon = { latitude: number; longitude: number };
