import { rmSync } from 'node:fs';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser } from './browser.js';
import {
  adminSignsIn,
  createAdminAccount,
  type Person,
  signUp,
  verifiedTherapist,
} from './people.js';
import { freePort, type RunningServer, startServer, tempDataDir } from './server.js';

/**
 * Issue 6's journeys, through the forms as people would use them: a peer leader starts a
 * fortnightly support group, a member joins and RSVPs, the leader sees the roster; a verified
 * therapist starts an 8-session therapy group with an intake question, an applicant applies, the
 * therapist accepts, and only then does the member see the video link. Like the account
 * journey, it needs the development outbox, so it runs its own server in development mode.
 */
describe.skipIf(!inject('chromiumAvailable'))('running and joining groups', () => {
  let browser: Browser;
  let server: RunningServer;
  const dataDir = tempDataDir();
  const adminEmail = `admin-${Date.now()}@example.org`;
  // A date a few days ahead, in the group's zone: the first meetings are all to come.
  const start = DateTime.now().setZone('America/New_York').plus({ days: 2 }).toISODate() ?? '';

  beforeAll(async () => {
    const port = await freePort();
    // The link it mails must point at the server started next.
    createAdminAccount(dataDir, `http://127.0.0.1:${port}`, adminEmail);
    server = await startServer({
      NODE_ENV: 'development',
      SEED_DEMO_DATA: 'false',
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Fill the common parts of the group form: about, schedule, place, cost. */
  async function describeGroup(
    page: Page,
    g: {
      name: string;
      summary: string;
      topic: string;
      weeks: number;
      days: string[];
      count?: number;
    },
  ) {
    await page.getByLabel('Name', { exact: true }).fill(g.name);
    await page.getByLabel('Summary', { exact: true }).fill(g.summary);
    await page.getByRole('group', { name: 'Topics' }).getByLabel(g.topic).check();
    await page.getByRole('group', { name: 'Languages spoken' }).getByLabel('English').check();
    const pattern = g.count
      ? 'A series of a set number of sessions'
      : 'Every week, or every few weeks, on chosen days';
    await page.getByLabel(pattern).check();
    await page.getByLabel('Start date').fill(start);
    await page.getByLabel('Start time').fill('18:30');
    await page.getByLabel('Length in minutes').fill('90');
    await page.getByLabel('Time zone').fill('America/New_York');
    for (const day of g.days)
      await page.getByRole('group', { name: 'Days of the week' }).getByLabel(day).check();
    await page.getByLabel('Every how many weeks or months').fill(String(g.weeks));
    if (g.count) await page.getByLabel('Number of sessions (series)').fill(String(g.count));
    await page.getByLabel('Both in person and online').check();
    await page.getByLabel('Street address', { exact: true }).fill('1901 Vine St');
    await page.getByLabel('City or town').fill('Philadelphia');
    await page.getByLabel('State, province or county').fill('PA');
    await page.getByLabel('Postal code').fill('19103');
    await page.getByLabel('Country code').fill('US');
    await page.getByLabel('Video link').fill('https://meet.example.org/room-7741');
    await page.getByLabel('Members only', { exact: true }).check();
  }

  async function publish(page: Page) {
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Your group is published').waitFor();
  }

  it('a leader starts a fortnightly support group; a member joins and RSVPs; the leader sees them', async () => {
    const leader = await signUp(browser, server.url, 'Marisol');
    const { page } = leader;
    await page.goto(`${server.url}/lead`);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Start a group' }).first().click();
    await page.getByRole('link', { name: 'A support group' }).click();
    await expectAccessible(page);
    await page.getByLabel('I agree to lead as described above').check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await describeGroup(page, {
      name: 'Tuesday grief circle',
      summary: 'A fortnightly circle for people grieving someone close.',
      topic: 'Grief and loss',
      weeks: 2,
      days: ['Tuesday'],
    });
    await page.getByLabel('Drop in: anyone may come').check();
    await page.getByLabel('Free', { exact: true }).check();
    await page.getByRole('button', { name: 'Preview dates' }).first().click();
    await page.getByRole('heading', { name: 'Your schedule' }).waitFor();
    await expect
      .poll(() => page.getByText(/every (other|second|2nd|2 weeks)/i).count())
      .toBeGreaterThan(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText('Your group is saved as a draft').waitFor();
    await expectAccessible(page);
    const slug = new URL(page.url()).pathname.split('/').pop() ?? '';
    await publish(page);

    // A member finds it, joins after accepting the agreement, and says they are going.
    const member = await signUp(browser, server.url, 'Wren');
    const m = member.page;
    await m.goto(`${server.url}/groups/${slug}`);
    await expectAccessible(m);
    expect(await m.content()).not.toContain('room-7741');
    await m.getByLabel('I accept this agreement').check();
    await m.getByRole('button', { name: 'Join this group' }).click();
    await m.getByText('you joined the group').waitFor();
    expect(await m.content()).toContain('https://meet.example.org/room-7741');
    await expectAccessible(m);
    await m.getByRole('button', { name: 'Going', exact: true }).first().click();
    await m.getByText('the leaders will know you plan to come').waitFor();
    await expectAccessible(m);
    await m.goto(`${server.url}/my`);
    await m.getByText('Tuesday grief circle').first().waitFor();
    await expectAccessible(m);

    // Only the leader sees who belongs.
    await page.goto(`${server.url}/lead/${slug}/people`);
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await expect.poll(() => page.getByText('Wren').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await m.goto(`${server.url}/lead/${slug}/people`);
    expect(await m.content()).not.toContain('Wren</strong>');
  }, 240_000);

  it('a verified therapist starts an 8-session group with an intake question, accepts an applicant, who then sees the video link', async () => {
    const admin: Person = await adminSignsIn(browser, server.url, adminEmail);
    const therapist = await verifiedTherapist(browser, server.url, admin, 'Dr Okafor');
    const { page } = therapist;
    await page.goto(`${server.url}/lead/new`);
    await page.getByRole('link', { name: 'A therapy group' }).click();
    await describeGroup(page, {
      name: 'Anxiety skills cohort',
      summary: 'Eight weekly sessions of CBT skills for anxiety, in a small group.',
      topic: 'Anxiety',
      weeks: 1,
      days: ['Wednesday'],
      count: 8,
    });
    await page
      .getByLabel('By application: people answer intake questions and are screened')
      .check();
    await page.getByLabel('Most people in the group (optional)').fill('8');
    await page.getByLabel('Cognitive behavioural therapy (CBT)').check();
    await page.getByLabel('Free', { exact: true }).check();
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText('Your group is saved as a draft').waitFor();
    const slug = new URL(page.url()).pathname.split('/').pop() ?? '';

    await page.goto(`${server.url}/lead/${slug}/intake`);
    await page.getByLabel('A long answer').check();
    await page
      .getByLabel('Question', { exact: true })
      .fill('What would you like to get from this group?');
    await page.getByRole('button', { name: 'Add the question' }).click();
    await page.getByText('The question was added').waitFor();
    await expectAccessible(page);
    await page.goto(`${server.url}/lead/${slug}`);
    await publish(page);

    const applicant = await signUp(browser, server.url, 'Kestrel');
    const a = applicant.page;
    await a.goto(`${server.url}/groups/${slug}`);
    await a.getByRole('link', { name: 'Apply to this group' }).click();
    await expectAccessible(a);
    await a
      .getByLabel('What would you like to get from this group?')
      .fill('Fewer panic attacks at work');
    await a.getByLabel('I accept this agreement').check();
    await a.getByRole('button', { name: 'Send my application' }).click();
    await a.getByText('Your application was sent').first().waitFor();
    expect(await a.content()).not.toContain('room-7741');

    await page.goto(`${server.url}/lead/${slug}/people`);
    await page.getByRole('link', { name: 'Read the application' }).click();
    await page.getByText('Fewer panic attacks at work').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('They are now a member').waitFor();

    await a.goto(`${server.url}/groups/${slug}`);
    await a.getByText('You are a member of this group').waitFor();
    expect(await a.content()).toContain('https://meet.example.org/room-7741');
    await expectAccessible(a);
  }, 300_000);
});
