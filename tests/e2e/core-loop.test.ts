import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, newPage, openMenu, screenshots } from './browser.js';
import { journey } from './journey.js';
import { mailIn } from './outbox.js';
import { type Person, signUp } from './people.js';

/**
 * Issue 13's journeys, as real people in three time zones would take them: a peer leader in
 * Chicago starts a Wednesday-evening group (the form is already in Chicago time); a Londoner finds
 * it, sees its times on their own clock with Chicago's alongside, and asks to join; the leader
 * hears of it in the notification centre and by mail, approves with a note; the Londoner sees the
 * note and a welcome that says when to come, on the same clock as the list and the page. A
 * visitor in Tokyo sees the same meeting at their hour. A cohort five months ahead is found by
 * "Wednesday evening"; a closed group offers no calendar. Runs its own development-mode server
 * for the outbox.
 */
describe.skipIf(!inject('chromiumAvailable'))('the core loop across time zones', () => {
  const j = journey();
  // Next week's Wednesday, in Chicago: the first meetings are all to come.
  const chicago = 'America/Chicago';
  const start = DateTime.now().setZone(chicago).plus({ weeks: 1 }).set({ weekday: 3 });
  let leader: Person;
  let member: Person;
  let slug = '';

  /** Start a group through the form; the leader's zone is filled in already. */
  async function startGroup(
    page: Page,
    g: { name: string; summary: string; date: string; sessions?: number },
  ) {
    await page.goto(`${j.server.url}/lead/new?kind=support`);
    if (await page.getByLabel('I agree to lead as described above').count()) {
      await page.getByLabel('I agree to lead as described above').check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect.poll(() => page.getByLabel('Time zone').inputValue()).toBe(chicago);
    await page.getByLabel('Name', { exact: true }).fill(g.name);
    await page.getByLabel('Summary', { exact: true }).fill(g.summary);
    await page.getByRole('group', { name: 'Topics' }).getByLabel('Caregivers').check();
    await page.getByRole('group', { name: 'Languages spoken' }).getByLabel('English').check();
    await page
      .getByLabel(
        g.sessions
          ? 'A series of a set number of sessions'
          : 'Every week, or every few weeks, on chosen days',
      )
      .check();
    await page.getByLabel('Start date').fill(g.date);
    await page.getByLabel('Start time').fill('19:00');
    await page.getByLabel('Length in minutes').fill('90');
    await page.getByRole('group', { name: 'Days of the week' }).getByLabel('Wednesday').check();
    await page.getByLabel('Every how many weeks or months').fill('1');
    if (g.sessions) {
      await page.getByLabel('Number of sessions (series)').fill(String(g.sessions));
    }
    await page.getByLabel('Online', { exact: true }).check();
    await page.getByLabel('Video link').fill('https://meet.example.org/caregivers-7');
    await page.getByLabel('Members only', { exact: true }).check();
    await page.getByLabel('On request: a leader approves each person').check();
    await page.getByLabel('Free', { exact: true }).check();
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText('Your group is saved as a draft').waitFor();
    const made = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Your group is published').waitFor();
    return made;
  }

  it('a Chicago leader starts a group; a Londoner finds it on their clock, asks, is approved with a note', async () => {
    leader = await signUp(j.browser, j.server.url, 'Rowan', { timezoneId: chicago });
    slug = await startGroup(leader.page, {
      name: 'Caregivers evening circle',
      summary: 'A weekly evening circle for people caring for a parent or partner.',
      date: start.toISODate() ?? '',
    });

    member = await signUp(j.browser, j.server.url, 'Wren', { timezoneId: 'Europe/London' });
    const m = member.page;
    // Chicago 7 pm on a Wednesday is 1 am on Thursday in London.
    await m.goto(`${j.server.url}/groups?q=caregivers+evening`);
    const row = m.getByRole('listitem').filter({ hasText: 'Caregivers evening circle' });
    await expect.poll(() => row.textContent()).toMatch(/Thu, \w{3} \d+, 1:00 am/);
    expect(await row.textContent()).toMatch(/Wed, \w{3} \d+, 7:00 pm CS?T local time/);
    await m
      .getByText(/Times are in United Kingdom Time \(London\)/)
      .first()
      .waitFor();
    await expectAccessible(m);
    await screenshots(m, 'core-loop-search-london');

    await m.getByRole('link', { name: 'Caregivers evening circle' }).click();
    await m.getByText('Times are in United Kingdom Time (London).').waitFor();
    expect(await m.locator('ol.dates li').first().textContent()).toMatch(/Thu, \w{3} \d+, 1:00 am/);
    await m.getByText('Times are shown in United Kingdom Time (London).').waitFor();
    await expectAccessible(m);
    await screenshots(m, 'core-loop-group-london');
    await m.getByLabel('I accept this agreement').check();
    await m.getByRole('button', { name: 'Ask to join' }).click();
    await m.getByText('Your request was sent to the leaders.').waitFor();

    // The leader hears of it: a mail naming no one (sent while unread: a notice already read
    // in the centre is not mailed), a count in the header, and the centre.
    const l = leader.page;
    const asked = await mailIn(
      l,
      j.server.url,
      leader.email,
      'Someone asked to join a group you lead',
    );
    expect(asked).not.toContain('Wren');
    await l.goto(`${j.server.url}/lead`);
    // A dot on the menu button says something is new; the count is beside Notifications in it.
    expect(await l.locator('summary .count--dot').textContent()).toBe('1 unread notice');
    await openMenu(l);
    await expect.poll(() => l.locator('.menu__panel .count').textContent()).toMatch(/^1\b/);
    await l.getByRole('link', { name: /Notifications/ }).click();
    await l.getByText('Wren asked to join Caregivers evening circle.').waitFor();
    await expectAccessible(l);
    await screenshots(l, 'core-loop-notifications');

    await l.goto(`${j.server.url}/lead/${slug}/people`);
    await l.getByLabel('A note for the person (optional)').fill('Welcome, Wren. Bring a mug!');
    await l.getByRole('button', { name: 'Approve' }).click();
    await expectAccessible(l);

    // The member sees the note, and the welcome mail's time agrees with the page.
    await m.goto(`${j.server.url}/my`);
    await m.getByText('Welcome, Wren. Bring a mug!').waitFor();
    expect(await m.locator('ol.dates li').first().textContent()).toMatch(/Thu, \w{3} \d+, 1:00 am/);
    await expectAccessible(m);
    await screenshots(m, 'core-loop-my-london');
    const text = await mailIn(m, j.server.url, member.email, 'You are in');
    expect(text).toContain('Welcome, Wren. Bring a mug!');
    expect(text).toMatch(
      /Your first meeting: Thu, \w{3} \d+, 1:00 am, United Kingdom Time \(Wed, \w{3} \d+, 7:00 pm CS?T where the group meets\)/,
    );
  }, 300_000);

  it('a visitor in Tokyo sees the same meeting at their hour, and can pick another zone without script', async () => {
    const page = await newPage(j.browser, {
      viewport: { width: 390, height: 844 },
      timezoneId: 'Asia/Tokyo',
    });
    page.setDefaultTimeout(15_000);
    // The first page tells the server the browser's zone; every page after uses it.
    await page.goto(`${j.server.url}/groups/${slug}`);
    await page.getByText('Times are in Japan Standard Time (Tokyo).').waitFor();
    expect(await page.locator('ol.dates li').first().textContent()).toMatch(
      /Thu, \w{3} \d+, 10:00 am/,
    );
    await page.goto(`${j.server.url}/groups?q=caregivers+evening`);
    await page
      .getByText(/Times are in Japan Standard Time \(Tokyo\)/)
      .first()
      .waitFor();

    const plain = await newPage(j.browser, { javaScriptEnabled: false, timezoneId: 'Asia/Tokyo' });
    plain.setDefaultTimeout(15_000);
    await plain.goto(`${j.server.url}/groups/${slug}`);
    // Without script nothing is known: the group's own clock, said plainly.
    await plain.getByText('Times are in Central Time (Chicago).').waitFor();
    await plain.getByRole('link', { name: 'Choose your time zone' }).click();
    // axe runs as script, so the same page is checked and pictured in the scripted browser.
    await page.goto(plain.url());
    await page.getByRole('heading', { name: 'Your time zone' }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'core-loop-time-zone');
    await plain.getByLabel('Time zone').selectOption('Asia/Tokyo');
    await plain.getByRole('button', { name: 'Show times in this zone' }).click();
    await plain.waitForURL(new RegExp(`/groups/${slug}$`));
    await plain.getByText('Times are in Japan Standard Time (Tokyo).').waitFor();
    await page.context().close();
    await plain.context().close();
  }, 120_000);

  it('a cohort five months ahead is found by Wednesday evening', async () => {
    const later = start.plus({ months: 5 }).set({ weekday: 3 });
    const cohort = await startGroup(leader.page, {
      name: 'Spring caregivers series',
      summary: 'Six evenings in the spring for new caregivers, one topic each week.',
      date: later.toISODate() ?? '',
      sessions: 6,
    });
    const page = leader.page;
    await page.goto(`${j.server.url}/groups?day=3&time=evening&tz=${encodeURIComponent(chicago)}`);
    await page.getByRole('link', { name: 'Spring caregivers series' }).waitFor();
    await page.goto(`${j.server.url}/groups/${cohort}`);
    await page.getByRole('heading', { name: 'Next meetings' }).waitFor();
    await expectAccessible(page);
  }, 120_000);

  it('a closed group offers no calendar and says when it expects to reopen', async () => {
    const l = leader.page;
    await l.goto(`${j.server.url}/lead/${slug}`);
    await l.getByRole('link', { name: 'Mark temporarily closed' }).click();
    await expectAccessible(l);
    const reopens = start.plus({ weeks: 6 });
    await l
      .getByLabel('When do you expect to meet again? (optional)')
      .fill(reopens.toISODate() ?? '');
    await l.getByRole('button', { name: 'Mark temporarily closed' }).click();
    await l.getByText('Your group is marked as temporarily closed.').waitFor();

    const m = member.page;
    await m.goto(`${j.server.url}/groups/${slug}`);
    await m.getByText(/Its leaders expect it to meet again from/).waitFor();
    expect(await m.getByRole('link', { name: /calendar/i }).count()).toBe(0);
    expect(await m.locator('a[href$=".ics"]').count()).toBe(0);
    await expectAccessible(m);
    await screenshots(m, 'core-loop-closed');
  }, 120_000);
});
