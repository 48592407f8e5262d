import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from './browser.js';

const baseUrl = inject('baseUrl');

/** Nothing wider than the screen: the page reads at phone width without sideways scrolling. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!inject('chromiumAvailable'))('comparison and resource library', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  for (const viewport of [
    { width: 375, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    it(`compares the two kinds of group at ${viewport.width} px`, async () => {
      const page = await newPage(browser, { viewport, locale: 'en-US' });
      const response = await page.goto(`${baseUrl}/compare`);
      expect(response?.status()).toBe(200);
      const table = page.getByRole('table');
      expect(await table.getByRole('rowheader', { name: 'Who leads it' }).count()).toBe(1);
      expect(await table.getByRole('columnheader', { name: 'Group therapy' }).count()).toBe(1);
      expect(
        await page.getByRole('link', { name: 'Find a support group' }).getAttribute('href'),
      ).toBe('/groups?kind=support');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await page.context().close();
    });

    it(`searches the library and reads an article at ${viewport.width} px`, async () => {
      const page = await newPage(browser, { viewport, locale: 'en-US' });
      await page.goto(`${baseUrl}/resources`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Resource library');
      await expectAccessible(page);

      await page.getByLabel('Search the articles').fill('secular');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(/q=secular/);
      expect(await page.getByText('1 article matches “secular”').count()).toBe(1);
      await expectAccessible(page);

      await page
        .getByRole('link', { name: /12-step/ })
        .first()
        .click();
      await page.waitForURL(/\/resources\/recovery-groups-12-step-and-secular$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/12-step/);
      expect(await page.getByText(/\d+ min read/).count()).toBe(1);
      expect(await page.getByText(/not medical or legal advice/).count()).toBe(1);
      const related = page.getByRole('region', { name: 'Groups on these topics' });
      expect(
        await related.getByRole('link', { name: 'See all groups on these topics' }).count(),
      ).toBe(1);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await page.context().close();
    });
  }

  it('shows the Spanish library in dark mode, with English-only articles marked', async () => {
    const page = await newPage(browser, {
      viewport: { width: 375, height: 740 },
      colorScheme: 'dark',
      locale: 'es-MX',
      extraHTTPHeaders: { 'Accept-Language': 'es-MX,es;q=0.9' },
    });
    await page.goto(`${baseUrl}/resources`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Biblioteca de recursos',
    );
    expect(await page.getByText('(en inglés)').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Grupos de duelo' }).click();
    await page.waitForURL(/\/resources\/grief-groups$/);
    expect(await page.getByText(/min de lectura/).count()).toBe(1);
    await expectAccessible(page);
    await page.goto(`${baseUrl}/compare`);
    expect(await page.getByRole('rowheader', { name: 'Quién lo guía' }).count()).toBe(1);
    await expectAccessible(page);
    await page.context().close();
  });
});
