import { describe, expect, it } from 'vitest';
import { splitFormattedAddress } from './address.js';
import { readTypes } from './codes.js';
import { addMinutes, cleanSlug, firstNameOnly, readBoolean, readDays, readTime } from './fields.js';

describe('readTime', () => {
  it.each([
    ['19:00', '19:00'],
    ['19:00:00', '19:00'],
    ['7:00 PM', '19:00'],
    ['7 PM', '19:00'],
    ['7pm', '19:00'],
    ['7:30 p.m.', '19:30'],
    ['12:00 AM', '00:00'],
    ['12 PM', '12:00'],
    ['11:00 AM', '11:00'],
    ['6:05', '06:05'],
    ['24:00', '00:00'],
    ['noon', '12:00'],
  ])('reads %s as %s', (input, expected) => {
    expect(readTime(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['7', '25:00', '13 PM', '7:75', 'evening', 1900])('rejects %s', (input) => {
    expect(readTime(input).ok).toBe(false);
  });

  it('treats a missing time as absent, not wrong', () => {
    expect(readTime(undefined)).toEqual({ ok: true, value: undefined });
    expect(readTime('')).toEqual({ ok: true, value: undefined });
  });
});

describe('readDays', () => {
  it('accepts numbers, numeric strings, names and arrays of them', () => {
    expect(readDays(1)).toEqual({ ok: true, value: [1] });
    expect(readDays('6')).toEqual({ ok: true, value: [6] });
    expect(readDays(['3', 1, 'Fri', 1])).toEqual({ ok: true, value: [1, 3, 5] });
    expect(readDays('sunday')).toEqual({ ok: true, value: [0] });
  });

  it('treats no day as an empty list and out-of-range days as errors', () => {
    expect(readDays(undefined)).toEqual({ ok: true, value: [] });
    expect(readDays([])).toEqual({ ok: true, value: [] });
    expect(readDays('7')).toEqual({
      ok: false,
      error: expect.stringContaining('"7" is not a day'),
    });
    expect(readDays(1.5).ok).toBe(false);
  });
});

describe('small readers', () => {
  it('cleans slugs to our alphabet and keeps unreadable ones stable', () => {
    expect(cleanSlug('Monday Night_Group!')).toBe('monday-night-group');
    expect(cleanSlug('Café--Über')).toBe('cafe-uber');
    expect(cleanSlug('8')).toBe('8');
    expect(cleanSlug('日曜日')).toMatch(/^meeting-[a-z0-9]+$/);
    expect(cleanSlug('日曜日')).toBe(cleanSlug('日曜日'));
  });

  it('reads approximate flags in their feed spellings', () => {
    expect(readBoolean('yes')).toEqual({ ok: true, value: true });
    expect(readBoolean('No')).toEqual({ ok: true, value: false });
    expect(readBoolean(true)).toEqual({ ok: true, value: true });
    expect(readBoolean('maybe').ok).toBe(false);
  });

  it('wraps end times past midnight', () => {
    expect(addMinutes('23:30', 60)).toBe('00:30');
    expect(addMinutes('19:00', 90)).toBe('20:30');
  });

  it('cuts surnames to an initial', () => {
    expect(firstNameOnly('John Doe')).toBe('John D.');
    expect(firstNameOnly('John D')).toBe('John D');
    expect(firstNameOnly('Mary A.')).toBe('Mary A.');
    expect(firstNameOnly('Sam')).toBe('Sam');
  });
});

describe('splitFormattedAddress', () => {
  it('splits a full US address', () => {
    expect(splitFormattedAddress('123 Main St, Anytown, OK 12345, USA')).toEqual({
      address: '123 Main St',
      city: 'Anytown',
      region: 'OK',
      postalCode: '12345',
      country: 'US',
    });
  });

  it('finds no street in a town-only address', () => {
    expect(splitFormattedAddress('Anytown, OK 12345, USA')).toEqual({
      city: 'Anytown',
      region: 'OK',
      postalCode: '12345',
      country: 'US',
    });
  });

  it('tells a state from a country by what precedes it', () => {
    expect(splitFormattedAddress('1 Sunset Blvd, Los Angeles, CA')).toMatchObject({
      city: 'Los Angeles',
      region: 'CA',
    });
    expect(splitFormattedAddress('243 Main St, Wellington, ON K0K 1G0, CA')).toEqual({
      address: '243 Main St',
      city: 'Wellington',
      region: 'ON',
      postalCode: 'K0K 1G0',
      country: 'CA',
    });
  });
});

describe('readTypes', () => {
  it('maps audiences, access and languages, and reports unknown codes', () => {
    const reading = readTypes(['W', 'LGBTQ', 'X', 'XB', 'ASL', 'S', 'DE', 'ZZZ', 'O', 'sp']);
    expect(reading.audiences).toEqual(['women', 'lgbtq']);
    expect(reading.accessibility).toEqual(['step_free', 'accessible_toilet', 'sign_language']);
    expect(reading.languages).toEqual(['asl', 'es']);
    expect(reading.otherLanguages).toEqual(['German']);
    expect(reading.unknown).toEqual(['ZZZ']);
    expect(reading.open).toBe(true);
    expect(reading.formats).toEqual(['speaker']);
  });
});
