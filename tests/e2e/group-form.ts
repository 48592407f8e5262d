import type { Page } from 'playwright-core';

// The group form as the browser journeys fill it (groups.test.ts, safety.test.ts).

/** Fill the common parts of the group form: about, schedule, place, cost. */
export async function describeGroup(
  page: Page,
  start: string,
  g: {
    name: string;
    summary: string;
    topic: string;
    weeks: number;
    days: string[];
    count?: number;
    /** The meetings' local start, 'HH:MM' in America/New_York (18:30 unless given). */
    time?: string;
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
  await page.getByLabel('Start time').fill(g.time ?? '18:30');
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

export async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Your group is published').waitFor();
}

/**
 * A therapist saves a draft therapy group (8 weekly sessions, by application) with one long
 * intake question, leaving the page on the intake form; returns the group's slug.
 * `beforeSave` fills anything else the journey needs.
 */
export async function startTherapyGroup(
  page: Page,
  url: string,
  start: string,
  g: {
    name: string;
    summary: string;
    topic: string;
    days: string[];
    question: string;
    time?: string;
  },
  beforeSave?: (page: Page) => Promise<void>,
): Promise<string> {
  await page.goto(`${url}/lead/new`);
  await page.getByRole('link', { name: 'A therapy group' }).click();
  await describeGroup(page, start, { ...g, weeks: 1, count: 8 });
  await page.getByLabel('By application: people answer intake questions and are screened').check();
  await beforeSave?.(page);
  await page.getByLabel('Cognitive behavioural therapy (CBT)').check();
  await page.getByLabel('Free', { exact: true }).check();
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await page.getByText('Your group is saved as a draft').waitFor();
  const slug = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.goto(`${url}/lead/${slug}/intake`);
  await page.getByLabel('A long answer').check();
  await page.getByLabel('Question', { exact: true }).fill(g.question);
  await page.getByRole('button', { name: 'Add the question' }).click();
  await page.getByText('The question was added').waitFor();
  return slug;
}

/**
 * On the support group's first step: accept the leader's agreement, then describe a drop-in,
 * free group (hybrid, with a members-only video link), up to saving it.
 */
export async function fillSupportGroup(
  page: Page,
  start: string,
  g: { name: string; summary: string; topic: string; weeks: number; days: string[] },
) {
  await page.getByLabel('I agree to lead as described above').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await describeGroup(page, start, g);
  await page.getByLabel('Drop in: anyone may come').check();
  await page.getByLabel('Free', { exact: true }).check();
}

/**
 * A peer leader starts a drop-in support group from /lead/new, saves and publishes it;
 * returns its slug.
 */
export async function publishSupportGroup(
  page: Page,
  url: string,
  start: string,
  g: { name: string; summary: string; topic: string; weeks: number; days: string[] },
): Promise<string> {
  await page.goto(`${url}/lead/new`);
  await page.getByRole('link', { name: 'A support group' }).click();
  await fillSupportGroup(page, start, g);
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await page.getByText('Your group is saved as a draft').waitFor();
  const slug = new URL(page.url()).pathname.split('/').pop() ?? '';
  await publish(page);
  return slug;
}
