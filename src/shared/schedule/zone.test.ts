import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isoInZone, offsetAt } from './zone.js';

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Asia/Kolkata',
  'America/St_Johns',
  'Pacific/Chatham',
  'UTC',
  'Etc/UTC',
];

describe('offsets and ISO times in a zone', () => {
  it('writes every instant as luxon does, across daylight-saving changes', () => {
    // 2026 to 2029: every zone above changes its clocks (or not) several times.
    const from = Date.UTC(2026, 0, 1);
    const to = Date.UTC(2029, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.constantFrom(...ZONES), (ms, zone) => {
        const d = new Date(ms);
        expect(isoInZone(d, zone)).toBe(DateTime.fromJSDate(d, { zone }).toISO());
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the minute a change happens', () => {
    // New York springs forward at 07:00 UTC on 14 March 2027.
    const change = Date.UTC(2027, 2, 14, 7);
    expect(offsetAt('America/New_York', change - 60_000)).toBe(-300);
    expect(offsetAt('America/New_York', change)).toBe(-240);
  });
});
