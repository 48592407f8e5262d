import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AddressLine, parseAddressLine } from './index.js';

function read(line: string): AddressLine {
  const reading = parseAddressLine(line);
  if (!reading.ok) throw new Error(`${line}: ${reading.reason}`);
  return reading.value;
}

function refusal(line: string): string {
  const reading = parseAddressLine(line);
  if (reading.ok) throw new Error(`${line} was read as ${JSON.stringify(reading.value)}`);
  return reading.reason;
}

describe('one-line US addresses', () => {
  const springfield = {
    street: '123 Main St',
    city: 'Springfield',
    region: 'IL',
    postalCode: '62701',
    country: 'US',
  };

  it('reads the street, town, state and ZIP with or without a country', () => {
    for (const line of [
      '123 Main St, Springfield, IL 62701, USA',
      '123 Main St, Springfield, IL 62701',
      '123 Main St, Springfield, IL 62701, United States',
      '123 Main St, Springfield, IL 62701, United States of America',
      '123 Main St, Springfield, IL 62701, U.S.A.',
      '123 Main St, Springfield, IL 62701, US',
      '123 Main St, Springfield, Illinois 62701',
      '123 Main St, Springfield, IL, 62701',
      '123 Main St, Springfield IL 62701',
      '  123  Main St ,  Springfield ,IL   62701 , USA ',
      '123 Main St, Springfield, il 62701,',
    ]) {
      expect(read(line), line).toEqual(springfield);
    }
  });

  it('keeps a ZIP+4 and a street of several parts', () => {
    expect(read('520 SW Yamhill St, Suite 4, Portland, OR 97204-1329')).toEqual({
      street: '520 SW Yamhill St, Suite 4',
      city: 'Portland',
      region: 'OR',
      postalCode: '97204-1329',
      country: 'US',
    });
  });

  it('tolerates a missing street or ZIP', () => {
    expect(read('Springfield, IL 62701, USA')).toEqual({
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
      country: 'US',
    });
    expect(read('1600 Glenarm Pl, Denver, CO')).toEqual({
      street: '1600 Glenarm Pl',
      city: 'Denver',
      region: 'CO',
      country: 'US',
    });
  });

  it('takes the longest state name and leaves the rest to the town', () => {
    expect(read('1 Capitol St, Charleston, West Virginia 25301')).toMatchObject({
      city: 'Charleston',
      region: 'WV',
    });
    expect(read('5 Elm St, Kansas City, Kansas')).toMatchObject({
      city: 'Kansas City',
      region: 'KS',
    });
    expect(read('350 5th Ave, New York, NY 10118')).toMatchObject({
      street: '350 5th Ave',
      city: 'New York',
      region: 'NY',
    });
  });

  it('reads "CA" after a town as California, after a Canadian ending as Canada', () => {
    expect(read('1 Sunset Blvd, Los Angeles, CA')).toMatchObject({ region: 'CA', country: 'US' });
    expect(read('1 Sunset Blvd, Los Angeles, CA 90028')).toMatchObject({ country: 'US' });
    expect(read('243 Main St, Wellington, ON K0K 1G0, CA')).toMatchObject({
      city: 'Wellington',
      region: 'ON',
      country: 'CA',
    });
  });
});

describe('one-line Canadian addresses', () => {
  const edmonton = {
    street: '10026 81 Ave NW',
    city: 'Edmonton',
    region: 'AB',
    postalCode: 'T6E 1W8',
    country: 'CA',
  };

  it('reads the Edmonton intergroup’s shape and its variants', () => {
    for (const line of [
      '10026 81 Ave NW, Edmonton, AB T6E 1W8, Canada',
      '10026 81 Ave NW, Edmonton, AB T6E 1W8',
      '10026 81 Ave NW, Edmonton, AB T6E1W8, Canada',
      '10026 81 Ave NW, Edmonton, ab t6e 1w8, canada',
      '10026 81 Ave NW, Edmonton, Alberta T6E 1W8, Canada',
      '10026 81 Ave NW, Edmonton, Alta. T6E 1W8',
      '10026 81 Ave NW, Edmonton, AB, T6E 1W8, Canada',
      '10026 81 Ave NW, Edmonton AB T6E 1W8',
      '10026  81 Ave NW ,Edmonton,  AB  T6E 1W8 ,Canada',
    ]) {
      expect(read(line), line).toEqual(edmonton);
    }
  });

  it('tolerates a missing street, province or town', () => {
    expect(read('Calgary, AB T2P 2M5, Canada')).toEqual({
      city: 'Calgary',
      region: 'AB',
      postalCode: 'T2P 2M5',
      country: 'CA',
    });
    // The postal code's first letter names the province.
    expect(read('1320 5 St SW, Calgary T2R 0N3')).toMatchObject({ city: 'Calgary', region: 'AB' });
    expect(read('Calgary, Alberta, Canada')).toEqual({
      city: 'Calgary',
      region: 'AB',
      country: 'CA',
    });
    // A part with a number in it is a street, not a town: the postal code will place it.
    expect(read('10026 81 Ave NW, AB T6E 1W8')).toEqual({
      street: '10026 81 Ave NW',
      region: 'AB',
      postalCode: 'T6E 1W8',
      country: 'CA',
    });
  });

  it('spells provinces out, and accepts Nunavut codes under X', () => {
    expect(read('1 Water St, Vancouver, British Columbia V6B 1A1')).toMatchObject({
      region: 'BC',
    });
    expect(read('1 Queen St, Iqaluit, NU X0A 0H0')).toMatchObject({ region: 'NU' });
  });
});

describe('what the parser refuses', () => {
  it('refuses lines that do not end in a US state or Canadian province', () => {
    for (const line of [
      '',
      ' , , ',
      '123 Main St',
      'Church basement, use the back door',
      'Zoom',
      '10 Downing St, London SW1A 2AA, UK',
      'Calle 5, Ciudad de México, CDMX, Mexico',
      'Canada',
    ]) {
      expect(refusal(line), line).toMatch(/empty|does not end in a US state or Canadian province/);
    }
  });

  it('refuses postal codes and countries that contradict the state or province', () => {
    expect(refusal('1 Main St, Calgary, AB 62701')).toBe('62701 is not a postal code of AB');
    expect(refusal('1 Main St, Springfield, IL T6E 1W8')).toBe(
      'T6E 1W8 is not a postal code of IL',
    );
    expect(refusal('1 Main St, Calgary, BC T2P 2M5')).toBe('the postal code T2P 2M5 is not in BC');
    expect(refusal('1 Main St, Springfield, IL 62701, Canada')).toBe('IL is not in Canada');
    expect(refusal('1 Main St, Edmonton, AB T6E 1W8, USA')).toBe('AB is not in the United States');
  });

  it('refuses what it cannot split, rather than guessing a town', () => {
    expect(refusal('123 Main St Springfield IL 62701')).toMatch(/street from the town/);
    expect(refusal('123 Main St, IL')).toMatch(/names no town/);
    expect(refusal('Main St, 62701')).toBe('"Main St" before the ZIP code 62701 is not a US state');
    expect(refusal('1 Main St, Springfield, ZZ 62701')).toBe(
      '"ZZ" before the ZIP code 62701 is not a US state',
    );
    expect(refusal('62701')).toBe('the ZIP code 62701 has no state before it');
    // Not a Canadian postal code: Canada Post never uses D, F, I, O, Q or U.
    expect(refusal('1 Main St, Edmonton D6E 1W8')).toMatch(/does not end/);
  });

  it('never throws, and every part it returns comes from the line', () => {
    const pieces = fc.constantFrom(
      '123 Main St',
      'Edmonton',
      'AB',
      'T6E 1W8',
      'IL 62701',
      'Canada',
      'USA',
      'CA',
      'Suite 4',
      '',
      '  ',
      'New York',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 6 }), (parts) => {
        const line = parts.join(',');
        const reading = parseAddressLine(line);
        if (!reading.ok) return reading.reason.length > 0;
        const { street, city } = reading.value;
        const squashed = line.replace(/\s+/g, ' ');
        const pieces = [...(street?.split(', ') ?? []), ...(city ? [city] : [])];
        return pieces.every((piece) => squashed.includes(piece));
      }),
    );
  });
});
