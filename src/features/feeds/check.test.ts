import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { importMeetingGuide } from '../meeting-guide/run-import.js';
import { checkFeed } from './check.js';
import { reportText } from './report-text.js';
import { sampleFeed } from './test-fixtures.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const good = (): Record<string, unknown>[] =>
  sampleFeed()
    .slice(0, 5)
    .map((r) => ({ ...r, slug: String(r.slug), postal_code: undefined }));

describe('checkFeed', () => {
  it('passes a clean feed with nothing to say', async () => {
    const report = await checkFeed(null, good());
    expect(report.errors).toBe(0);
    expect(report.refused).toBeNull();
    expect(report.usable).toBe(5);
  });

  it('explains schema problems in plain words, with the record and the field', async () => {
    const feed = good();
    feed[1] = { ...feed[1], day: [1, 9], time: '7:30 PM', conference_url: 'zoom' };
    delete (feed[2] as Record<string, unknown>).name;
    const report = await checkFeed(null, feed);
    const of = (index: number, field: string) =>
      report.problems.filter((p) => p.index === index && p.field === field);
    expect(of(1, 'day')[0]).toMatchObject({ severity: 'error', source: 'schema' });
    expect(of(1, 'day')[0]!.message).toContain('0 (Sunday) to 6 (Saturday)');
    expect(of(1, 'time')[0]).toMatchObject({ severity: 'warning' });
    expect(of(1, 'time')[0]!.message).toContain('24-hour time');
    expect(of(2, 'name').map((p) => p.message)).toContain(
      'has no `name`, which every meeting must have',
    );
    // The import's own verdict on the same record: left out.
    expect(of(2, 'name').some((p) => p.source === 'import' && p.severity === 'error')).toBe(true);
    expect(of(1, 'day')[0]!.slug).toBe(String(feed[1]!.slug));
    expect(report.errors).toBeGreaterThan(0);
  });

  it('calls numeric slugs and string coordinates warnings, not errors', async () => {
    const feed = sampleFeed()
      .slice(0, 3)
      .map((r) => ({ ...r, latitude: String(r.latitude) }));
    const report = await checkFeed(null, feed);
    expect(report.problems.filter((p) => p.source === 'schema').length).toBeGreaterThan(0);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('sees a renamed column before any import', async () => {
    const feed = good().map(({ time, ...rest }) => ({ ...rest, start_time: time }));
    const report = await checkFeed(null, feed);
    expect(report.renamed).toEqual([
      { expected: 'time', found: 'start_time', records: 5, total: 5 },
    ]);
    const problem = report.problems.find((p) => p.source === 'rule');
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toContain('the column `time` seems to have been renamed `start_time`');
  });

  it('flags contact details the feed publishes, without repeating them', async () => {
    const feed = good();
    feed[0] = { ...feed[0], contact_1_name: 'Pat Smith', contact_1_phone: '555-123-4567' };
    feed[3] = { ...feed[3], notes: 'Call Jo at (613) 555-0101 or jo@example.org' };
    feed[4] = { ...feed[4], notes: 'Zoom meeting ID 813 555 0199, passcode 1234' };
    const report = await checkFeed(null, feed);
    expect(report.contacts.map((c) => [c.index, c.field, c.what])).toEqual([
      [0, 'contact_1_name', 'name'],
      [0, 'contact_1_phone', 'phone'],
      [3, 'notes', 'email'],
      [3, 'notes', 'phone'],
    ]);
    expect(JSON.stringify(report.contacts)).not.toContain('555');
    expect(reportText(report, 'feed.json')).toContain('Contact details published: 2 records');
  });

  it('refuses what the import would refuse, with the line of a syntax error', async () => {
    const report = await checkFeed(null, '[{"name": "x",\n "slug": }]');
    expect(report.refused?.[0]).toMatch(/not valid JSON/);
    expect(report.errors).toBe(1);
    expect((await checkFeed(null, [])).refused).toEqual(['the feed contains no meetings']);
  });

  it('compares with what is published now from the same source', async () => {
    const feed = sampleFeed().slice(0, 6);
    await importMeetingGuide(t.db, feed, { source: 'check-diff' });
    const next = feed.slice(1).map((r, i) => (i === 0 ? { ...r, time: '06:15' } : r));
    next.push({ ...feed[0]!, slug: 'brand-new', name: 'Brand New Group' });
    const report = await checkFeed(t.db, next, { sourceName: 'check-diff' });
    expect(report.diff).toMatchObject({ source: 'check-diff', published: 6, unchanged: 4 });
    expect(report.diff!.added).toEqual([{ slug: 'brand-new', name: 'Brand New Group' }]);
    expect(report.diff!.changed).toEqual([
      { slug: String(feed[1]!.slug), name: feed[1]!.name, fields: ['day and time'] },
    ]);
    expect(report.diff!.removed.map((r) => r.slug)).toEqual([String(feed[0]!.slug)]);
    const text = reportText(report, 'next.json');
    expect(text).toContain(
      'Compared with the 6 listings Gatherwell publishes now from source "check-diff"',
    );
    expect(text).toContain('1 added, 1 changed, 1 removed, 4 unchanged');
  });

  it('leaves drafts and ended listings out of the comparison unless asked (their names are not public)', async () => {
    const feed = sampleFeed().slice(0, 4);
    await importMeetingGuide(t.db, feed, { source: 'check-private' });
    await t.db.execute(sql`UPDATE groups SET published = false, name = 'Secret draft'
      WHERE source_name = 'check-private' AND source_id = ${String(feed[0]!.slug)}`);
    await t.db.execute(sql`UPDATE groups SET status = 'ended', name = 'Ended group'
      WHERE source_name = 'check-private' AND source_id = ${String(feed[1]!.slug)}`);
    const next = feed.slice(2);
    const open = await checkFeed(t.db, next, { sourceName: 'check-private' });
    expect(open.diff).toMatchObject({ published: 2, unchanged: 2, removed: [] });
    expect(JSON.stringify(open.diff)).not.toMatch(/Secret draft|Ended group/);
    const own = await checkFeed(t.db, next, {
      sourceName: 'check-private',
      includeUnpublished: true,
    });
    expect(own.diff!.removed.map((r) => r.name).sort()).toEqual(['Ended group', 'Secret draft']);
  });
});
