import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, users } from '../../db/schema/index.js';
import { createTestApp } from '../../test/harness.js';
import { registerFeed } from './commands.js';
import { runFeed } from './run-feed.js';
import { type FeedServer, sampleFeed, startFeedServer } from './test-fixtures.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let server: FeedServer;
beforeAll(async () => {
  t = await createTestApp({ env: { FEEDS_ALLOW_PRIVATE_HOSTS: 'true', TRUST_PROXY: '1' } });
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  await t.close();
});

let client = 0;
/** A form post from our own page, each from its own address (the form is rate-limited). */
function check(fields: Record<string, string | File>, headers: Record<string, string> = {}) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  client++;
  return t.app.request('http://localhost/tools/feed-check', {
    method: 'POST',
    body,
    headers: { origin: 'http://localhost', 'x-forwarded-for': `203.0.113.${client}`, ...headers },
  });
}

const feedText = (n = 4) => JSON.stringify(sampleFeed().slice(0, n));

describe('/tools/feed-check', () => {
  it('shows the form to anyone, in their language', async () => {
    const res = await t.app.request('/tools/feed-check');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Check a Meeting Guide feed');
    expect(html).toMatch(/<input[^>]+name="url"/);
    expect(html).toMatch(/<textarea[^>]+name="paste"/);
    expect(html).toMatch(/<input[^>]+type="file"/);
    const es = await t.app.request('/tools/feed-check', { headers: { 'accept-language': 'es' } });
    expect(await es.text()).toContain('Comprobar un feed Meeting Guide');
  });

  it('checks a pasted feed, problems grouped by record, with the contacts it publishes', async () => {
    const feed = sampleFeed().slice(0, 3);
    feed[1] = { ...feed[1], day: [2, 8], contact_1_phone: '613-555-0100' };
    const res = await check({ paste: JSON.stringify(feed) });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('3 records; Gatherwell would import 2.');
    expect(html).toContain('Record 2');
    expect(html).toContain('is not a day: days are 0 (Sunday) to 6 (Saturday)');
    expect(html).toContain('Contact details this feed publishes');
    expect(html).toContain('contact_1_phone (a phone number)');
    expect(html).not.toContain('613-555-0100');
    expect(html).toContain('only the address of a feed registered with Gatherwell is');
  });

  it('checks an uploaded file', async () => {
    const renamed = sampleFeed()
      .slice(0, 4)
      .map(({ time, ...rest }) => ({ ...rest, start_time: time }));
    const file = new File([JSON.stringify(renamed)], 'feed.json', { type: 'application/json' });
    const html = await (await check({ file })).text();
    expect(html).toContain('the column `time` seems to have been renamed `start_time`');
  });

  it('fetches a URL, and compares a registered feed with what is published from it', async () => {
    server.publish('/public.json', feedText(6));
    const plain = await (await check({ url: server.url('/public.json') })).text();
    expect(plain).toContain('6 records; Gatherwell would import 6.');

    const [org] = await t.db
      .insert(organisations)
      .values({ name: 'Quinte Intergroup', kind: 'intergroup' })
      .returning({ id: organisations.id });
    await t.db.insert(users).values({ id: 'fc-owner', name: 'Owner', email: 'fc@example.org' });
    const { feedId } = await registerFeed(t.db, {
      url: server.url('/public.json'),
      timezone: 'America/Toronto',
      removalLimitPercent: 20,
      everyHours: 24,
      organisationId: org!.id,
      userId: 'fc-owner',
    });
    await runFeed(t.db, feedId, { trigger: 'editor', fetch: { allowPrivateHosts: true } });
    server.publish('/public.json', feedText(5));
    const html = await (await check({ url: server.url('/public.json') })).text();
    expect(html).toContain('This address is the registered feed of Quinte Intergroup');
    expect(html).toContain('Compared with the 6 listings Gatherwell publishes now');
    expect(html).toMatch(/Removed: 1/);
    expect(html).toContain('5 unchanged');
  });

  it('says clearly what is wrong with the form', async () => {
    const empty = await check({ url: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Give the feed’s address, paste it, or choose its file.');
    const zone = await check({ paste: feedText(), timezone: 'Mars/Base' });
    expect(zone.status).toBe(400);
    expect(await zone.text()).toContain('Enter a time zone such as America/Chicago');
    const missing = await check({ url: server.url('/nothing-here.json') });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('answered 404');
    const scheme = await check({ url: 'file:///etc/passwd' });
    expect(scheme.status).toBe(422);
    expect(await scheme.text()).toContain('must start with http:// or https://');
  });

  it('refuses private addresses when the server does not allow them', async () => {
    const strict = await createTestApp({ database: t.deps.database });
    const body = new FormData();
    body.append('url', server.url('/public.json'));
    const res = await strict.app.request('http://localhost/tools/feed-check', {
      method: 'POST',
      body,
      headers: { origin: 'http://localhost' },
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('private or local network');
    await strict.searchIndex.close();
  });

  it('limits how often one client may check', async () => {
    const from = { 'x-forwarded-for': '198.51.100.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await check({ url: '' }, from)).status);
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
