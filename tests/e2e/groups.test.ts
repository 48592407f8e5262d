import { DateTime } from 'luxon';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './browser.js';
import { fillSupportGroup, publish, startTherapyGroup } from './group-form.js';
import { journey } from './journey.js';
import {
  adminSignsIn,
  createAdminAccount,
  type Person,
  signUp,
  verifiedTherapist,
} from './people.js';

/**
 * Issue 6's journeys, through the forms as people would use them: a peer leader starts a
 * fortnightly support group, a member joins and RSVPs, the leader sees the roster; a verified
 * therapist starts an 8-session therapy group with an intake question, an applicant applies, the
 * therapist accepts, and only then does the member see the video link. Like the account
 * journey, it needs the development outbox, so it runs its own server in development mode.
 */
describe.skipIf(!inject('chromiumAvailable'))('running and joining groups', () => {
  const adminEmail = `admin-${Date.now()}@example.org`;
  const j = journey((dir, url) => createAdminAccount(dir, url, adminEmail));
  // A date a few days ahead, in the group's zone: the first meetings are all to come.
  const start = DateTime.now().setZone('America/New_York').plus({ days: 2 }).toISODate() ?? '';

  it('a leader starts a fortnightly support group; a member joins and RSVPs; the leader sees them', async () => {
    const leader = await signUp(j.browser, j.server.url, 'Marisol');
    const { page } = leader;
    await page.goto(`${j.server.url}/lead`);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Start a group' }).first().click();
    await page.getByRole('link', { name: 'A support group' }).click();
    await expectAccessible(page);
    await fillSupportGroup(page, start, {
      name: 'Tuesday grief circle',
      summary: 'A fortnightly circle for people grieving someone close.',
      topic: 'Grief and loss',
      weeks: 2,
      days: ['Tuesday'],
    });
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
    const member = await signUp(j.browser, j.server.url, 'Wren');
    const m = member.page;
    await m.goto(`${j.server.url}/groups/${slug}`);
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
    await m.goto(`${j.server.url}/my`);
    await m.getByText('Tuesday grief circle').first().waitFor();
    await expectAccessible(m);

    // Only the leader sees who belongs.
    await page.goto(`${j.server.url}/lead/${slug}/people`);
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await expect.poll(() => page.getByText('Wren').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await m.goto(`${j.server.url}/lead/${slug}/people`);
    expect(await m.content()).not.toContain('Wren</strong>');
  }, 240_000);

  it('a verified therapist starts an 8-session group with an intake question, accepts an applicant, who then sees the video link', async () => {
    const admin: Person = await adminSignsIn(j.browser, j.server.url, adminEmail);
    const therapist = await verifiedTherapist(j.browser, j.server.url, admin, 'Dr Okafor');
    const { page } = therapist;
    const slug = await startTherapyGroup(
      page,
      j.server.url,
      start,
      {
        name: 'Anxiety skills cohort',
        summary: 'Eight weekly sessions of CBT skills for anxiety, in a small group.',
        topic: 'Anxiety',
        days: ['Wednesday'],
        question: 'What would you like to get from this group?',
      },
      (p) => p.getByLabel('Most people in the group (optional)').fill('8'),
    );
    await expectAccessible(page);
    await page.goto(`${j.server.url}/lead/${slug}`);
    await publish(page);

    const applicant = await signUp(j.browser, j.server.url, 'Kestrel');
    const a = applicant.page;
    await a.goto(`${j.server.url}/groups/${slug}`);
    await a.getByRole('link', { name: 'Apply to this group' }).click();
    await expectAccessible(a);
    await a
      .getByLabel('What would you like to get from this group?')
      .fill('Fewer panic attacks at work');
    await a.getByLabel('I accept this agreement').check();
    await a.getByRole('button', { name: 'Send my application' }).click();
    await a.getByText('Your application was sent').first().waitFor();
    expect(await a.content()).not.toContain('room-7741');

    await page.goto(`${j.server.url}/lead/${slug}/people`);
    await page.getByRole('link', { name: 'Read the application' }).click();
    await page.getByText('Fewer panic attacks at work').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('They are now a member').waitFor();

    await a.goto(`${j.server.url}/groups/${slug}`);
    await a.getByText('You are a member of this group').waitFor();
    expect(await a.content()).toContain('https://meet.example.org/room-7741');
    await expectAccessible(a);
  }, 300_000);
});
