import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayTimeRanges, dayTimeSlots } from './queries.js';

describe('day and time windows in the viewer’s zone', () => {
  it('keeps "evening" at 5–9 pm wall-clock time on a DST-change day', () => {
    // Sunday 14 March 2027: New York springs forward at 2 am.
    const now = new Date('2027-03-14T05:00:00Z');
    const { starts, ends } = dayTimeRanges([0], ['evening'], 'America/New_York', now);
    const local = (d: Date) =>
      DateTime.fromJSDate(d, { zone: 'America/New_York' }).toFormat('ccc HH:mm');
    expect(starts.map(local)).toEqual(['Sun 17:00']);
    expect(ends.map(local)).toEqual(['Sun 21:00']);
  });

  it('wraps "night" past midnight into the next day', () => {
    const now = new Date('2027-06-01T12:00:00Z');
    const { starts, ends } = dayTimeRanges([2], ['night'], 'Europe/London', now);
    const local = (d: Date) =>
      DateTime.fromJSDate(d, { zone: 'Europe/London' }).toFormat('ccc HH:mm');
    expect(starts.map(local)).toEqual(['Tue 21:00']);
    expect(ends.map(local)).toEqual(['Wed 05:00']);
  });

  it('turns a viewer’s Tuesday evening into UTC quarter-hours of the week', () => {
    // Summer: New York is UTC-4, so Tue 17:00-21:00 is Tue 21:00 to Wed 01:00 UTC.
    const slots = dayTimeSlots(
      [2],
      ['evening'],
      'America/New_York',
      new Date('2027-06-01T12:00:00Z'),
    );
    expect(slots).toHaveLength(16);
    expect(slots[0]).toBe(2 * 96 + 21 * 4);
    expect(slots.at(-1)).toBe(3 * 96 + 0 * 4 + 3);
  });
});
