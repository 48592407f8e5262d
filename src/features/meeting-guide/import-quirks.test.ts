import { describe, expect, it } from 'vitest';
import { FeedError, type FeedWarning, type ImportOptions, parseMeetingGuideFeed } from './index.js';

const options = { source: 'hand-built', timezone: 'America/New_York', today: '2025-03-03' };

/** A feed written the way real publishers write them, not the way the spec says. */
const feed = [
  {
    name: 'Strings Everywhere',
    slug: 'Strings Everywhere!',
    day: ['1', 3, '5'],
    time: '7:00 PM',
    end_time: '8:30 PM',
    latitude: '39.0997',
    longitude: '-94.5786',
    address: '100 Walnut St',
    city: 'Kansas City',
    state: 'MO',
    postal_code: '64106',
    country: 'US',
    types: ['W', 'S', 'X', 'FF', 'ASL', 'XYZ'],
    regions: ['Missouri', 'Downtown'],
    notes: 'Use the side door. Coffee from 6:30.',
    entity: 'Kansas City Intergroup',
    entity_url: 'https://kc.example/',
    contact_1_name: 'Jane Roe',
    contact_2_email: 'secretary@example.org',
    updated: '2024-11-02 09:15:00',
    timezone: 'America/Chicago',
  },
  {
    name: 'Declared Online',
    slug: 'declared-online',
    day: 2,
    time: '12:00',
    attendance_option: 'online',
    formatted_address: '5 Elm St, Springfield, IL 62701, USA',
    conference_url: 'https://meet.example.org/abc',
    conference_url_notes: 'Password 1234',
    conference_phone: '+1 555 0100',
    conference_phone_notes: 'Code 99',
    region: 'Central',
    sub_region: 'Springfield',
  },
  {
    name: 'Room Closed, Zoom Open',
    slug: 'tc-online',
    day: 4,
    time: '18:00',
    address: '9 Oak Ave',
    city: 'Springfield',
    types: ['TC', 'C'],
    conference_url: 'https://zoom.us/j/1',
  },
  {
    name: 'Room Closed',
    slug: 'tc-only',
    day: 4,
    time: '18:00',
    address: '9 Oak Ave',
    city: 'Springfield',
    types: ['TC'],
  },
  {
    name: 'Paused',
    slug: 'inactive',
    day: 1,
    time: '9 AM',
    attendance_option: 'inactive',
    address: '1 A St',
    city: 'X',
  },
  { name: 'Twin A', slug: 'twin', day: 1, time: '10:00', address: '1 A St', city: 'X' },
  { name: 'Twin B', slug: 'twin', day: 2, time: '10:00', address: '1 A St', city: 'X' },
  { slug: 'nameless', day: 1, time: '10:00' },
  'not a meeting',
  { name: 'Bad Time', slug: 'bad-time', day: 1, time: 'evening', address: '1 A St', city: 'X' },
  {
    name: 'Late',
    slug: 'late',
    day: 5,
    time: '23:30',
    end_time: '01:00',
    address: '1 A St',
    city: 'X',
    approximate: 'no',
  },
  {
    name: 'Case Twin',
    slug: 'strings-everywhere',
    day: 6,
    time: '10:00',
    address: '1 A St',
    city: 'X',
  },
  {
    name: 'No Zone',
    slug: 'no-zone',
    day: 1,
    time: '10:00',
    address: '1 A St',
    city: 'X',
    timezone: 'Mars/Base',
  },
];

const { groups, warnings } = parseMeetingGuideFeed(feed, options);
const group = (slug: string) => groups.find((g) => g.slug === slug);
const warningsFor = (slug: string) => warnings.filter((w: FeedWarning) => w.slug === slug);

describe('a hand-built feed with real-world quirks', () => {
  it('reads string coordinates, arrays of days and 12-hour times', () => {
    const g = group('strings-everywhere');
    expect(g?.location).toMatchObject({
      latitude: 39.0997,
      longitude: -94.5786,
      approximate: false,
    });
    expect(g?.schedules).toEqual([
      {
        kind: 'weekly',
        days: [1, 3, 5],
        interval: 1,
        startDate: '2025-03-03',
        startTime: '19:00',
        durationMinutes: 90,
        timezone: 'America/Chicago',
      },
    ]);
  });

  it('cleans the slug but keeps the original as the external id', () => {
    expect(group('strings-everywhere')?.source).toEqual({
      name: 'hand-built',
      externalId: 'Strings Everywhere!',
    });
    const twin = group('strings-everywhere-2');
    expect(twin?.source?.externalId).toBe('strings-everywhere');
    expect(warningsFor('strings-everywhere')[0]?.message).toContain('already taken');
  });

  it('maps types to audiences, languages and access features', () => {
    const g = group('strings-everywhere');
    expect(g?.audiences).toEqual(['women']);
    expect(g?.languages).toEqual(['es', 'asl']);
    expect(g?.accessibility).toEqual(['step_free', 'fragrance_free', 'sign_language']);
    expect(warningsFor('Strings Everywhere!')).toEqual([
      {
        index: 0,
        slug: 'Strings Everywhere!',
        field: 'types',
        message: 'unknown type codes ignored: XYZ',
      },
    ]);
  });

  it('carries notes, regions, publisher, private contacts without surnames, and the update time', () => {
    expect(group('strings-everywhere')).toMatchObject({
      summary: 'Meeting for women, in person in Kansas City.',
      description: 'Use the side door. Coffee from 6:30.',
      regions: ['Missouri', 'Downtown'],
      organisation: { name: 'Kansas City Intergroup', url: 'https://kc.example/' },
      contacts: [{ name: 'Jane R.' }, { email: 'secretary@example.org' }],
      sourceUpdatedAt: '2024-11-02T09:15:00.000Z',
    });
    expect(group('declared-online')?.regions).toEqual(['Central', 'Springfield']);
  });

  it('honours attendance_option and joins conference notes', () => {
    const g = group('declared-online');
    expect(g).toMatchObject({ mode: 'online', status: 'active' });
    expect(g?.online).toEqual({
      url: 'https://meet.example.org/abc',
      phone: '+1 555 0100',
      notes: 'Password 1234\nCode 99',
      visibility: 'public',
    });
    expect(g?.schedules[0]).toMatchObject({ durationMinutes: 60, timezone: 'America/New_York' });
    expect(group('inactive')).toMatchObject({ mode: 'in_person', status: 'temporarily_closed' });
  });

  it('treats TC as a closed room: online if there is a link, otherwise temporarily closed', () => {
    expect(group('tc-online')).toMatchObject({ mode: 'online', status: 'active' });
    expect(group('tc-only')).toMatchObject({ mode: 'in_person', status: 'temporarily_closed' });
    expect(group('tc-only')?.summary).toBe(
      'Meeting, temporarily closed (usually meets in Springfield).',
    );
  });

  it('skips every record that shares a slug, and records without a name or that are not objects', () => {
    expect(groups.map((g) => g.name)).not.toContain('Twin A');
    expect(groups.map((g) => g.name)).not.toContain('Twin B');
    expect(warningsFor('twin').map((w) => w.message)).toEqual([
      'record skipped: records 5, 6 share the slug "twin"',
      'record skipped: records 5, 6 share the slug "twin"',
    ]);
    expect(warnings).toContainEqual({
      index: 7,
      slug: 'nameless',
      field: 'name',
      message: 'record skipped: it has no name',
      skipped: true,
    });
    expect(warnings).toContainEqual({
      index: 8,
      message: 'record skipped: it is not an object',
      skipped: true,
    });
    expect(warnings.filter((w) => w.skipped).map((w) => w.index)).toEqual([5, 6, 7, 8, 9]);
    expect(warningsFor('bad-time')[0]).toMatchObject({ field: 'time' });
    expect(group('bad-time')).toBeUndefined();
  });

  it('runs a meeting past midnight and falls back from an invalid time zone', () => {
    expect(group('late')?.schedules[0]).toMatchObject({ startTime: '23:30', durationMinutes: 90 });
    expect(group('no-zone')?.schedules[0]?.timezone).toBe('America/New_York');
    expect(warningsFor('no-zone')[0]?.field).toBe('timezone');
  });

  it('imports the rest of the feed', () => {
    expect(groups).toHaveLength(8);
  });
});

describe('what rejects a whole feed', () => {
  const rejects = (json: unknown, settings: ImportOptions = options) => {
    try {
      parseMeetingGuideFeed(json, settings);
    } catch (error) {
      expect(error).toBeInstanceOf(FeedError);
      return (error as FeedError).problems;
    }
    throw new Error('expected a FeedError');
  };

  it('rejects anything but a non-empty array', () => {
    expect(rejects({ meetings: [] })).toEqual([
      'the feed must be a JSON array of meetings, but it is object',
    ]);
    expect(rejects(null)).toEqual(['the feed must be a JSON array of meetings, but it is null']);
    expect(rejects('[]')).toEqual(['the feed contains no meetings']);
  });

  it('rejects a feed in which no record is usable, listing each problem', () => {
    expect(rejects([{ name: 'A' }, { slug: 'b' }])).toEqual([
      'none of the 2 records could be imported',
      'record 0: record skipped: it has no slug',
      'record 1 (b): record skipped: it has no name',
    ]);
  });

  it('refuses a feed when no meeting time can be placed in a time zone, naming each record', () => {
    const zoneless = [
      { name: 'A', slug: 'a', day: 1, time: '10:00', address: '1 A St', city: 'X' },
      { name: 'B', slug: 'b', day: 2, time: '10:00' },
    ];
    const problems = rejects(zoneless, { source: 'x', timezoneAt: () => undefined });
    expect(problems[0]).toMatch(/^the feed has no time zone: .*--timezone America\/Edmonton/);
    expect(problems.slice(1)).toEqual([
      expect.stringMatching(
        /^record 0 \(a\): record skipped: its time zone cannot be known: .*no coordinates/,
      ),
      expect.stringMatching(
        /^record 1 \(b\): record skipped: its time zone cannot be known: .*no address/,
      ),
    ]);
  });

  it('skips, rather than lists without a time, a record whose zone alone cannot be known', () => {
    const result = parseMeetingGuideFeed(
      [
        { name: 'A', slug: 'a', day: 1, time: '10:00', address: '1 A St', city: 'X' },
        { name: 'B', slug: 'b', day: 1, time: '10:00', timezone: 'America/Chicago' },
        { name: 'C', slug: 'c', address: '1 A St', city: 'X' },
      ],
      { source: 'x' },
    );
    expect(result.groups.map((g) => g.source?.externalId)).toEqual(['b', 'c']);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ index: 0, field: 'timezone', skipped: true }),
    );
  });

  it('refuses bad options outright', () => {
    expect(() => parseMeetingGuideFeed([], { source: 'x', today: '2025-02-30' })).toThrow(
      RangeError,
    );
    expect(() => parseMeetingGuideFeed([], { source: 'x', timezone: 'Nowhere/City' })).toThrow(
      RangeError,
    );
    expect(() => parseMeetingGuideFeed([], { source: '' })).toThrow(TypeError);
  });

  it('lets the caller name the fellowship', () => {
    const result = parseMeetingGuideFeed([{ name: 'A', slug: 'a' }], {
      source: 'na',
      topics: ['addiction', 'drugs'],
    });
    expect(result.groups[0]?.topics).toEqual(['addiction', 'drugs']);
  });
});
