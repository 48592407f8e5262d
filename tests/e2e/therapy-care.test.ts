import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, screenshots } from './browser.js';
import { publish, startTherapyGroup } from './group-form.js';
import { journey } from './journey.js';
import { adminSignsIn, createAdminAccount, signUp, verifiedTherapist } from './people.js';

/**
 * Issue 20's journey: a therapist plans the eight weekly sessions of a new group, moves the
 * second to the morning after the first (the week after is a holiday) and chooses the PHQ-9
 * before every session; a member is accepted and agrees to check-ins. Both sessions now start
 * within the day ahead, so the server's once-a-minute scheduler asks before each: two mails.
 * The member answers one from a mail's link and the other from their check-ins page, on a
 * phone; the therapist writes the first session's note and signs it; the member's chart and the
 * therapist's show two points. Nothing is faked: the server has no test clock, and every step
 * is one a person takes. (Waiting instead for a first session to pass, so that the next one
 * comes within the day, needs two scheduler rounds and a whole-minute start: over four minutes,
 * more than a test file may run.)
 */
const SUBJECT = 'A short check-in before your next session';

/** Mails to `email` with the check-in subject in the development outbox, newest first. */
const checkInMails = (page: Page, email: string) =>
  page.getByRole('article').filter({ hasText: email }).filter({ hasText: SUBJECT });

/** Answer the PHQ-9 form that is open, on a phone; `check` runs on the filled form. */
async function answerPhq9(m: Page, answers: string[], check?: (page: Page) => Promise<void>) {
  await m.getByRole('button', { name: 'Send my answers' }).waitFor();
  await m.setViewportSize({ width: 390, height: 844 });
  for (const [i, answer] of answers.entries()) {
    await m
      .getByRole('group', { name: new RegExp(`^${i + 1}\\. `) })
      .getByLabel(answer, { exact: true })
      .check();
  }
  await check?.(m);
  await m.getByRole('button', { name: 'Send my answers' }).click();
  await m.getByRole('heading', { name: 'Your scores over time' }).waitFor();
}

describe.skipIf(!inject('chromiumAvailable'))(
  'running a therapy group: plans, check-ins and notes',
  () => {
    const adminEmail = `admin-${Date.now()}@example.org`;
    const j = journey((dir, url) => createAdminAccount(dir, url, adminEmail));
    // The first session a few hours ahead, in the group's zone: within the day before it, when
    // check-ins are sent.
    const first = DateTime.now().setZone('America/New_York').plus({ hours: 3 }).startOf('hour');
    // The second session, moved to the next morning: also within the day ahead.
    const moved = first.plus({ hours: 20 });

    it('plans, a moved session, two check-ins from mailed requests, a signed note, two points', {
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
      // The week after is a holiday: the therapist moves the second session to the morning after
      // the first, so both start within the day ahead.
      await p.goto(`${server.url}/lead/${slug}/meetings`);
      const second = p.locator('details').filter({ hasText: 'Move this meeting' }).nth(1);
      await second.locator('summary').click();
      await second.getByLabel('New date').fill(moved.toISODate() ?? '');
      await second.getByLabel('New start time').fill(moved.toFormat('HH:mm'));
      await second.getByRole('button', { name: 'Move the meeting' }).click();
      await p.getByText('The meeting is moved and members were told.').waitFor();
      // The moved meeting keeps its number: still eight dated sessions, the first one next.
      await p.goto(`${server.url}/lead/${slug}/plans`);
      expect(await p.locator('.plan-line').count()).toBe(8);
      expect(await p.getByText('no meeting scheduled').count()).toBe(0);
      await m.goto(`${server.url}/groups/${slug}`);
      await m
        .getByRole('heading', { name: /Next session \(1 of 8\): Session 1: Getting started/ })
        .waitFor();
      await m.getByRole('link', { name: 'Your check-ins' }).click();
      await expectAccessible(m);
      await m.getByRole('button', { name: 'Yes, send me check-ins' }).click();
      await m.getByText('Your therapists can now send you check-ins').waitFor();

      // Within a minute the scheduler asks before both sessions (it runs once a minute: allow
      // two rounds), one mail each.
      await expect
        .poll(
          async () => {
            await m.goto(`${server.url}/dev/outbox`);
            return checkInMails(m, member.email).count();
          },
          { timeout: 130_000, interval: 2_000 },
        )
        .toBe(2);

      // The member follows a mail's link to their notifications and opens the check-in.
      await checkInMails(m, member.email)
        .first()
        .getByRole('link', { name: /^Open link:/ })
        .first()
        .click();
      await m
        .getByText(/ask you to fill in a short check-in/)
        .first()
        .waitFor();
      await m.getByRole('button', { name: 'Open' }).first().click();
      // 1 + 1 + 2 + 1 + 0 + 1 + 0 + 0 + 0 = 6: mild.
      await answerPhq9(
        m,
        [
          'Several days',
          'Several days',
          'More than half the days',
          'Several days',
          'Not at all',
          'Several days',
          'Not at all',
          'Not at all',
          'Not at all',
        ],
        async (page) => {
          // axe's target-size rule counts a radio the sticky header happens to cover where
          // checking the last answer left the page; a person scrolls (and focus scrolls clear of
          // the header: scroll-padding-top). Scan from the top, as the page opens.
          await page.evaluate(() => window.scrollTo(0, 0));
          await expectAccessible(page);
          await screenshots(page, 'check-in');
        },
      );
      const chart = m.locator('figure.measure-chart').filter({ hasText: 'PHQ-9' });
      const rows = chart.locator('.measure-table tbody tr');
      await rows.filter({ hasText: '6 / 27' }).waitFor();
      expect(await chart.locator('svg .chart-point').count()).toBe(1);
      // Both notices were made together, so either session may have been this one: note which.
      const answeredFirst = await rows.first().locator('th').textContent();
      await expectAccessible(m);

      // The other check-in waits on the same page; the member answers it too.
      await m.getByRole('link', { name: 'Answer the PHQ-9' }).click();
      // 1 + 0 + 1 + 0 + 0 + 1 + 0 + 0 + 0 = 3: minimal.
      await answerPhq9(m, [
        'Several days',
        'Not at all',
        'Several days',
        'Not at all',
        'Not at all',
        'Several days',
        'Not at all',
        'Not at all',
        'Not at all',
      ]);
      await m.getByText('Nothing is waiting for you right now.').waitFor();

      // Two points, in session order: on the drawn chart (two dots, one line between them),
      // in its description, and in its table.
      expect(await chart.locator('svg .chart-point').count()).toBe(2);
      expect(await chart.locator('svg .chart-line').count()).toBe(1);
      expect(await rows.count()).toBe(2);
      const sixFirst = (await rows.nth(0).locator('th').textContent()) === answeredFirst;
      const [earlier, later] = sixFirst ? ['6', '3'] : ['3', '6'];
      const band = (score: string) => (score === '6' ? 'Mild' : 'Minimal');
      expect(await chart.locator('svg desc').textContent()).toBe(
        `PHQ-9: 2 scores, from ${earlier} (${band(earlier)}) at the first to ${later} (${band(later)}) at the latest.`,
      );
      expect(await rows.nth(0).locator('td').first().textContent()).toBe(`${earlier} / 27`);
      expect(await rows.nth(1).locator('td').first().textContent()).toBe(`${later} / 27`);
      await expectAccessible(m);
      await screenshots(m, 'check-in-chart');
      // On a 390 px phone the band labels and dates are drawn at 12 CSS px or more.
      await m.setViewportSize({ width: 390, height: 844 });
      const smallest = await chart.locator('svg').evaluate((svg) => {
        const scale =
          svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')].map(
          (t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale,
        );
        return Math.min(...sizes);
      });
      expect(smallest).toBeGreaterThanOrEqual(12);

      // The therapist writes the first session's note and signs it.
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

      // The therapist sees the same two scores.
      await p.goto(`${server.url}/lead/${slug}/measures`);
      await p.getByRole('link', { name: 'See scores' }).first().click();
      const theirs = p.locator('figure.measure-chart').filter({ hasText: 'PHQ-9' });
      await theirs.locator('.measure-table td').filter({ hasText: /^3\b/ }).first().waitFor();
      expect(await theirs.locator('svg .chart-point').count()).toBe(2);
      expect(await theirs.locator('.measure-table tbody tr').count()).toBe(2);
      await expectAccessible(p);
      await screenshots(p, 'check-in-chart-therapist');

      // The member reads the signed note about them.
      await m.goto(`${server.url}/groups/${slug}`);
      await m.getByRole('link', { name: 'My session notes' }).click();
      await m.getByText('chose a short walk each morning').waitFor();
      await expectAccessible(m);
    });
  },
);
