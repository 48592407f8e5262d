import { describe, expect, it } from 'vitest';
import { classifyLatLon, formatLatLon } from './coordinates.js';
import { distanceKm, parseLatLon, timezoneAt } from './index.js';
import { fold, nameKey } from './normalize.js';

describe('distanceKm', () => {
  const philadelphia = { latitude: 39.9526, longitude: -75.1652 };
  const newYork = { latitude: 40.7128, longitude: -74.006 };

  it('is the great-circle distance', () => {
    expect(distanceKm(philadelphia, newYork)).toBeCloseTo(129.6, 0);
    expect(distanceKm(philadelphia, philadelphia)).toBe(0);
    expect(distanceKm(newYork, philadelphia)).toBeCloseTo(distanceKm(philadelphia, newYork), 9);
  });

  it('handles the antimeridian and antipodes', () => {
    const west = { latitude: 0, longitude: 179.5 };
    const east = { latitude: 0, longitude: -179.5 };
    expect(distanceKm(west, east)).toBeCloseTo(111.2, 0);
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(
      20015.1,
      0,
    );
  });
});

describe('parseLatLon', () => {
  it('accepts commas and/or spaces', () => {
    for (const text of ['39.95,-75.16', '39.95, -75.16', ' 39.95 , -75.16 ', '39.95 -75.16']) {
      expect(parseLatLon(text)).toEqual({ latitude: 39.95, longitude: -75.16 });
    }
    expect(parseLatLon('+90,180')).toEqual({ latitude: 90, longitude: 180 });
    expect(parseLatLon('-90,-180')).toEqual({ latitude: -90, longitude: -180 });
  });

  it('rejects out-of-range values and non-coordinates', () => {
    for (const text of ['91,0', '0,181', '-90.0001,0', 'abc', '39.95', '1,2,3', '', '19103']) {
      expect(parseLatLon(text)).toBeUndefined();
    }
    expect(classifyLatLon('91,0').kind).toBe('out_of_range');
    expect(classifyLatLon('Portland').kind).toBe('none');
  });

  it('formats points without trailing noise', () => {
    expect(formatLatLon({ latitude: 39.9526, longitude: -75.1652 })).toBe('39.9526, -75.1652');
    expect(formatLatLon({ latitude: 1.123456789, longitude: -0 })).toBe('1.123457, 0');
  });
});

describe('timezoneAt', () => {
  it('returns the IANA zone', () => {
    expect(timezoneAt(39.9526, -75.1652)).toBe('America/New_York');
    expect(timezoneAt(51.5072, -0.1276)).toBe('Europe/London');
    expect(timezoneAt(45.5152, -122.6784)).toBe('America/Los_Angeles');
  });

  it('falls back to UTC rather than throwing on impossible input', () => {
    expect(timezoneAt(Number.NaN, 0)).toBe('Etc/UTC');
    expect(timezoneAt(100, 0)).toBe('Etc/UTC');
  });
});

describe('name folding', () => {
  it('ignores case, accents and punctuation', () => {
    expect(fold('Montréal')).toBe('montreal');
    expect(fold("St. John's")).toBe('st johns');
    expect(fold('Stoke-on-Trent')).toBe('stoke on trent');
    expect(fold('Washington, D.C.')).toBe('washington dc');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Straße')).toBe('strasse');
  });

  it('expands the usual abbreviations in names only', () => {
    expect(nameKey('St Louis')).toBe(nameKey('Saint-Louis'));
    expect(nameKey('Ft. Worth')).toBe('fort worth');
    expect(fold('MT')).toBe('mt');
  });
});
