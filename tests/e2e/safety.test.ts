import { DateTime } from 'luxon';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, openMenu, screenshots } from './browser.js';
import { publish, startTherapyGroup } from './group-form.js';
import { journey } from './journey.js';
import { mailIn } from './outbox.js';
import {
  adminSignsIn,
  createAdminAccount,
  type Person,
  signUp,
  verifiedTherapist,
} from './people.js';

/**
 * Issue 17's journey: an applicant to a therapy group writes an intake answer that says they
 * mean to end their life tonight. The application goes through and they see, at once, a calm
 * card with the emergency number first and the crisis lines; the therapist is told in the
 * notification centre and by mail, opens the alert, reads the words, and acknowledges it; the
 * administrators' overview shows how long that took. Runs its own development-mode server for
 * the outbox.
 */
describe.skipIf(!inject('chromiumAvailable'))(
  'a person in crisis writes, a human is brought in',
  () => {
    const adminEmail = `admin-${Date.now()}@example.org`;
    const j = journey((dir, url) => createAdminAccount(dir, url, adminEmail));
    const start = DateTime.now().setZone('America/New_York').plus({ days: 2 }).toISODate() ?? '';
    const words = 'I have saved up my pills and tonight I am going to take them all.';

    it('an urgent intake answer: the card at once, the therapist alerted, acknowledged', async () => {
      const admin: Person = await adminSignsIn(j.browser, j.server.url, adminEmail);
      const therapist = await verifiedTherapist(j.browser, j.server.url, admin, 'Dr Adeyemi');
      const { page } = therapist;
      const slug = await startTherapyGroup(page, j.server.url, start, {
        name: 'Mood skills group',
        summary: 'Eight weekly sessions of skills for low mood, in a small group.',
        topic: 'Depression',
        days: ['Thursday'],
        question: 'How are you feeling these days?',
      });
      await page.goto(`${j.server.url}/lead/${slug}`);
      await publish(page);

      // The applicant writes; the application is sent and the card answers them at once.
      const applicant = await signUp(j.browser, j.server.url, 'Kestrel');
      const a = applicant.page;
      await a.goto(`${j.server.url}/groups/${slug}/apply`);
      await a.getByLabel('How are you feeling these days?').fill(words);
      await a.getByLabel('I accept this agreement').check();
      await a.getByRole('button', { name: 'Send my application' }).click();
      await a.getByRole('heading', { name: 'Thank you for telling us' }).waitFor();
      const sentAt = Date.now();
      const card = a.locator('.support-card');
      expect(await card.getByRole('link', { name: 'Call 911' }).first().getAttribute('href')).toBe(
        'tel:911',
      );
      await expect
        .poll(() => card.getByText('We have let the leaders of Mood skills group know').count())
        .toBe(1);
      await card.getByText('Your application was sent.').waitFor();
      await expectAccessible(a);
      await screenshots(a, 'safety-card');

      // The therapist: a mail within seconds, the alert in the centre, the words, acknowledged.
      await mailIn(page, j.server.url, therapist.email, 'Safety alert: someone may need support');
      expect(Date.now() - sentAt).toBeLessThan(20_000);
      await page.goto(`${j.server.url}/groups`);
      await openMenu(page);
      await page
        .getByRole('link', { name: /Notifications/ })
        .first()
        .click();
      await page.getByText('Kestrel in Mood skills group may need support now').waitFor();
      await expectAccessible(page);
      await page
        .getByRole('listitem')
        .filter({ hasText: 'may need support now' })
        .getByRole('button', { name: 'Open' })
        .click();
      await page.getByRole('heading', { name: /Safety alert/ }).waitFor();
      await page.getByText(words).waitFor();
      expect(
        await page.getByRole('link', { name: 'Check in privately' }).getAttribute('href'),
      ).toMatch(new RegExp(`^/lead/${slug}/threads/`));
      await expectAccessible(page);
      await screenshots(page, 'safety-alert');
      await page.getByRole('button', { name: 'I have seen this and will act on it' }).click();
      await page.getByText(/Acknowledged by Dr Adeyemi/).waitFor();
      await expectAccessible(page);

      // The administrators see the alert and its time to acknowledge, not the words.
      await admin.page.goto(`${j.server.url}/admin/safety`);
      await admin.page.getByText('Median time to acknowledge').waitFor();
      expect(await admin.page.content()).not.toContain('saved up my pills');
      await expectAccessible(admin.page);
      await screenshots(admin.page, 'safety-admin');
    }, 300_000);
  },
);
