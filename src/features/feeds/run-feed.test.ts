import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../app/jobs.js';
import { queryRows } from '../../db/client.js';
import { organisations, users } from '../../db/schema/index.js';
import { createTestApp, secondInstance } from '../../test/harness.js';
import { drain } from '../jobs/queue.js';
import { importMeetingGuide } from '../meeting-guide/run-import.js';
import { claimSource, FeedSetupError, listRuns, registerFeed, updateFeed } from './commands.js';
import { decideHeldRun, HeldRunError, runFeed } from './run-feed.js';
import { scheduleDueFeeds } from './schedule.js';
import { type FeedServer, sampleFeed, startFeedServer } from './test-fixtures.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let server: FeedServer;
const fetch = { allowPrivateHosts: true };
beforeAll(async () => {
  t = await createTestApp({ env: { FEEDS_ALLOW_PRIVATE_HOSTS: 'true' } });
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  await t.close();
});

let made = 0;
/** An organisation with an owner and an editor; returns its id and theirs. */
async function organisation() {
  made++;
  const [org] = await t.db
    .insert(organisations)
    .values({ name: `Intergroup ${made}`, kind: 'intergroup' })
    .returning({ id: organisations.id, slug: organisations.slug });
  const people = [`owner-${made}`, `editor-${made}`];
  await t.db
    .insert(users)
    .values(people.map((id) => ({ id, name: id, email: `${id}@example.org` })));
  await t.db.execute(sql`INSERT INTO organisation_members (organisation_id, user_id, role)
    VALUES (${org!.id}, ${people[0]}, 'owner'), (${org!.id}, ${people[1]}, 'editor')`);
  return { id: org!.id, slug: org!.slug, owner: people[0]!, editor: people[1]! };
}

const settings = (url: string) => ({
  url,
  timezone: 'America/Toronto',
  removalLimitPercent: 20,
  everyHours: 24,
});

const count = async (source: string) =>
  (
    await queryRows<{ n: number; owned: number }>(
      t.db,
      sql`SELECT count(*)::int AS n, count(organisation_id)::int AS owned FROM groups WHERE source_name = ${source}`,
    )
  )[0]!;

/** Make a feed due now, as if its period had passed. */
const due = (feedId: string) =>
  t.db.execute(
    sql`UPDATE organisation_feeds SET next_fetch_at = now() - interval '1 minute' WHERE id = ${feedId}`,
  );

const notices = async (userId: string) =>
  (
    await queryRows<{ kind: string }>(
      t.db,
      sql`SELECT kind FROM notifications WHERE user_id = ${userId} ORDER BY created_at`,
    )
  ).map((n) => n.kind);

describe('a managed feed on its schedule', () => {
  it('imports through scheduleDueFeeds and the job worker, then a 304 changes nothing', async () => {
    const org = await organisation();
    server.publish('/etag.json', JSON.stringify(sampleFeed()), { etag: '"one"' });
    const { feedId, sourceName } = await registerFeed(t.db, {
      ...settings(server.url('/etag.json')),
      organisationId: org.id,
      userId: org.owner,
    });
    expect(sourceName).toBe(`feed:${org.slug}`);
    expect(await scheduleDueFeeds(t.db)).toBe(1);
    // Every instance's refresher calls it each minute: the same due time is queued once.
    expect(await scheduleDueFeeds(t.db)).toBe(0);
    await drain(t.db, jobHandlers(t.deps));
    const [first] = await listRuns(t.db, feedId);
    expect(first).toMatchObject({
      trigger: 'schedule',
      outcome: 'applied',
      added: 45,
      httpStatus: 200,
    });
    expect(await count(sourceName)).toEqual({ n: 45, owned: 45 });

    await due(feedId);
    expect(await scheduleDueFeeds(t.db)).toBe(1);
    await drain(t.db, jobHandlers(t.deps));
    const [second] = await listRuns(t.db, feedId);
    expect(second).toMatchObject({
      outcome: 'not_modified',
      httpStatus: 304,
      added: 0,
      updated: 0,
    });
    expect(server.hits.at(-1)?.ifNoneMatch).toBe('"one"');
    const [feed] = await queryRows<{ hours: number }>(
      t.db,
      sql`SELECT extract(epoch FROM next_fetch_at - now()) / 3600 AS hours FROM organisation_feeds WHERE id = ${feedId}`,
    );
    expect(Number(feed!.hours)).toBeGreaterThan(23);
  });

  it('uses Last-Modified when the server sends no ETag, and re-reads an unchanged feed as unchanged', async () => {
    const org = await organisation();
    const stamp = 'Mon, 30 Nov 2026 08:00:00 GMT';
    server.publish('/lm.json', JSON.stringify(sampleFeed().slice(0, 10)), { lastModified: stamp });
    const { feedId } = await registerFeed(t.db, {
      ...settings(server.url('/lm.json')),
      organisationId: org.id,
      userId: org.owner,
    });
    expect((await runFeed(t.db, feedId, { trigger: 'schedule', fetch })).outcome).toBe('applied');
    expect((await runFeed(t.db, feedId, { trigger: 'editor', fetch })).outcome).toBe(
      'not_modified',
    );
    expect(server.hits.at(-1)?.ifModifiedSince).toBe(stamp);
    // The publisher's clock moves without a change: read again, and nothing is rewritten.
    server.publish('/lm.json', JSON.stringify(sampleFeed().slice(0, 10)), {
      lastModified: 'Tue, 01 Dec 2026 08:00:00 GMT',
    });
    expect(
      await runFeed(t.db, feedId, {
        trigger: 'editor',
        fetch,
        now: new Date(Date.now() + 86_400_000 * 3),
      }),
    ).toMatchObject({ outcome: 'applied' });
    expect((await listRuns(t.db, feedId))[0]).toMatchObject({
      unchanged: 10,
      updated: 0,
      added: 0,
    });
  });

  it('refuses a feed whose time column was renamed, changes nothing, and tells the editors once', async () => {
    const org = await organisation();
    server.publish('/renamed.json', JSON.stringify(sampleFeed().slice(0, 8)));
    const { feedId, sourceName } = await registerFeed(t.db, {
      ...settings(server.url('/renamed.json')),
      organisationId: org.id,
      userId: org.owner,
    });
    await runFeed(t.db, feedId, { trigger: 'schedule', fetch });
    const renamed = sampleFeed()
      .slice(0, 8)
      .map(({ time, ...rest }) => ({ ...rest, start_time: time }));
    server.publish('/renamed.json', JSON.stringify(renamed));
    expect((await runFeed(t.db, feedId, { trigger: 'editor', fetch })).outcome).toBe('refused');
    const [run] = await listRuns(t.db, feedId);
    expect(run!.error).toContain('the column `time` seems to have been renamed `start_time`');
    const times = await queryRows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM group_schedules s JOIN groups g ON g.id = s.group_id WHERE g.source_name = ${sourceName}`,
    );
    expect(times[0]!.n).toBe(8);
    expect(await runFeed(t.db, feedId, { trigger: 'editor', fetch })).toMatchObject({
      outcome: 'refused',
    });
    expect(await notices(org.editor)).toEqual(['feed_refused']);
    expect(await notices(org.owner)).toEqual(['feed_refused']);
  });

  it('holds a large removal for an editor: confirmed it applies, discarded it changes nothing', async () => {
    const org = await organisation();
    const feed = sampleFeed().slice(0, 20);
    server.publish('/big-removal.json', JSON.stringify(feed));
    const { feedId, sourceName } = await registerFeed(t.db, {
      ...settings(server.url('/big-removal.json')),
      organisationId: org.id,
      userId: org.owner,
    });
    await runFeed(t.db, feedId, { trigger: 'schedule', fetch });
    server.publish('/big-removal.json', JSON.stringify(feed.slice(0, 10)));
    expect((await runFeed(t.db, feedId, { trigger: 'editor', fetch })).outcome).toBe('held');
    const [held] = await listRuns(t.db, feedId);
    expect(held).toMatchObject({ outcome: 'held', removed: 10, waiting: true });
    expect(held!.error).toContain('would remove 10 of the 20 listings (50%)');
    expect((await count(sourceName)).n).toBe(20);
    expect(await notices(org.editor)).toEqual(['feed_held']);

    const confirmed = await decideHeldRun(t.db, held!.id, 'confirm', org.editor);
    expect(confirmed.report).toMatchObject({ removed: 10 });
    expect((await count(sourceName)).n).toBe(10);
    expect((await listRuns(t.db, feedId))[0]).toMatchObject({
      outcome: 'confirmed',
      waiting: false,
      decidedBy: org.editor,
    });
    await expect(decideHeldRun(t.db, held!.id, 'confirm', org.owner)).rejects.toBeInstanceOf(
      HeldRunError,
    );

    server.publish('/big-removal.json', JSON.stringify(feed.slice(0, 2)));
    expect((await runFeed(t.db, feedId, { trigger: 'editor', fetch })).outcome).toBe('held');
    const [again] = await listRuns(t.db, feedId);
    await decideHeldRun(t.db, again!.id, 'discard', org.owner);
    expect((await count(sourceName)).n).toBe(10);
    expect((await listRuns(t.db, feedId))[0]).toMatchObject({
      outcome: 'discarded',
      waiting: false,
    });
  });

  it('refuses to confirm a held run once the feed was read again, and forgets the validators after a confirm', async () => {
    const org = await organisation();
    const feed = sampleFeed().slice(0, 20);
    server.publish('/stale-held.json', JSON.stringify(feed), { etag: '"a"' });
    const { feedId, sourceName } = await registerFeed(t.db, {
      ...settings(server.url('/stale-held.json')),
      organisationId: org.id,
      userId: org.owner,
    });
    await runFeed(t.db, feedId, { trigger: 'schedule', fetch });
    server.publish('/stale-held.json', JSON.stringify(feed.slice(0, 10)), { etag: '"b"' });
    expect((await runFeed(t.db, feedId, { trigger: 'editor', fetch })).outcome).toBe('held');
    const [held] = await listRuns(t.db, feedId);
    // The publisher puts the whole feed back: a newer run reads it (unchanged since "a").
    server.publish('/stale-held.json', JSON.stringify(feed), { etag: '"a"' });
    expect((await runFeed(t.db, feedId, { trigger: 'editor', fetch })).outcome).toBe(
      'not_modified',
    );
    await expect(decideHeldRun(t.db, held!.id, 'confirm', org.editor)).rejects.toThrow(
      'the feed has been read again since this run was held',
    );
    expect((await count(sourceName)).n).toBe(20);

    server.publish('/stale-held.json', JSON.stringify(feed.slice(0, 10)), { etag: '"d"' });
    expect((await runFeed(t.db, feedId, { trigger: 'editor', fetch })).outcome).toBe('held');
    const [again] = await listRuns(t.db, feedId);
    expect((await decideHeldRun(t.db, again!.id, 'confirm', org.editor)).outcome).toBe('confirmed');
    expect((await count(sourceName)).n).toBe(10);
    const [validators] = await queryRows<{ etag: string | null; last_modified: string | null }>(
      t.db,
      sql`SELECT etag, last_modified FROM organisation_feeds WHERE id = ${feedId}`,
    );
    expect(validators).toEqual({ etag: null, last_modified: null });
    expect((await listRuns(t.db, feedId))[0]!.finishedAt).not.toBeNull();
    expect((await runFeed(t.db, feedId, { trigger: 'editor', fetch })).outcome).toBe('applied');
    expect(server.hits.at(-1)?.ifNoneMatch).toBeUndefined();
  });

  it('does not confirm a held run while another run of the feed is unfinished', async () => {
    const org = await organisation();
    const feed = sampleFeed().slice(0, 10);
    server.publish('/busy-held.json', JSON.stringify(feed));
    const { feedId } = await registerFeed(t.db, {
      ...settings(server.url('/busy-held.json')),
      organisationId: org.id,
      userId: org.owner,
    });
    await runFeed(t.db, feedId, { trigger: 'schedule', fetch });
    server.publish('/busy-held.json', JSON.stringify(feed.slice(0, 2)));
    expect((await runFeed(t.db, feedId, { trigger: 'editor', fetch })).outcome).toBe('held');
    const [held] = await listRuns(t.db, feedId);
    await t.db.execute(sql`INSERT INTO feed_runs (feed_id, trigger, outcome, error)
      VALUES (${feedId}, 'schedule', 'failed', 'the run did not finish')`);
    await expect(decideHeldRun(t.db, held!.id, 'confirm', org.editor)).rejects.toThrow(
      'being fetched right now',
    );
    // Still waiting: the editor can try again once the run is done.
    expect((await listRuns(t.db, feedId)).find((r) => r.id === held!.id)).toMatchObject({
      outcome: 'held',
      waiting: true,
      decidedBy: null,
    });
  });

  it('schedules a feed again after a run lost with its process, instead of refusing the same job key for ever', async () => {
    const org = await organisation();
    server.publish('/lost.json', JSON.stringify(sampleFeed().slice(0, 5)));
    const { feedId } = await registerFeed(t.db, {
      ...settings(server.url('/lost.json')),
      organisationId: org.id,
      userId: org.owner,
    });
    // The process died mid-run: its row stays unfinished, next_fetch_at did not move.
    await t.db.execute(sql`INSERT INTO feed_runs (feed_id, trigger, outcome, error, started_at)
      VALUES (${feedId}, 'schedule', 'failed', 'the run did not finish', now() - interval '2 minutes')`);
    expect(await scheduleDueFeeds(t.db)).toBe(1);
    await drain(t.db, jobHandlers(t.deps));
    const [feed] = await queryRows<{ minutes: number }>(
      t.db,
      sql`SELECT extract(epoch FROM next_fetch_at - now()) / 60 AS minutes FROM organisation_feeds WHERE id = ${feedId}`,
    );
    // Due again when the lost run's lease ends (15 minutes after it started).
    expect(Number(feed!.minutes)).toBeGreaterThan(12);
    expect(Number(feed!.minutes)).toBeLessThan(14);
    // Then a new key is queued (the old one would be refused), and the run goes ahead.
    const later = new Date(Date.now() + 14 * 60_000);
    expect(await scheduleDueFeeds(t.db, later)).toBe(1);
    await t.db.execute(
      sql`UPDATE feed_runs SET started_at = now() - interval '20 minutes' WHERE feed_id = ${feedId}`,
    );
    expect((await runFeed(t.db, feedId, { trigger: 'schedule', fetch, now: later })).outcome).toBe(
      'applied',
    );
    await drain(t.db, jobHandlers(t.deps));
  });

  it('warns about phone numbers and e-mail addresses written into notes', async () => {
    const org = await organisation();
    const feed = sampleFeed().slice(0, 4);
    feed[1] = { ...feed[1], notes: 'Call Pat at 816-555-0142 before your first visit' };
    feed[2] = { ...feed[2], notes: 'Questions: pat@example.org' };
    server.publish('/notes.json', JSON.stringify(feed));
    const { feedId } = await registerFeed(t.db, {
      ...settings(server.url('/notes.json')),
      organisationId: org.id,
      userId: org.owner,
    });
    expect((await runFeed(t.db, feedId, { trigger: 'schedule', fetch })).outcome).toBe('applied');
    const [run] = await listRuns(t.db, feedId);
    const contacts = run!.warnings.filter((w) => w.field === 'notes');
    expect(contacts).toEqual([
      expect.objectContaining({ index: 1, message: expect.stringContaining('a phone number') }),
      expect.objectContaining({ index: 2, message: expect.stringContaining('an e-mail address') }),
    ]);
  });

  it('stops at the size and time limits, and tries a failed feed again sooner', async () => {
    const org = await organisation();
    const { feedId } = await registerFeed(t.db, {
      ...settings(server.url('/endless')),
      organisationId: org.id,
      userId: org.owner,
    });
    expect(
      (await runFeed(t.db, feedId, { trigger: 'editor', fetch: { ...fetch, maxBytes: 100_000 } }))
        .outcome,
    ).toBe('refused');
    expect((await listRuns(t.db, feedId))[0]!.error).toContain('larger than');
    await updateFeed(t.db, feedId, { ...settings(server.url('/slow')), userId: org.owner });
    expect(
      (await runFeed(t.db, feedId, { trigger: 'editor', fetch: { ...fetch, timeoutMs: 200 } }))
        .outcome,
    ).toBe('failed');
    const [next] = await queryRows<{ minutes: number }>(
      t.db,
      sql`SELECT extract(epoch FROM next_fetch_at - now()) / 60 AS minutes FROM organisation_feeds WHERE id = ${feedId}`,
    );
    expect(Number(next!.minutes)).toBeLessThan(16);
    expect(await notices(org.owner)).toEqual(['feed_refused', 'feed_failed']);
  });

  it('never runs one feed twice at once, on one instance or two', async () => {
    const org = await organisation();
    server.publish('/once.json', JSON.stringify(sampleFeed().slice(0, 5)));
    const { feedId } = await registerFeed(t.db, {
      ...settings(server.url('/once.json')),
      organisationId: org.id,
      userId: org.owner,
    });
    const other = await secondInstance(t.deps.database);
    try {
      const results = await Promise.all([
        runFeed(t.db, feedId, { trigger: 'schedule', fetch }),
        runFeed(other?.db ?? t.db, feedId, { trigger: 'schedule', fetch }),
        runFeed(t.db, feedId, { trigger: 'editor', fetch }),
      ]);
      expect(results.filter((r) => r.runId !== null)).toHaveLength(1);
      expect(results.map((r) => r.outcome).sort()).toEqual(expect.arrayContaining(['applied']));
      expect(await listRuns(t.db, feedId)).toHaveLength(1);
      // Not due any more: a late scheduled job does nothing.
      expect((await runFeed(t.db, feedId, { trigger: 'schedule', fetch })).outcome).toBe('not_due');
    } finally {
      await other?.close();
    }
  });
});

describe('setting up a feed', () => {
  it('claims an existing source for one organisation only', async () => {
    const [a, b] = [await organisation(), await organisation()];
    await importMeetingGuide(t.db, sampleFeed().slice(0, 3), { source: 'old-import' });
    expect(
      await claimSource(t.db, { organisationId: a.id, sourceName: 'old-import', userId: a.owner }),
    ).toEqual({ listings: 3 });
    expect((await count('old-import')).owned).toBe(3);
    await expect(
      claimSource(t.db, { organisationId: b.id, sourceName: 'old-import', userId: b.owner }),
    ).rejects.toThrow('belongs to another organisation');
    const { sourceName } = await registerFeed(t.db, {
      ...settings('https://example.org/feed.json'),
      sourceName: 'old-import',
      organisationId: a.id,
      userId: a.owner,
    });
    expect(sourceName).toBe('old-import');
  });

  it('answers concurrent registrations of one source with one feed and a setup error, never a database error', async () => {
    const [a, b] = [await organisation(), await organisation()];
    const other = await secondInstance(t.deps.database);
    try {
      const register = (org: typeof a, db = t.db) =>
        registerFeed(db, {
          ...settings('https://example.org/race.json'),
          sourceName: `race-${made}`,
          organisationId: org.id,
          userId: org.owner,
        });
      const results = await Promise.allSettled([
        register(a),
        register(b, other?.db ?? t.db),
        register(a, other?.db ?? t.db),
        register(b),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(FeedSetupError);
      }
    } finally {
      await other?.close();
    }
  });

  it('says what is wrong with the settings', async () => {
    const org = await organisation();
    const attempt = (over: Partial<ReturnType<typeof settings>>) =>
      registerFeed(t.db, {
        ...settings('https://example.org/f.json'),
        ...over,
        organisationId: org.id,
        userId: org.owner,
      }).then(
        () => null,
        (e: FeedSetupError) => [e.field, e.message],
      );
    expect(await attempt({ url: 'ftp://example.org/f.json' })).toEqual([
      'url',
      'a feed address must start with http:// or https://',
    ]);
    expect(await attempt({ timezone: 'Mars/Base' })).toEqual([
      'timezone',
      expect.stringContaining('is not a time zone'),
    ]);
    expect(await attempt({ removalLimitPercent: 120 })).toEqual([
      'removalLimitPercent',
      expect.any(String),
    ]);
    expect(await attempt({ everyHours: 0 })).toEqual(['everyHours', expect.any(String)]);
  });
});
