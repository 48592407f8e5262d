import { DateTime } from 'luxon';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, screenshots } from './browser.js';
import { publish, startTherapyGroup } from './group-form.js';
import { journey } from './journey.js';
import { adminSignsIn, createAdminAccount, signUp, verifiedTherapist } from './people.js';

/**
 * Issue 20's journey: a therapist plans the eight sessions of a new group and chooses the PHQ-9
 * before every session; a member is accepted, agrees to check-ins, is asked by mail before the
 * first session and answers on a phone; the therapist writes the session's note, signs it, and
 * sees the score; the member's chart shows it, and their own record the signed note. The first
 * session is a few hours ahead, so the server's once-a-minute scheduler sends the request.
 */
describe.skipIf(!inject('chromiumAvailable'))(
  'running a therapy group: plans, check-ins and notes',
  () => {
    const adminEmail = `admin-${Date.now()}@example.org`;
    const j = journey((dir, url) => createAdminAccount(dir, url, adminEmail));
    // The first session a few hours ahead, in the group's zone: within the day before it, when
    // check-ins are sent.
    const first = DateTime.now().setZone('America/New_York').plus({ hours: 3 }).startOf('hour');

    it('plans, a check-in from a mailed request, a signed note, the member’s chart', {
      timeout: 240_000,
    }, async () => {
      const { browser, server } = j;
      const admin = await adminSignsIn(browser, server.url, adminEmail);
      const therapist = await verifiedTherapist(browser, server.url, admin, 'Dr Adeyemi');
      const p = therapist.page;
      const slug = await startTherapyGroup(p, server.url, first.toISODate() ?? '', {
        name: 'Low mood skills cohort',
        summary: 'Eight weekly sessions of behavioural activation for low mood, in a small group.',
        topic: 'Depression',
        days: [first.setLocale('en').toFormat('cccc')],
        time: first.toFormat('HH:mm'),
        question: 'What would you like to get from this group?',
      });
      await p.goto(`${server.url}/lead/${slug}`);
      await publish(p);

      // Eight plans, the first shared with members.
      for (let n = 1; n <= 8; n++) {
        await p.goto(`${server.url}/lead/${slug}/plans/${n}`);
        await p
          .getByLabel('Title')
          .fill(`Session ${n}: ${n === 1 ? 'Getting started' : 'Activity and mood'}`);
        if (n === 1) {
          await p.getByLabel('Agenda').fill('Welcome\nThe agreement\nMood and activity');
          await p.getByLabel('Share this plan with members before the session').check();
        }
        await p.getByRole('button', { name: 'Save the plan' }).click();
        await p.getByRole('heading', { name: /Session plans/ }).waitFor();
      }
      expect(await p.locator('.plan-line').filter({ hasText: 'Not shared' }).count()).toBe(7);

      // The PHQ-9 before every session.
      await p.goto(`${server.url}/lead/${slug}/measures`);
      await p.getByLabel(/PHQ-9/).check();
      await p.getByLabel('Before every session').check();
      await expectAccessible(p);
      await p.getByRole('button', { name: 'Save' }).click();
      await p.getByText('Saved.').waitFor();

      // A member applies, is accepted, reads the first session's plan and agrees to check-ins.
      const member = await signUp(browser, server.url, 'Kestrel');
      const m = member.page;
      await m.goto(`${server.url}/groups/${slug}/apply`);
      await m
        .getByLabel('What would you like to get from this group?')
        .fill('To get going again in the mornings');
      await m.getByLabel('I accept this agreement').check();
      await m.getByRole('button', { name: 'Send my application' }).click();
      await m.getByText('Your application was sent').first().waitFor();
      await p.goto(`${server.url}/lead/${slug}/people`);
      await p.getByRole('link', { name: 'Read the application' }).click();
      await p.getByRole('button', { name: 'Accept' }).click();
      await p.getByText('They are now a member').waitFor();
      await m.goto(`${server.url}/groups/${slug}`);
      await m
        .getByRole('heading', { name: /Next session \(1 of 8\): Session 1: Getting started/ })
        .waitFor();
      await m.getByRole('link', { name: 'Your check-ins' }).click();
      await expectAccessible(m);
      await m.getByRole('button', { name: 'Yes, send me check-ins' }).click();
      await m.getByText('Your therapists can now send you check-ins').waitFor();

      // Within a minute the scheduler asks (it runs once a minute: allow two rounds); the member
      // answers from the notification it points to.
      const asked = m
        .getByRole('article')
        .filter({ hasText: member.email })
        .filter({ hasText: 'A short check-in before your next session' });
      for (let waited = 0; (await asked.count()) === 0 && waited < 130_000; waited += 2_000) {
        await m.waitForTimeout(2_000);
        await m.goto(`${server.url}/dev/outbox`);
      }
      expect(await asked.count()).toBeGreaterThan(0);
      await m.goto(`${server.url}/notifications`);
      await m.getByText(/ask you to fill in a short check-in/).waitFor();
      await m.getByRole('button', { name: 'Open' }).first().click();
      await m.getByRole('button', { name: 'Send my answers' }).waitFor();
      await m.setViewportSize({ width: 390, height: 844 });
      const answers = [
        'Several days',
        'Several days',
        'More than half the days',
        'Several days',
        'Not at all',
        'Several days',
        'Not at all',
        'Not at all',
        'Not at all',
      ];
      for (const [i, answer] of answers.entries()) {
        await m
          .getByRole('group', { name: new RegExp(`^${i + 1}\\. `) })
          .getByLabel(answer, { exact: true })
          .check();
      }
      // axe's target-size rule counts a radio the sticky header happens to cover where checking
      // the last answer left the page; a person scrolls (and focus scrolls clear of the header:
      // scroll-padding-top). Scan from the top, as the page opens.
      await m.evaluate(() => window.scrollTo(0, 0));
      await expectAccessible(m);
      await screenshots(m, 'check-in');
      await m.getByRole('button', { name: 'Send my answers' }).click();
      await m.getByRole('heading', { name: 'Your scores over time' }).waitFor();
      // 1 + 1 + 2 + 1 + 0 + 1 + 0 + 0 + 0 = 6: mild.
      await m.locator('.measure-table td').filter({ hasText: /^6\b/ }).first().waitFor();
      await expectAccessible(m);
      await screenshots(m, 'check-in-chart');

      // The therapist writes the first session's note and signs it; the score is there too.
      await p.goto(`${server.url}/lead/${slug}/notes/1`);
      await p
        .getByLabel('What the group did')
        .fill('Introductions; the agreement; each member chose one small activity for the week.');
      await p
        .getByRole('group', { name: 'Kestrel' })
        .getByLabel('Participation')
        .fill('Engaged; chose a short walk each morning.');
      await p
        .getByRole('group', { name: 'Kestrel' })
        .getByLabel('Plan')
        .fill('Walk three mornings; review next session.');
      await expectAccessible(p);
      await p.getByRole('button', { name: 'Sign and lock' }).click();
      await p.getByText(/Signed by Dr Adeyemi/).waitFor();
      await expectAccessible(p);
      await screenshots(p, 'session-note');
      await p.goto(`${server.url}/lead/${slug}/measures`);
      await p.getByRole('link', { name: 'See scores' }).first().click();
      await p.locator('.measure-table td').filter({ hasText: /^6\b/ }).first().waitFor();

      // The member reads the signed note about them.
      await m.goto(`${server.url}/groups/${slug}`);
      await m.getByRole('link', { name: 'My session notes' }).click();
      await m.getByText('chose a short walk each morning').waitFor();
      await expectAccessible(m);
    });
  },
);
