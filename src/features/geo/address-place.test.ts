import { beforeAll, describe, expect, it } from 'vitest';
import { type AddressPlacer, type AddressQuery, loadAddressPlacer } from './index.js';

let place: AddressPlacer;
beforeAll(async () => {
  place = await loadAddressPlacer();
});

function found(query: AddressQuery) {
  const answer = place(query);
  if (answer.status !== 'found') throw new Error(`${JSON.stringify(query)}: ${answer.reason}`);
  return answer;
}

function reason(query: AddressQuery): string {
  const answer = place(query);
  if (answer.status !== 'not_found') throw new Error(`${JSON.stringify(query)} was placed`);
  return answer.reason;
}

describe('placing an address with the offline gazetteer', () => {
  it('places by postal code first, naming the town the code lies in', () => {
    const { place: edmonton, note } = found({
      postalCode: 'T6E 1W8',
      city: 'Edmonton',
      region: 'AB',
      country: 'CA',
    });
    expect(note).toBeUndefined();
    expect(edmonton).toMatchObject({
      by: 'postal_code',
      city: 'Edmonton',
      region: 'AB',
      country: 'CA',
      timezone: 'America/Edmonton',
    });
    expect(edmonton.latitude).toBeCloseTo(53.51, 1);
    // The code alone is enough, and its town fills a line that had none.
    expect(found({ postalCode: 'T2P 2M5' }).place).toMatchObject({ city: 'Calgary', region: 'AB' });
    expect(found({ postalCode: '97204-1329', region: 'OR' }).place).toMatchObject({
      city: 'Portland',
      timezone: 'America/Los_Angeles',
    });
  });

  it('places by town and state or province when there is no postal code', () => {
    expect(found({ city: 'Calgary', region: 'Alberta' }).place).toMatchObject({
      by: 'city',
      region: 'AB',
      timezone: 'America/Edmonton',
    });
    expect(found({ city: 'Springfield', region: 'IL', country: 'US' }).place).toMatchObject({
      timezone: 'America/Chicago',
    });
    // A country given as a code is read as the country, not as a state ("DE" is Germany here).
    expect(found({ city: 'Berlin', country: 'DE' }).place).toMatchObject({
      country: 'DE',
      timezone: 'Europe/Berlin',
    });
  });

  it('falls back to the town, with a note, when the postal code contradicts the state', () => {
    const answer = found({ postalCode: '12345', city: 'Albany', region: 'GA', country: 'US' });
    expect(answer.place).toMatchObject({ by: 'city', region: 'GA' });
    expect(answer.note).toBe('the postal code 12345 is in NY, not GA; placed by its town instead');
  });

  it('says why an address cannot be placed, rather than guessing', () => {
    expect(reason({ city: 'Sprngfield', region: 'IL', country: 'US' })).toMatch(
      /"Sprngfield, IL, United States" is not a town the offline gazetteer knows/,
    );
    expect(reason({ city: 'Springfield', country: 'US' })).toMatch(/could be any of: Springfield/);
    expect(reason({ postalCode: '00000' })).toMatch(
      /postal code 00000 is not one .* names no town/,
    );
    expect(reason({ postalCode: 'T6E 1W8', region: 'BC' })).toMatch(/is in AB, not BC/);
  });
});
