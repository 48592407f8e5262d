import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { projectRoot } from '../../lib/paths.js';
import { createTestApp } from '../../test/harness.js';
import { loadAddressPlacer } from '../geo/index.js';
import { FeedError, parseMeetingGuideFeed } from './index.js';
import { importMeetingGuide, parseFeedText } from './run-import.js';

/** Edmonton and Calgary intergroup records and US ones, each with only a one-line address. */
const feed = () =>
  parseFeedText(
    readFileSync(join(projectRoot, 'tests/fixtures/meeting-guide/one-line-addresses.json'), 'utf8'),
  ) as Record<string, unknown>[];

const EDMONTON = ['1234', '1235', '1236', '1301', 'edmonton-womens-serenity'];

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Row = {
  source_id: string;
  slug: string;
  address: string | null;
  city: string | null;
  region: string | null;
  postal_code: string | null;
  latitude: number | null;
  zone: string | null;
};

const listings = async (source: string) =>
  new Map(
    (
      await queryRows<Row>(
        t.db,
        sql`SELECT g.source_id, g.slug, g.address, g.city, g.region, g.postal_code, g.latitude,
                   (SELECT s.timezone FROM group_schedules s WHERE s.group_id = g.id LIMIT 1) AS zone
            FROM groups g WHERE g.source_name = ${source}`,
      )
    ).map((row) => [row.source_id, row]),
  );

describe('a feed whose records carry only a one-line address', () => {
  it('without a time zone: places each meeting and reads its times in the zone of its place', async () => {
    const report = await importMeetingGuide(t.db, feed(), { source: 'edmonton' });
    expect(report).toMatchObject({ added: 11, updated: 0, removed: 0, skipped: 1 });

    const rows = await listings('edmonton');
    expect(rows.get('1234')).toMatchObject({
      address: '10026 81 Ave NW',
      city: 'Edmonton',
      region: 'AB',
      postal_code: 'T6E 1W8',
      zone: 'America/Edmonton',
    });
    expect(rows.get('1234')?.latitude).toBeCloseTo(53.51, 1);
    for (const id of [...EDMONTON, '2001', '2002']) {
      expect(rows.get(id)?.zone, id).toBe('America/Edmonton');
    }
    // "Calgary, AB T2P 2M5, Canada" has no street: placed, but the street stays unknown.
    expect(rows.get('2002')).toMatchObject({ address: null, city: 'Calgary' });
    expect(rows.get('3001')).toMatchObject({ city: 'Springfield', zone: 'America/Chicago' });
    expect(rows.get('3002')).toMatchObject({
      postal_code: '97204-1329',
      zone: 'America/Los_Angeles',
    });
    expect(rows.get('3003')?.zone).toBe('America/Denver');
    // Online, with no address, and its own zone: the record's word is enough.
    expect(rows.get('1400')).toMatchObject({ latitude: null, zone: 'America/Edmonton' });
  });

  it('skips the meeting it cannot place, and says why, instead of listing it without times', async () => {
    const report = await importMeetingGuide(t.db, feed(), { source: 'edmonton' });
    const elm = report.warnings.filter((w) => w.slug === '3004');
    expect(elm).toEqual([
      expect.objectContaining({
        field: 'address',
        message: expect.stringContaining('"Sprngfield, IL, United States" is not a town'),
      }),
      expect.objectContaining({
        field: 'timezone',
        skipped: true,
        message: expect.stringMatching(/time zone cannot be known.*could not be placed/),
      }),
    ]);
    expect((await listings('edmonton')).has('3004')).toBe(false);
  });

  it('finds the Edmonton meetings near Edmonton, and neither Calgary’s nor the US ones', async () => {
    const res = await t.app.request('/api/v1/groups?near=Edmonton&source=edmonton');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      total: number;
      results: { slug: string; place: { city: string } | null; distanceKm?: number }[];
    };
    const rows = await listings('edmonton');
    const slugOf = (id: string) => rows.get(id)?.slug;
    expect(body.results.map((r) => r.slug).sort()).toEqual(EDMONTON.map(slugOf).sort());
    for (const result of body.results) {
      expect(result.place?.city).toBe('Edmonton');
      expect(result.distanceKm).toBeLessThan(10);
    }
    const calgary = await t.app.request('/api/v1/groups?near=Calgary,+AB&source=edmonton');
    const near = (await calgary.json()) as { results: { slug: string }[] };
    expect(near.results.map((r) => r.slug)).toEqual([slugOf('2001')]);
  });

  it('gives numeric slugs readable addresses, and a re-import in any order changes nothing', async () => {
    const rows = await listings('edmonton');
    expect(
      Object.fromEntries(
        ['1234', '2001', '1235', '1236', '1400', '3001'].map((id) => [id, rows.get(id)?.slug]),
      ),
    ).toEqual({
      '1234': 'tuesday-night-step-study-edmonton',
      '2001': 'tuesday-night-step-study-calgary',
      '1235': 'big-book-study-edmonton-monday',
      '1236': 'big-book-study-edmonton-thursday',
      '1400': 'online-sunrise-meeting',
      '3001': 'keep-it-simple-springfield',
    });
    expect(rows.get('edmonton-womens-serenity')?.slug).toBe('edmonton-womens-serenity');
    const page = await t.app.request('/api/v1/groups/tuesday-night-step-study-edmonton');
    expect(page.status).toBe(200);

    const again = await importMeetingGuide(t.db, feed().reverse(), { source: 'edmonton' });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 11, removed: 0 });
    const renamed = feed().map((r) =>
      r.slug === '1234' ? { ...r, name: 'Tuesday Step Study (new room)' } : r,
    );
    expect(await importMeetingGuide(t.db, renamed, { source: 'edmonton' })).toMatchObject({
      added: 0,
      updated: 1,
    });
    const after = await listings('edmonton');
    expect(after.size).toBe(11);
    // The listing keeps its address: links people saved still work.
    expect(after.get('1234')?.slug).toBe('tuesday-night-step-study-edmonton');
  });

  it('with a time zone: imports the unplaced meeting on it, and places keep their own zones', async () => {
    const report = await importMeetingGuide(t.db, feed(), {
      source: 'edmonton-tz',
      timezone: 'America/Edmonton',
    });
    expect(report).toMatchObject({ added: 12, skipped: 0 });
    const rows = await listings('edmonton-tz');
    expect(rows.get('3004')).toMatchObject({ latitude: null, zone: 'America/Edmonton' });
    expect(rows.get('1234')?.zone).toBe('America/Edmonton');
    expect(rows.get('3001')?.zone).toBe('America/Chicago');
    const zoneNotes = report.warnings.filter((w) => w.field === 'timezone');
    // Denver keeps Edmonton's clocks, so only Springfield and Portland are worth a word.
    expect(zoneNotes.map((w) => w.slug).sort()).toEqual(['3001', '3002']);
    expect(zoneNotes[0]?.message).toMatch(/its place is in America\/\w+, not America\/Edmonton/);
  });

  it('lets a record’s own time zone win over its place and the feed’s', async () => {
    const [edmonton] = feed();
    const { groups } = parseMeetingGuideFeed([{ ...edmonton, timezone: 'America/Vancouver' }], {
      source: 'own-zone',
      timezone: 'America/Toronto',
      placeAddress: await loadAddressPlacer(),
    });
    expect(groups[0]?.location).toMatchObject({ city: 'Edmonton', region: 'AB' });
    expect(groups[0]?.schedules[0]?.timezone).toBe('America/Vancouver');
  });

  it('reads split fields as before, and keeps a line it cannot read as the street, saying so', () => {
    const base = { day: 1, time: '19:00', timezone: 'America/Edmonton' };
    const { groups, warnings } = parseMeetingGuideFeed(
      [
        { ...base, name: 'Split', slug: 'split', address: '1 A St, Unit 2', city: 'Edmonton' },
        { ...base, name: 'Unread', slug: 'unread', address: '10 High St, Leeds LS1 4DY' },
      ],
      { source: 'lines' },
    );
    expect(groups[0]?.location).toMatchObject({ address: '1 A St, Unit 2', city: 'Edmonton' });
    expect(groups[1]?.location).toMatchObject({ address: '10 High St, Leeds LS1 4DY' });
    expect(groups[1]?.location?.city).toBeUndefined();
    expect(warnings).toContainEqual(
      expect.objectContaining({
        slug: 'unread',
        field: 'address',
        message: expect.stringContaining('does not end in a US state or Canadian province'),
      }),
    );
  });

  it('refuses a feed with no time zone whose meetings cannot be placed, and writes nothing', async () => {
    const unplaceable = [
      {
        name: 'Elm Street Group',
        slug: '3004',
        day: 4,
        time: '19:00',
        address: '9 Elm St, Sprngfield, IL',
      },
      {
        name: 'Basement Group',
        slug: '3005',
        day: 1,
        time: '19:00',
        address: 'Church basement, back door',
      },
    ];
    const error = await importMeetingGuide(t.db, unplaceable, { source: 'nowhere' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(FeedError);
    const { problems } = error as FeedError;
    expect(problems[0]).toMatch(/^the feed has no time zone/);
    expect(problems[1]).toMatch(
      /^record 0 \(3004\): record skipped: its time zone cannot be known/,
    );
    expect(problems[2]).toMatch(/^record 1 \(3005\): .*no town or postal code/);
    expect((await listings('nowhere')).size).toBe(0);
  });
});
