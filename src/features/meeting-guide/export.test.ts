import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../lib/paths.js';
import type { GroupInput, ScheduleInput } from '../directory/model.js';
import { OPEN_NOTE } from './codes.js';
import { type ExportableGroup, parseMeetingGuideFeed, toMeetingGuideFeed } from './index.js';

const fixture = (name: string) =>
  readFileSync(join(projectRoot, 'tests/fixtures/meeting-guide', name), 'utf8');
const updatedAt = new Date('2025-02-01T08:30:05Z');
const baseUrl = 'https://gatherwell.example/';
const weekly: ScheduleInput = {
  kind: 'weekly',
  days: [2],
  interval: 1,
  startDate: '2025-01-07',
  startTime: '18:30',
  durationMinutes: 90,
  timezone: 'Europe/London',
};

function makeGroup(overrides: Partial<ExportableGroup> = {}): ExportableGroup {
  return {
    kind: 'support',
    name: 'Tuesday Hope',
    slug: 'tuesday-hope',
    summary: 'Open meeting.',
    description: 'Ring the bell.',
    topics: ['addiction', 'alcohol'],
    audiences: ['women'],
    languages: ['en'],
    mode: 'in_person',
    status: 'active',
    location: {
      venue: 'Hall',
      address: '1 High St',
      city: 'Leeds',
      country: 'GB',
      latitude: 53.8,
      longitude: -1.55,
      approximate: false,
    },
    leaders: [],
    policy: 'drop_in',
    cost: { kind: 'donation' },
    accessibility: ['step_free'],
    firstVisit: OPEN_NOTE,
    organisation: { name: 'Leeds Intergroup', url: 'https://leeds.example' },
    schedules: [weekly],
    updatedAt,
    ...overrides,
  };
}

const exportOne = (overrides: Partial<ExportableGroup>) =>
  toMeetingGuideFeed([makeGroup(overrides)], { baseUrl, today: '2025-03-03' });

describe('toMeetingGuideFeed', () => {
  it('writes the spec fields for a weekly in-person group', () => {
    const { records, skipped } = exportOne({});
    expect(skipped).toEqual([]);
    expect(records).toEqual([
      {
        name: 'Tuesday Hope',
        slug: 'tuesday-hope',
        day: 2,
        time: '18:30',
        end_time: '20:00',
        timezone: 'Europe/London',
        types: ['O', 'W', 'X'],
        notes: 'Ring the bell.',
        attendance_option: 'in_person',
        location: 'Hall',
        address: '1 High St',
        city: 'Leeds',
        country: 'GB',
        latitude: 53.8,
        longitude: -1.55,
        approximate: 'no',
        updated: '2025-02-01 08:30:05',
        url: 'https://gatherwell.example/groups/tuesday-hope',
        entity: 'Leeds Intergroup',
        entity_url: 'https://leeds.example',
      },
    ]);
  });

  it.each<[string, Partial<ExportableGroup>, string]>([
    ['therapy', { kind: 'therapy' }, 'therapy groups are not meetings in the Meeting Guide sense'],
    ['ended', { status: 'ended' }, 'the group has ended'],
    [
      'monthly',
      { schedules: [{ ...weekly, kind: 'monthly_nth', nth: 1, weekday: 2 }] },
      'monthly schedules cannot be expressed in Meeting Guide',
    ],
    [
      'fortnightly',
      { schedules: [{ ...weekly, interval: 2 }] },
      'meetings every 2 weeks cannot be expressed in Meeting Guide',
    ],
    [
      'one-off',
      { schedules: [weekly, { ...weekly, kind: 'once' }] },
      'one-off meetings cannot be expressed in Meeting Guide (it is weekly only)',
    ],
    [
      'series',
      { schedules: [{ ...weekly, kind: 'series', count: 8 }] },
      'a series with a fixed number of sessions cannot be expressed in Meeting Guide',
    ],
    [
      'finished',
      { schedules: [{ ...weekly, endDate: '2025-01-31' }] },
      'its schedule ended on 2025-01-31',
    ],
    [
      'members-only online',
      { mode: 'online', online: { url: 'https://zoom.us/j/9', visibility: 'members' } },
      'an online group whose link is not public cannot be listed',
    ],
  ])('skips a %s group with a reason', (_label, overrides, reason) => {
    expect(exportOne(overrides)).toEqual({
      records: [],
      skipped: [{ slug: 'tuesday-hope', reason }],
    });
  });

  it('never exports a members-only link: a hybrid group is then listed in person', () => {
    const [record] = exportOne({
      mode: 'hybrid',
      online: { url: 'https://zoom.us/j/9', visibility: 'members' },
    }).records;
    expect(record?.attendance_option).toBe('in_person');
    expect(record?.conference_url).toBeUndefined();
  });

  it('exports public links, and keeps only the area for an online group', () => {
    const [record] = exportOne({
      mode: 'online',
      online: {
        url: 'https://zoom.us/j/9',
        phone: '+44 20 0000',
        notes: 'Pass 12',
        visibility: 'public',
      },
    }).records;
    expect(record).toMatchObject({
      conference_url: 'https://zoom.us/j/9',
      conference_url_notes: 'Pass 12',
      conference_phone: '+44 20 0000',
      attendance_option: 'online',
      city: 'Leeds',
      approximate: 'yes',
    });
    expect(record?.address).toBeUndefined();
    expect(record?.latitude).toBeUndefined();
  });

  it('merges days that share a time and splits other times into linked records', () => {
    const { records } = exportOne({
      url: 'https://elsewhere.example/hope',
      schedules: [
        weekly,
        { ...weekly, days: [4] },
        { ...weekly, days: [6], startTime: '10:00', durationMinutes: 60 },
      ],
    });
    expect(records.map((r) => [r.slug, r.day, r.time, r.end_time, r.group, r.url])).toEqual([
      ['tuesday-hope', 6, '10:00', '11:00', 'Tuesday Hope', 'https://elsewhere.example/hope'],
      [
        'tuesday-hope-2',
        [2, 4],
        '18:30',
        '20:00',
        'Tuesday Hope',
        'https://elsewhere.example/hope',
      ],
    ]);
  });

  it('maps codes back, tags English only beside another language, and marks closures', () => {
    const [record] = exportOne({
      languages: ['en', 'es', 'asl'],
      audiences: ['lgbtq', 'veterans'],
      accessibility: ['sign_language', 'accessible_toilet', 'parking'],
      firstVisit: undefined,
      status: 'temporarily_closed',
    }).records;
    expect(record?.types).toEqual(['ASL', 'EN', 'LGBTQ', 'S', 'TC', 'XB']);
    expect(record?.attendance_option).toBe('inactive');
  });

  it('exports a group without schedules as a meeting by appointment', () => {
    const [record] = exportOne({ schedules: [] }).records;
    expect(record?.day).toBeUndefined();
    expect(record?.time).toBeUndefined();
  });
});

describe('round trip: import, export, import again', () => {
  const roundTrip = (file: string, timezone: string) => {
    const options = { source: file, timezone, today: '2025-03-03' };
    const first = parseMeetingGuideFeed(fixture(file), options).groups;
    const exported = toMeetingGuideFeed(
      first.map((g) => ({ ...g, updatedAt })),
      { baseUrl },
    );
    expect(exported.skipped).toEqual([]);
    // Through JSON, as a consumer would read it.
    const second = parseMeetingGuideFeed(JSON.stringify(exported.records), options).groups;
    return { first, second };
  };
  const essentials = (g: GroupInput) => ({
    slug: g.slug,
    schedules: g.schedules.map((s) => [s.days, s.startTime, s.durationMinutes, s.timezone]),
    mode: g.mode,
    status: g.status,
    audiences: g.audiences,
    accessibility: g.accessibility,
    languages: g.languages,
    firstVisit: g.firstVisit,
    location: g.location,
    online: g.online,
    contacts: g.contacts,
  });

  it('keeps slugs, days, times and the mapped fields of sample-feed.json', () => {
    const { first, second } = roundTrip('sample-feed.json', 'America/Toronto');
    expect(second).toHaveLength(45);
    expect(second.map(essentials)).toEqual(
      first.map((g) => ({ ...essentials(g), contacts: undefined })),
    );
  });

  it('keeps edge-times.json, including the meeting by appointment and the inactive one', () => {
    const { first, second } = roundTrip('edge-times.json', 'America/Chicago');
    // Contacts are private, so they are never exported.
    expect(second.map(essentials)).toEqual(
      first.map((g) => ({ ...essentials(g), contacts: undefined })),
    );
  });
});
