import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOfflineGeocoder, type GeocodeResult, type Place } from './index.js';

const geocoder = createOfflineGeocoder();

async function found(query: string, hint?: { country?: string }): Promise<Place> {
  const result = await geocoder.geocode(query, hint);
  if (result.status !== 'found') throw new Error(`${query}: ${JSON.stringify(result)}`);
  return result.place;
}

async function reason(query: string): Promise<string> {
  const result = await geocoder.geocode(query);
  if (result.status !== 'not_found') throw new Error(`${query}: ${JSON.stringify(result)}`);
  return result.reason;
}

describe('US ZIP codes', () => {
  it('finds a ZIP and a ZIP+4', async () => {
    for (const query of ['19103', '19103-1234', '191031234', ' 19103 ']) {
      const place = await found(query);
      expect(place).toMatchObject({
        label: '19103 (Philadelphia, PA)',
        kind: 'postal_code',
        postalCode: '19103',
        country: 'US',
        region: 'PA',
        timezone: 'America/New_York',
      });
      expect(place.latitude).toBeCloseTo(39.95, 1);
      expect(place.longitude).toBeCloseTo(-75.17, 1);
    }
  });

  it('uses the local zone and territory country codes', async () => {
    expect((await found('97201')).timezone).toBe('America/Los_Angeles');
    expect(await found('00901')).toMatchObject({ country: 'PR', timezone: 'America/Puerto_Rico' });
  });

  it('explains unknown and military ZIPs', async () => {
    expect(await reason('00000')).toMatch(/could not find the US ZIP code 00000/);
    expect(await reason('09002')).toMatch(/military/);
  });
});

describe('Canadian postal codes', () => {
  it('resolves full codes and forward sortation areas to the FSA', async () => {
    for (const query of ['M5V 2T6', 'M5V2T6', 'm5v 2t6', 'm5v2t6', 'M5V', 'm5v']) {
      expect(await found(query)).toMatchObject({
        label: 'M5V (Toronto, ON)',
        kind: 'postal_code',
        postalCode: 'M5V',
        country: 'CA',
        region: 'ON',
        timezone: 'America/Toronto',
      });
    }
  });

  it('names the area after a real town when it can', async () => {
    expect((await found('H3A 0G4')).label).toBe('H3A (Montréal, QC)');
    expect(await found('T5J')).toMatchObject({ region: 'AB', timezone: 'America/Edmonton' });
    expect(await found('V6B')).toMatchObject({ region: 'BC', timezone: 'America/Vancouver' });
  });

  it('explains an unknown full code', async () => {
    expect(await reason('Z9Z 9Z9')).toMatch(/Canadian postal code Z9Z 9Z9/);
  });
});

describe('UK postcodes', () => {
  it('are not supported and say what to do instead', async () => {
    for (const query of ['LS1 4DY', 'ls14dy', 'SW1A 1AA', 'LS1']) {
      const text = await reason(query);
      expect(text).toMatch(/UK postcodes are not supported yet/);
      expect(text).toMatch(/town/);
    }
  });
});

describe('coordinates', () => {
  it('returns a point with its zone and country', async () => {
    expect(await found('39.9526,-75.1652')).toEqual({
      label: '39.9526, -75.1652',
      latitude: 39.9526,
      longitude: -75.1652,
      country: 'US',
      timezone: 'America/New_York',
      kind: 'point',
    });
    expect(await found('51.5072 -0.1276')).toMatchObject({
      country: 'GB',
      timezone: 'Europe/London',
    });
  });

  it('marks mid-ocean points as an unknown country', async () => {
    expect(await found('0, -30')).toMatchObject({ country: 'ZZ', kind: 'point' });
  });

  it('rejects out-of-range coordinates with a reason about the range', async () => {
    expect(await reason('91,0')).toMatch(/latitude must be between -90 and 90/);
    expect(await reason('45, 200')).toMatch(/longitude between -180 and 180/);
  });
});

describe('input that is not a place', () => {
  it('explains empty, junk and unknown input without throwing', async () => {
    expect(await reason('')).toMatch(/enter a town or city/);
    expect(await reason('   ')).toMatch(/enter a town or city/);
    expect(await reason('x'.repeat(300))).toMatch(/too long/);
    expect(await reason('Xyzzyville')).toMatch(/could not find a place called "Xyzzyville"/);
    expect(await reason('!!!')).toMatch(/could not find/);
  });

  it('treats non-string input like empty input', async () => {
    const untyped = geocoder.geocode as (query: unknown) => Promise<GeocodeResult>;
    expect((await untyped(undefined)).status).toBe('not_found');
    expect((await untyped(42)).status).toBe('not_found');
  });

  it('never throws and always returns a well-formed result', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (query) => {
        const result = await geocoder.geocode(query, { country: 'US' });
        if (result.status === 'found') expect(result.place.timezone).toMatch(/\//);
        if (result.status === 'ambiguous') {
          expect(result.candidates.length).toBeGreaterThanOrEqual(2);
          expect(result.candidates.length).toBeLessThanOrEqual(6);
        }
        if (result.status === 'not_found') expect(result.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });
});

describe('loading', () => {
  it('shares data between geocoders and concurrent first calls', async () => {
    const a = createOfflineGeocoder();
    const b = createOfflineGeocoder();
    const results = await Promise.all([a.geocode('London'), b.geocode('M5V'), a.geocode('19103')]);
    expect(results.map((r) => r.status)).toEqual(['found', 'found', 'found']);
  });
});
