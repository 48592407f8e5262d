import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectNoAxeViolations, launchBrowser, newPage } from './browser.js';

const baseUrl = inject('baseUrl');

describe.skipIf(!inject('chromiumAvailable'))('finding a group', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('searches near a postal code with filters, opens a group and downloads its calendar', async () => {
    const page = await newPage(browser, {
      viewport: { width: 375, height: 800 },
      timezoneId: 'America/Chicago',
      acceptDownloads: true,
    });
    await page.goto(`${baseUrl}/groups`);
    // The browser's zone is adopted for displayed times (once, in a cookie: ADR 21).
    await page.getByText('Times are shown in Central Time (Chicago).').waitFor();
    await expectAccessible(page);

    await page.getByLabel('Near').fill('19103');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/near=19103/);
    // Distance and kind are in the filters, which open as a sheet; each choice updates the
    // results behind it, and its button says how many there will be.
    await page.getByRole('button', { name: 'Filters' }).click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await sheet.getByLabel('Within', { exact: true }).selectOption('25');
    await sheet.getByRole('radio', { name: /Support groups/ }).check();
    await page.waitForURL(/kind=support/);
    await expectNoAxeViolations(page);
    const apply = sheet.getByRole('button', { name: /^Show \d+ groups?$/ });
    await apply.click();
    expect(await sheet.isVisible()).toBe(false);
    const heading = page.getByRole('heading', { name: /groups? near 19103/ });
    expect(await heading.textContent()).toMatch(/^\d+ groups? near 19103 \(Philadelphia, PA\)/);
    expect(page.url()).toContain('radius=25');
    const results = page.locator('.result-list > li');
    expect(await results.count()).toBeGreaterThan(0);
    expect(await results.first().textContent()).toContain('Support group');
    expect(await page.getByText('Times are in Central Time').count()).toBe(1);
    await expectAccessible(page);

    // Checking a box updates the results in place and the URL follows.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await sheet.getByText('Day and time').click();
    await sheet.getByRole('checkbox', { name: 'Evening (5–9 pm)' }).check();
    await page.waitForURL(/time=evening/);
    await sheet.getByRole('button', { name: 'Close' }).click();

    // The same search on a map: markers come from the API (tiles are not needed for them).
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await page.waitForURL(/view=map/);
    await expect
      .poll(() => page.locator('#map-status').textContent(), { timeout: 15_000 })
      .toMatch(/\d+ places? on the map/);
    expect(await page.locator('.leaflet-interactive, .marker-cluster').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'List', exact: true }).click();
    await page.waitForURL((url) => !url.search.includes('view=map'));

    const first = results.first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/groups\/[a-z0-9-]+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    expect(await page.getByRole('heading', { name: 'At a glance' }).isVisible()).toBe(true);
    await expectAccessible(page);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Add to calendar (.ics)' }).click();
    const download = await downloadPromise;
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('BEGIN:VEVENT');
    await page.context().close();
  });

  it('runs the same search with JavaScript disabled', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/groups`);
    await page.getByLabel('Near').fill('19103');
    await page.getByRole('radio', { name: /Support groups/ }).check();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/near=19103/);
    expect(await page.locator('.result-list > li').count()).toBeGreaterThan(0);
    await page.locator('.result-list > li').first().getByRole('link').click();
    await page.waitForURL(/\/groups\/[a-z0-9-]+$/);
    expect(await page.getByRole('heading', { name: 'When' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('asks which place when a name is ambiguous, and passes axe there', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl}/groups?near=Portland`);
    expect(await page.getByText('Which place did you mean?').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Portland, OR, United States' }).click();
    await page.waitForURL(/near=Portland%2C\+OR/);
    expect(await page.getByRole('heading', { name: /near Portland, OR/ }).isVisible()).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });
});
