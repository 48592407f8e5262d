import { describe, expect, inject, it } from 'vitest';
import {
  type FeedServer,
  sampleFeed,
  startFeedServer,
} from '../../src/features/feeds/test-fixtures.js';
import { expectAccessible, newPage, openMenu, screenshots } from './browser.js';
import { journey } from './journey.js';
import { signUp } from './people.js';

/**
 * Issue 21's journey, in a browser at phone width: an intergroup's volunteer starts an
 * organisation account, registers the intergroup's Meeting Guide feed (served by a real HTTP
 * server on this machine), checks it, imports it, and finds the meetings on the organisation's
 * page and in its own Meeting Guide feed. Axe on every page, screenshots at 390 and 1280 px.
 */
describe.skipIf(!inject('chromiumAvailable'))('an intergroup publishes its feed', () => {
  // The feed server is on 127.0.0.1, which the server refuses to fetch unless told it may.
  const j = journey(undefined, { FEEDS_ALLOW_PRIVATE_HOSTS: 'true' });
  let feeds: FeedServer;

  it('anyone can check a feed, and a renamed column is caught before any import', async () => {
    const v = await newPage(j.browser, { viewport: { width: 390, height: 844 } });
    await v.goto(`${j.server.url}/tools/feed-check`);
    await v.getByRole('heading', { name: 'Check a Meeting Guide feed' }).waitFor();
    await expectAccessible(v);
    // The intergroup's website renamed `time` to `start_time`, and lists a volunteer's phone.
    const broken = sampleFeed()
      .slice(0, 6)
      .map(({ time, ...rest }) => ({ ...rest, start_time: time, contact_1_phone: '816-555-0134' }));
    await v.getByLabel('Or paste the feed').fill(JSON.stringify(broken));
    await v.getByLabel('Time zone (optional)').fill('America/Toronto');
    await v.getByRole('button', { name: 'Check the feed' }).click();
    await v.getByRole('heading', { name: 'Feed check' }).waitFor();
    await v
      .getByText(/seems to have been renamed `start_time`/)
      .first()
      .waitFor();
    await v.getByRole('heading', { name: 'Contact details this feed publishes' }).waitFor();
    await expectAccessible(v);
    await screenshots(v, 'feed-check-renamed');
  }, 120_000);

  it('an editor registers, checks and imports a feed; the meetings appear', async () => {
    feeds = await startFeedServer();
    try {
      const records = sampleFeed();
      feeds.publish('/meetings.json', JSON.stringify(records), { etag: '"one"' });
      const { browser, server } = j;
      const editor = await signUp(browser, server.url, 'Rosa Intergroup');
      const p = editor.page;

      await openMenu(p);
      await p.getByRole('link', { name: 'Organisations' }).click();
      await p.getByRole('heading', { name: 'Organisations' }).waitFor();
      await p.getByRole('link', { name: 'Start an organisation account' }).click();
      await p.getByRole('button', { name: 'Create the account' }).click();
      await p.getByText('Enter the organisation’s name.').first().waitFor();
      await expectAccessible(p);
      await p.getByLabel('Name').fill('Heartland Intergroup');
      await p.getByLabel('What kind of organisation').selectOption('intergroup');
      await p.getByLabel('Website (optional)').fill('https://heartland.example.org');
      await p
        .getByLabel('About the organisation (optional)')
        .fill('Meetings across the Kansas City area.');
      await p.getByRole('button', { name: 'Create the account' }).click();
      await p.getByRole('heading', { name: 'Manage Heartland Intergroup' }).waitFor();
      await expectAccessible(p);
      await screenshots(p, 'org-manage');

      await p.getByRole('link', { name: 'Register a feed' }).click();
      await p.getByLabel('Feed address').fill(feeds.url('/meetings.json'));
      await p.getByLabel('Time zone of your meetings').fill('America/Chicago');
      await p.getByRole('button', { name: 'Register the feed' }).click();
      await p.getByText('The feed is registered.').waitFor();
      await expectAccessible(p);

      await p.getByRole('button', { name: 'Check it now (changes nothing)' }).click();
      await p.getByRole('heading', { name: 'Feed check' }).waitFor();
      await p.getByText(`Gatherwell would import`).first().waitFor();
      await expectAccessible(p);
      await screenshots(p, 'org-feed-check');
      await p.getByRole('link', { name: 'Back to the feeds' }).click();

      await p.getByRole('button', { name: 'Fetch and import now' }).click();
      // The run is a job: the page says so, and the history shows it once it has run.
      for (let i = 0; i < 40; i++) {
        if ((await p.getByText(/\d+ added, \d+ changed/).count()) > 0) break;
        await p.waitForTimeout(500);
        await p.reload();
      }
      await p
        .getByText(/\d+ added, \d+ changed/)
        .first()
        .waitFor();
      await expectAccessible(p);
      await screenshots(p, 'org-feeds');

      const v = await newPage(browser, { viewport: { width: 390, height: 844 } });
      await v.goto(`${server.url}/orgs`);
      await v.getByRole('link', { name: 'Heartland Intergroup' }).click();
      await v.getByRole('heading', { name: 'Heartland Intergroup', level: 1 }).waitFor();
      await v
        .getByText(/\d+ groups/)
        .first()
        .waitFor();
      const first = records.find((r) => typeof r.name === 'string')!.name as string;
      expect(await v.getByRole('link', { name: first }).count()).toBeGreaterThan(0);
      await expectAccessible(v);
      await screenshots(v, 'org-page');

      const res = await v.request.get(`${server.url}/orgs/heartland-intergroup/meeting-guide.json`);
      expect(res.status()).toBe(200);
      const published = (await res.json()) as { name: string; contact_1_phone?: string }[];
      expect(published.length).toBeGreaterThan(30);
      expect(published.map((r) => r.name)).toContain(first);
      // Contacts in the feed stay private until the intergroup publishes them.
      expect(published.some((r) => r.contact_1_phone)).toBe(false);
    } finally {
      await feeds.close();
    }
  }, 240_000);
});
