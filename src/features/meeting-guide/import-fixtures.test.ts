import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import tzLookup from '@photostructure/tz-lookup';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../lib/paths.js';
import type { GroupInput } from '../directory/model.js';
import { CLOSED_NOTE, OPEN_NOTE } from './codes.js';
import { FeedError, parseMeetingGuideFeed } from './index.js';

const fixture = (name: string) =>
  readFileSync(join(projectRoot, 'tests/fixtures/meeting-guide', name), 'utf8');
const today = '2025-03-03';
const bySlug = (groups: GroupInput[], slug: string) => {
  const group = groups.find((g) => g.slug === slug);
  if (!group) throw new Error(`no group ${slug}`);
  return group;
};
/** Sample-feed records have numeric slugs, so their listings are found by the feed's id. */
const byId = (groups: GroupInput[], id: string) => {
  const group = groups.find((g) => g.source?.externalId === id);
  if (!group) throw new Error(`no record ${id}`);
  return group;
};
const countBy = (groups: GroupInput[], key: 'mode' | 'status') => {
  const counts: Record<string, number> = {};
  for (const g of groups) counts[g[key]] = (counts[g[key]] ?? 0) + 1;
  return counts;
};

describe('sample-feed.json', () => {
  const { groups, warnings } = parseMeetingGuideFeed(JSON.parse(fixture('sample-feed.json')), {
    source: 'sample',
    timezone: 'America/Toronto',
    today,
  });

  it('imports all 45 meetings, in person and active, without warnings', () => {
    expect(groups).toHaveLength(45);
    expect(warnings).toEqual([]);
    expect(countBy(groups, 'mode')).toEqual({ in_person: 45 });
    expect(countBy(groups, 'status')).toEqual({ active: 45 });
    expect(groups.filter((g) => g.firstVisit === OPEN_NOTE)).toHaveLength(21);
    expect(groups.filter((g) => g.firstVisit === CLOSED_NOTE)).toHaveLength(24);
    expect(groups.filter((g) => g.accessibility.includes('step_free'))).toHaveLength(17);
  });

  it('maps every record to a drop-in, donation-based support group with no leaders', () => {
    for (const group of groups) {
      expect(group).toMatchObject({
        kind: 'support',
        policy: 'drop_in',
        cost: { kind: 'donation' },
        leaders: [],
        topics: ['addiction', 'alcohol'],
        languages: ['en'],
      });
      expect(group.schedules).toHaveLength(1);
    }
  });

  it('maps the split address, coordinates, types and schedule of a record', () => {
    const picton = byId(groups, '20');
    expect(picton).toMatchObject({
      name: 'Picton New Life Group',
      // The feed's "20" says nothing; the name already says the town.
      slug: 'picton-new-life-group',
      summary: 'Open speaker meeting, in person in Picton.',
      accessibility: ['step_free'],
      audiences: [],
      source: { name: 'sample', externalId: '20' },
      sourceUpdatedAt: '2015-03-23T22:31:37.000Z',
    });
    expect(picton.location).toEqual({
      venue: 'Masonic Hall',
      address: '13251 Loyalist Pkwy',
      city: 'Picton',
      country: 'CA',
      latitude: 44.0002451,
      longitude: -77.1608685,
      approximate: false,
    });
    expect(picton.schedules).toEqual([
      {
        kind: 'weekly',
        days: [0],
        interval: 1,
        startDate: today,
        startTime: '10:00',
        durationMinutes: 60,
        timezone: 'America/Toronto',
      },
    ]);
    expect(picton.description).toBeUndefined();
  });

  it('keeps postal codes and the closed type', () => {
    const wellington = byId(groups, '3');
    expect(wellington.location).toMatchObject({ postalCode: 'K0K 1G0', city: 'Wellington' });
    expect(wellington.summary).toBe('Closed Big Book meeting, in person in Wellington.');
    expect(wellington.schedules[0]).toMatchObject({ days: [1], startTime: '19:30' });
  });

  it('gives numeric slugs readable, unique names: name and town, then days', () => {
    const slugs = groups.map((g) => g.slug);
    expect(new Set(slugs).size).toBe(45);
    expect(byId(groups, '8').slug).toBe('tweed-group');
    expect(slugs.filter((s) => s.startsWith('plug-in-the-jug-meeting-trenton-'))).toHaveLength(5);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z][a-z0-9-]*[a-z0-9]$/);
  });

  it('resolves time zones from coordinates when the feed and options give none', () => {
    const result = parseMeetingGuideFeed(fixture('sample-feed.json'), {
      source: 'sample',
      timezoneAt: tzLookup,
      today,
    });
    expect(result.warnings).toEqual([]);
    expect(new Set(result.groups.map((g) => g.schedules[0]?.timezone))).toEqual(
      new Set(['America/Toronto']),
    );
  });
});

describe('edge-times.json', () => {
  const { groups, warnings } = parseMeetingGuideFeed(fixture('edge-times.json'), {
    source: 'edge',
    timezone: 'America/Chicago',
    today,
  });

  it('keeps all nine meetings, reading days given as strings', () => {
    expect(groups.map((g) => g.slug)).toEqual([
      'monday-7pm',
      'saturday-8pm',
      'saturday-10am',
      'saturday-7pm',
      'appointment',
      'monday-7am',
      'sunday-8pm',
      'sunday-8am',
      'approximate',
    ]);
    expect(bySlug(groups, 'monday-7pm').schedules[0]).toMatchObject({
      days: [1],
      startTime: '19:00',
      durationMinutes: 120,
      timezone: 'America/Chicago',
    });
    expect(bySlug(groups, 'saturday-10am').schedules[0]).toMatchObject({ days: [6] });
  });

  it('defaults a missing end time to 60 minutes', () => {
    expect(bySlug(groups, 'monday-7am').schedules[0]).toMatchObject({
      startTime: '07:00',
      durationMinutes: 60,
    });
  });

  it('keeps a meeting without a day, unscheduled, with a warning', () => {
    expect(bySlug(groups, 'appointment').schedules).toEqual([]);
    expect(warnings).toContainEqual({
      index: 4,
      slug: 'appointment',
      field: 'day',
      message: expect.stringContaining('by appointment'),
    });
  });

  it('makes a street address plus a conference link hybrid, with a public link', () => {
    const group = bySlug(groups, 'monday-7pm');
    expect(group.mode).toBe('hybrid');
    expect(group.online).toEqual({ url: 'https://zoom.us/d/1234567', visibility: 'public' });
    expect(group.location).toMatchObject({
      address: '123 Main St',
      city: 'Anytown',
      region: 'OK',
      postalCode: '12345',
      country: 'US',
      approximate: false,
    });
    expect(group.audiences).toEqual(['men']);
  });

  it('keeps contacts, privately, as given', () => {
    expect(bySlug(groups, 'monday-7pm').contacts).toEqual([
      { name: 'John D', phone: '123-456-7890', email: 'johnd@gmail.com' },
    ]);
    expect(bySlug(groups, 'saturday-8pm').contacts).toBeUndefined();
  });

  it('treats a town-only address without a link as inactive, like the feed tools do', () => {
    const group = bySlug(groups, 'approximate');
    expect(group).toMatchObject({ mode: 'in_person', status: 'temporarily_closed' });
    expect(group.location).toMatchObject({ city: 'Anytown', approximate: true });
    expect(group.location?.address).toBeUndefined();
    expect(warnings.filter((w) => w.slug === 'approximate').map((w) => w.field)).toEqual([
      'types',
      'address',
    ]);
  });
});

describe('invalid-feed.json', () => {
  it('rejects the whole feed, saying where the JSON breaks', () => {
    const text = fixture('invalid-feed.json');
    let error: unknown;
    try {
      parseMeetingGuideFeed(text, { source: 'invalid' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).problems).toEqual([
      expect.stringMatching(/^the feed is not valid JSON: .*\(line 80, column 3\)$/),
    ]);
    expect((error as FeedError).message).toContain('not valid JSON');
  });

  it('skips, with warnings, the records whose day does not exist once the text is repaired', () => {
    const text = fixture('invalid-feed.json');
    const repaired = JSON.parse(text.slice(0, text.lastIndexOf(']') + 1));
    const { groups, warnings } = parseMeetingGuideFeed(repaired, {
      source: 'invalid',
      timezone: 'UTC',
      today,
    });
    expect(groups.map((g) => g.slug)).not.toContain('sunday-8pm');
    expect(groups).toHaveLength(6);
    expect(
      warnings.filter((w) => w.field === 'day' && w.message.startsWith('record skipped')),
    ).toEqual([
      expect.objectContaining({
        index: 6,
        slug: 'sunday-8pm',
        message: expect.stringContaining('"7"'),
      }),
      expect.objectContaining({ index: 7, slug: 'sunday-8am' }),
    ]);
    expect(groups.every((g) => g.mode === 'online')).toBe(true);
  });
});
