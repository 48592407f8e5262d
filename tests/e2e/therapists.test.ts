import { DateTime } from 'luxon';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, newPage, screenshots } from './browser.js';
import { publish, startTherapyGroup } from './group-form.js';
import { journey } from './journey.js';
import { adminSignsIn, createAdminAccount, verifiedTherapist } from './people.js';

/**
 * Issue 20's first part, in a browser: a verified therapist chooses what their public profile
 * shows, starts an eight-session therapy group and plans its first session, sharing it; a
 * visitor finds the therapist by approach and place, reads the verified badge on the profile
 * and on the group's card and page. Axe on every page, screenshots at 390 and 1280 px.
 */
describe.skipIf(!inject('chromiumAvailable'))('finding a therapist, and a session plan', () => {
  const adminEmail = `admin-${Date.now()}@example.org`;
  const j = journey((dir, url) => createAdminAccount(dir, url, adminEmail));
  const start = DateTime.now().setZone('America/New_York').plus({ days: 2 }).toISODate() ?? '';

  it('a therapist lists themself and plans a session; a visitor finds them and their group', async () => {
    const { browser, server } = j;
    const admin = await adminSignsIn(browser, server.url, adminEmail);
    const therapist = await verifiedTherapist(browser, server.url, admin, 'Dr Adeyemi');
    const p = therapist.page;

    await p.goto(`${server.url}/account/professional`);
    await p.getByRole('link', { name: /Choose what your public profile shows/ }).click();
    await p.getByLabel('List me in Find a therapist').check();
    await p.getByLabel('About you').fill('I run small CBT groups for anxiety and panic.');
    await p
      .getByRole('group', { name: 'Approaches you use' })
      .getByLabel('Cognitive behavioural therapy (CBT)')
      .check();
    await p.getByRole('group', { name: 'What you work with' }).getByLabel('Anxiety').check();
    await p.getByLabel('City').fill('Philadelphia');
    await p.getByLabel('Country code').fill('US');
    await expectAccessible(p);
    await p.getByRole('button', { name: 'Save my profile' }).click();
    await p.getByText('Saved. This is what people see').waitFor();

    const slug = await startTherapyGroup(p, server.url, start, {
      name: 'Panic skills cohort',
      summary: 'Eight weekly sessions of CBT skills for panic, in a small group.',
      topic: 'Anxiety',
      days: ['Thursday'],
      question: 'What would you like to get from this group?',
    });
    await p.goto(`${server.url}/lead/${slug}`);
    await publish(p);
    await p.goto(`${server.url}/lead/${slug}/plans`);
    await p.getByRole('heading', { name: /Session plans/ }).waitFor();
    expect(await p.locator('.plan-line').count()).toBe(8);
    await expectAccessible(p);
    await screenshots(p, 'plans');
    await p.getByRole('link', { name: 'Write the plan: Session 1' }).click();
    await p.getByLabel('Title').fill('Getting started');
    await p.getByLabel('Goals').fill('Know each other and the group’s agreement.');
    await p.getByLabel('Approach or module').fill('CBT, module 1');
    await p.getByLabel('Agenda').fill('Welcome\nThe agreement\nWhat panic is');
    await p.getByLabel('Share this plan with members before the session').check();
    await expectAccessible(p);
    await p.getByRole('button', { name: 'Save the plan' }).click();
    await p.getByText('Getting started').waitFor();

    // A visitor, with no account: Find a therapist, by approach and place.
    const v = await newPage(browser);
    await v.goto(`${server.url}/therapists`);
    await v.getByText('Filters').click();
    await v.getByLabel('Approach').selectOption({ label: 'Cognitive behavioural therapy (CBT)' });
    await v.getByLabel('City, region or postal code').fill('Phila');
    await v.getByRole('button', { name: 'Search' }).click();
    await v.getByRole('heading', { name: '1 therapist' }).waitFor();
    await expectAccessible(v);
    await screenshots(v, 'therapists-search');
    await v.getByRole('link', { name: 'Dr Adeyemi' }).click();
    await v.getByRole('heading', { name: 'Dr Adeyemi' }).waitFor();
    await v.getByText('Verified professional').first().waitFor();
    await expectAccessible(v);
    await screenshots(v, 'therapist-profile');
    await v.getByRole('link', { name: 'Panic skills cohort' }).click();
    await v.locator('.verified').getByRole('link', { name: 'Dr Adeyemi' }).waitFor();
    // The plan is for members: a visitor does not see it.
    expect(await v.content()).not.toContain('Getting started');
    await expectAccessible(v);
  });
});
