import { describe, expect, it } from 'vitest';
import { dayTimeTable, zoneOffsets } from './search-when.js';

const at = (iso: string) => Date.parse(iso) / 60_000;

describe('day and time windows in the viewer’s zone', () => {
  it('accepts "Tuesday evening" from 5 to 9 pm local, and nothing else', () => {
    const table = dayTimeTable([2], ['evening']);
    expect(table[2 * 1440 + 17 * 60]).toBe(1);
    expect(table[2 * 1440 + 21 * 60 - 1]).toBe(1);
    expect(table[2 * 1440 + 21 * 60]).toBe(0);
    expect(table[3 * 1440 + 18 * 60]).toBe(0);
    expect(table.reduce((s, v) => s + v, 0)).toBe(4 * 60);
  });

  it('counts the small hours of "Tuesday night" for Tuesday', () => {
    const table = dayTimeTable([2], ['night']);
    expect(table[2 * 1440 + 22 * 60]).toBe(1);
    expect(table[3 * 1440 + 2 * 60]).toBe(1);
    expect(table[2 * 1440 + 2 * 60]).toBe(0);
  });

  it('finds the zone’s offset on each side of a daylight-saving change', () => {
    // New York springs forward at 2 am on Sunday 14 March 2027 (07:00 UTC).
    const z = zoneOffsets('America/New_York', at('2027-03-10T00:00Z'), at('2027-03-20T00:00Z'));
    const offsetAt = (m: number) => z.offsets[z.starts.findLastIndex((s) => s <= m)];
    expect(offsetAt(at('2027-03-14T06:59Z'))).toBe(-300);
    expect(offsetAt(at('2027-03-14T07:00Z'))).toBe(-240);
  });
});
