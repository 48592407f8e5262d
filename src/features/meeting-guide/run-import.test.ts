import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { projectRoot } from '../../lib/paths.js';
import { createTestApp } from '../../test/harness.js';
import { FeedError } from './index.js';
import { importMeetingGuide, parseFeedText } from './run-import.js';

const fixtureText = (name: string) =>
  readFileSync(join(projectRoot, 'tests/fixtures/meeting-guide', name), 'utf8');
const fixture = (name: string) => parseFeedText(fixtureText(name));

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const countGroups = async (source: string) =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM groups WHERE source_name = ${source}`,
    )
  )[0]!.n;

describe('importing a Meeting Guide feed into the directory', () => {
  it('adds every usable record, then finds nothing to change on a second run', async () => {
    const feed = fixture('sample-feed.json');
    const first = await importMeetingGuide(t.db, feed, { source: 'kc' });
    expect(first.added).toBe(45);
    expect(first.updated + first.unchanged + first.removed).toBe(0);
    expect(await countGroups('kc')).toBe(45);

    const again = await importMeetingGuide(t.db, feed, { source: 'kc' });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 45, removed: 0 });
  });

  it('updates a changed record and removes one the feed dropped', async () => {
    const feed = fixture('sample-feed.json') as { slug: string; name: string }[];
    const [first, second, ...rest] = feed;
    const changed = [{ ...first!, name: `${first!.name} (renamed)` }, ...rest];
    const report = await importMeetingGuide(t.db, changed, { source: 'kc' });
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 43, removed: 1 });
    const slugs = await queryRows<{ source_id: string }>(
      t.db,
      sql`SELECT source_id FROM groups WHERE source_name = 'kc'`,
    );
    expect(slugs.map((r) => r.source_id)).not.toContain(second!.slug);
  });

  it('makes imported weekly meetings searchable by day in the API', async () => {
    const res = await t.app.request('/api/v1/groups?source=kc&tz=America/Chicago');
    const body = await res.json();
    expect(body.total).toBe(44);
    expect(body.results[0].nextMeeting.start).toMatch(/-0[56]:00$/);
  });

  it('rejects an invalid feed whole and writes nothing', async () => {
    expect(() => fixture('invalid-feed.json')).toThrow(FeedError);
    // Valid JSON that is not a feed is rejected whole too.
    await expect(
      importMeetingGuide(t.db, { meetings: [] }, { source: 'broken' }),
    ).rejects.toBeInstanceOf(FeedError);
    expect(await countGroups('broken')).toBe(0);
  });

  it('keeps going past records it cannot schedule, with a warning for each', async () => {
    const report = await importMeetingGuide(t.db, fixture('edge-times.json'), {
      source: 'edge',
      timezone: 'America/New_York',
    });
    expect(report.added).toBeGreaterThan(0);
    expect(report.warnings.length).toBeGreaterThan(0);
    for (const w of report.warnings) expect(w.message.length).toBeGreaterThan(5);
  });

  it('holds imports to the limits of the leaders’ form, skipping what breaks them', async () => {
    const base = fixture('sample-feed.json') as Record<string, unknown>[];
    const feed = [
      { ...base[0], notes: 'n'.repeat(200_000) },
      { ...base[1], name: `Bell\u0007 ringing group` },
      { ...base[2], location: `Hall\u001b[31m` },
      base[3],
    ];
    const report = await importMeetingGuide(t.db, feed, { source: 'limits' });
    expect(report.added).toBe(1);
    expect(report.warnings.filter((w) => w.skipped).map((w) => w.field)).toEqual([
      'description',
      'name',
      'venue',
    ]);
    const stored = await queryRows<{ longest: number; controls: number }>(
      t.db,
      sql`SELECT max(length(description))::int AS longest,
                 count(*) FILTER (WHERE name ~ '[[:cntrl:]]' OR venue ~ '[[:cntrl:]]')::int AS controls
          FROM groups WHERE source_name = 'limits'`,
    );
    expect(stored[0]!.longest ?? 0).toBeLessThanOrEqual(5000);
    expect(stored[0]!.controls).toBe(0);
  });

  it('gives a listing from another feed with the same slug a free variant', async () => {
    const feed = fixture('sample-feed.json') as { slug: string }[];
    const report = await importMeetingGuide(t.db, [feed[2]], { source: 'neighbour' });
    expect(report.added).toBe(1);
    const [row] = await queryRows<{ slug: string }>(
      t.db,
      sql`SELECT slug FROM groups WHERE source_name = 'neighbour'`,
    );
    expect(row!.slug).toMatch(/-2$/);
    // A later change keeps the listing at the address it was given.
    const changed = { ...(feed[2] as object), notes: 'Now with coffee.' };
    expect((await importMeetingGuide(t.db, [changed], { source: 'neighbour' })).updated).toBe(1);
    const [again] = await queryRows<{ slug: string }>(
      t.db,
      sql`SELECT slug FROM groups WHERE source_name = 'neighbour'`,
    );
    expect(again!.slug).toBe(row!.slug);
    await importMeetingGuide(t.db, [feed[0]], { source: 'neighbour' });
  });

  it('exports weekly support groups as a Meeting Guide feed that imports back', async () => {
    const res = await t.app.request('/api/v1/meeting-guide.json');
    expect(res.status).toBe(200);
    const records = (await res.json()) as {
      slug: string;
      day?: number | number[];
      time?: string;
    }[];
    expect(Array.isArray(records)).toBe(true);
    expect(records.length).toBeGreaterThanOrEqual(44);
    const sample = records.find((r) => r.time);
    expect(sample?.time).toMatch(/^\d{2}:\d{2}$/);

    const other = await createTestApp();
    try {
      const back = await importMeetingGuide(other.db, records, { source: 'roundtrip' });
      expect(back.added).toBe(records.length);
    } finally {
      await other.close();
    }
  });
});

// Last: its listings take the sample feed's slugs, which the tests above count on.
describe('a claimed source', () => {
  it('puts the listings of a source an organisation has claimed into that organisation', async () => {
    const [org] = await queryRows<{ id: string }>(
      t.db,
      sql`INSERT INTO organisations (name, kind) VALUES ('Claiming Intergroup', 'intergroup') RETURNING id`,
    );
    await t.db.execute(
      sql`INSERT INTO organisation_sources (source_name, organisation_id) VALUES ('claimed-feed', ${org!.id})`,
    );
    const feed = (fixture('sample-feed.json') as Record<string, unknown>[])
      .slice(0, 5)
      .map((r) => ({ ...r, entity: 'Some Other Intergroup' }));
    const report = await importMeetingGuide(t.db, feed, { source: 'claimed-feed' });
    expect(report.added).toBe(5);
    const [owned] = await queryRows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM groups WHERE source_name = 'claimed-feed' AND organisation_id = ${org!.id}`,
    );
    expect(owned!.n).toBe(5);
    // Unchanged on a second run: the claim is part of what was saved.
    expect(await importMeetingGuide(t.db, feed, { source: 'claimed-feed' })).toMatchObject({
      unchanged: 5,
      updated: 0,
    });
  });
});
