import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../app/jobs.js';
import { queryRows } from '../../db/client.js';
import { organisationFeeds } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { createTestApp } from '../../test/harness.js';
import { type FeedServer, sampleFeed, startFeedServer } from '../feeds/test-fixtures.js';
import { drain } from '../jobs/queue.js';
import { addPerson, orgThroughForm } from './test-fixtures.js';

/**
 * Issue 21, item 2, as an organisation's editor uses it: register a feed (a bad form is refused
 * and registers nothing), check it against what is published, fetch it, see the history, and
 * decide on a run held because it would remove too much. Another organisation's feed is a 404.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let server: FeedServer;
const tag = Math.random().toString(36).slice(2, 7);
type Person = Awaited<ReturnType<typeof signedInUser>>;
let editor: Person;
let stranger: Person;
let slug = '';
let orgId = '';

beforeAll(async () => {
  t = await createTestApp({ env: { FEEDS_ALLOW_PRIVATE_HOSTS: 'true', LOG_LEVEL: 'error' } });
  server = await startFeedServer();
  const owner = await signedInUser(t);
  editor = await signedInUser(t);
  stranger = await signedInUser(t);
  const org = await orgThroughForm(t, owner, `Metro Intergroup ${tag}`);
  slug = org.slug;
  orgId = org.id;
  await addPerson(t, org.id, editor.id, 'editor');
  await orgThroughForm(t, stranger, `Other Intergroup ${tag}`);
});
afterAll(async () => {
  await server.close();
  await t.close();
});

const feedRows = () =>
  t.db.select().from(organisationFeeds).where(eq(organisationFeeds.organisationId, orgId));
const groupsOfOrg = async () =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM groups WHERE organisation_id = ${orgId}`,
    )
  )[0]!.n;

describe('an organisation’s feeds', () => {
  it('refuses a bad registration naming each field, and registers nothing', async () => {
    for (const [fields, words] of [
      [{ url: 'ftp://example.org/feed', timezone: 'America/Chicago' }, 'starting with https://'],
      [{ url: server.url('/feed.json'), timezone: 'Mars/Olympus' }, 'such as America/Chicago'],
      [
        { url: server.url('/feed.json'), timezone: 'America/Chicago', removalLimitPercent: '150' },
        'from 0 to 100',
      ],
      [
        { url: server.url('/feed.json'), timezone: 'America/Chicago', everyHours: '0' },
        'from 1 to 168',
      ],
    ] as const) {
      const res = await editor.client.post(`/orgs/${slug}/feeds`, {
        removalLimitPercent: '20',
        everyHours: '24',
        ...fields,
      });
      expect(res.status, words).toBe(400);
      expect(await res.text(), words).toContain(words);
    }
    expect(await feedRows()).toEqual([]);
  });

  it('registers, checks against what is published, fetches, and keeps the history', async () => {
    const feed = sampleFeed();
    server.publish('/feed.json', JSON.stringify(feed), { etag: '"v1"' });
    const res = await editor.client.post(`/orgs/${slug}/feeds`, {
      url: server.url('/feed.json'),
      timezone: 'America/Chicago',
      removalLimitPercent: '20',
      everyHours: '24',
    });
    expect(res.status).toBe(303);
    const [row] = await feedRows();
    expect(row!.sourceName).toBe(`feed:${slug}`);

    const check = await editor.client.post(`/orgs/${slug}/feeds/${row!.id}/check`, {});
    expect(check.status).toBe(200);
    expect(await groupsOfOrg()).toBe(0);

    expect((await editor.client.post(`/orgs/${slug}/feeds/${row!.id}/run`, {})).status).toBe(303);
    await drain(t.db, jobHandlers(t.deps));
    expect(await groupsOfOrg()).toBeGreaterThan(40);
    const page = await (await editor.client.get(`/orgs/${slug}/feeds`)).text();
    expect(page).toContain('Imported');
    expect(page).toMatch(/\d+ added, 0 changed/);
    const manage = await (await editor.client.get(`/orgs/${slug}/manage`)).text();
    expect(manage).toContain(server.url('/feed.json'));
    // The organisation's page now lists the imported meetings.
    expect(await (await editor.client.get(`/orgs/${slug}`)).text()).toMatch(/\d\d groups/);
  });

  it('holds a run that would remove most groups until an editor decides', async () => {
    const [row] = await feedRows();
    const before = await groupsOfOrg();
    server.publish('/feed.json', JSON.stringify(sampleFeed().slice(0, 5)), { etag: '"v2"' });
    await editor.client.post(`/orgs/${slug}/feeds/${row!.id}/run`, {});
    await drain(t.db, jobHandlers(t.deps));
    expect(await groupsOfOrg()).toBe(before);
    const page = await (await editor.client.get(`/orgs/${slug}/feeds`)).text();
    expect(page).toContain('Waiting for a decision');
    const runId = /action="\/orgs\/[a-z0-9-]+\/feeds\/runs\/([0-9a-f-]{36})"/.exec(page)![1]!;
    // Someone outside the organisation cannot decide, nor see or run its feed.
    expect(
      (await stranger.client.post(`/orgs/${slug}/feeds/runs/${runId}`, { decision: 'confirm' }))
        .status,
    ).toBe(403);
    expect((await stranger.client.get(`/orgs/${slug}/feeds`)).status).toBe(403);
    expect(
      (
        await editor.client.post(`/orgs/${slug}/feeds/runs/${runId}`, { decision: 'discard' })
      ).headers.get('location'),
    ).toContain('discarded');
    expect(await groupsOfOrg()).toBe(before);

    server.publish('/feed.json', JSON.stringify(sampleFeed().slice(0, 5)), { etag: '"v3"' });
    await editor.client.post(`/orgs/${slug}/feeds/${row!.id}/run`, {});
    await drain(t.db, jobHandlers(t.deps));
    const again = await (await editor.client.get(`/orgs/${slug}/feeds`)).text();
    const held = [
      ...again.matchAll(/action="\/orgs\/[a-z0-9-]+\/feeds\/runs\/([0-9a-f-]{36})"/g),
    ].map((m) => m[1]);
    expect(held).toHaveLength(1);
    expect(
      (
        await editor.client.post(`/orgs/${slug}/feeds/runs/${held[0]}`, { decision: 'confirm' })
      ).headers.get('location'),
    ).toContain('confirmed');
    expect(await groupsOfOrg()).toBe(5);
    // Deciding twice is told, not done twice.
    expect(
      (
        await editor.client.post(`/orgs/${slug}/feeds/runs/${held[0]}`, { decision: 'confirm' })
      ).headers.get('location'),
    ).toContain('alreadyDecided');
  });

  it('keeps feeds to their organisation', async () => {
    const [row] = await feedRows();
    const other = (
      await queryRows<{ slug: string }>(
        t.db,
        sql`SELECT slug FROM organisations WHERE name = ${`Other Intergroup ${tag}`}`,
      )
    )[0]!.slug;
    expect((await stranger.client.get(`/orgs/${other}/feeds/${row!.id}/edit`)).status).toBe(404);
    expect((await stranger.client.post(`/orgs/${other}/feeds/${row!.id}/run`, {})).status).toBe(
      404,
    );
    expect((await editor.client.get(`/orgs/${slug}/feeds/${row!.id}/edit`)).status).toBe(200);
  });
});
