import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectAccessible,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  openMenu,
  SCREENS_DIR,
} from './browser.js';

const baseUrl = inject('baseUrl');

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 720 };

/** The main pages a person sees before signing in; the group page is found by searching. */
const PAGES = ['/', '/groups?near=19103', 'GROUP', '/guide', '/compare', '/resources', '/crisis'];

/** Sum of layout shifts since the page started (the metric behind CLS), recorded from the start. */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
      }[]) {
        if (!entry.hadRecentInput) w.shifted += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function firstGroupPath(page: Page) {
  await page.goto(`${baseUrl}/groups?near=19103`);
  return (await page.locator('.result-list > li').first().getByRole('link').getAttribute('href'))!;
}

/** The first screen, and the whole page, for a reviewer to look at (not compared). */
async function shoot(page: Page, name: string, width: number, scheme: string) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const base = join(SCREENS_DIR, `phone-first-${name}-${width}${scheme === 'dark' ? '-dark' : ''}`);
  await page.screenshot({ path: `${base}.png` });
  if (scheme === 'light') await page.screenshot({ path: `${base}-full.png`, fullPage: true });
}

describe.skipIf(!inject('chromiumAvailable'))('phone first', () => {
  let browser: Browser;
  let groupPath: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await newPage(browser);
    groupPath = await firstGroupPath(page);
    await page.context().close();
  });
  afterAll(() => browser?.close());

  for (const viewport of [PHONE, LAPTOP]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`at ${viewport.width} px (${scheme}): a short header, results first, no layout shift, axe clean`, async () => {
        const page = await newPage(browser, {
          viewport,
          colorScheme: scheme,
          timezoneId: 'America/New_York',
        });
        // The zone cookie the browser would set on its first visit (ADR 21), so no page reloads.
        await page
          .context()
          .addCookies([{ name: 'gw_tz', value: 'America/New_York', url: baseUrl }]);
        await watchShifts(page);
        for (const path of PAGES) {
          const url = `${baseUrl}${path === 'GROUP' ? groupPath : path}`;
          await page.goto(url);
          await page.waitForLoadState('networkidle');
          const name =
            path === 'GROUP' ? 'group' : path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';

          const header = await page.locator('.site-header').boundingBox();
          if (viewport === PHONE)
            expect(header!.height, `header on ${path}`).toBeLessThanOrEqual(64);

          if (path.startsWith('/groups?')) {
            const card = await page.locator('.result-list > li').first().boundingBox();
            expect(card!.y, 'first result card in the first screen').toBeLessThan(viewport.height);
          }
          if (path === 'GROUP') {
            // What, when, where and how to join, all in the first screen.
            for (const selector of ['h1', '.group-key', '.panel .button, .panel button']) {
              const box = await page.locator(selector).first().boundingBox();
              expect(box!.y, `${selector} on the group page`).toBeLessThan(viewport.height);
            }
          }
          await page.waitForTimeout(300);
          const shifted = await page.evaluate(
            () => (window as unknown as { shifted: number }).shifted,
          );
          expect(shifted, `layout shift on ${path}`).toBeLessThan(0.01);

          await shoot(page, name, viewport.width, scheme);
          if (scheme === 'light') await expectAccessible(page);
          else await expectNoAxeViolations(page);
        }

        // The crisis line never scrolls out of reach.
        await page.goto(`${baseUrl}/groups?near=19103`);
        await page.mouse.wheel(0, 5000);
        await page.waitForTimeout(200);
        const call = page.getByRole('complementary', { name: 'Crisis help' }).getByRole('link', {
          name: 'Call 988',
        });
        const box = await call.boundingBox();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(64);
        await page.context().close();
      });
    }
  }

  it('opens the menu without JavaScript and reaches every page from it', async () => {
    const page = await newPage(browser, { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(baseUrl);
    const menuNav = page.getByRole('navigation', { name: 'Site menu' });
    expect(await menuNav.isVisible()).toBe(false);
    await openMenu(page);
    await menuNav.getByRole('link', { name: 'Guide' }).click();
    await page.waitForURL(`${baseUrl}/guide`);
    // Without JavaScript the filters are a section of the page, joined to the search form.
    await page.goto(`${baseUrl}/groups?near=19103`);
    await page.getByRole('link', { name: 'Filters' }).click();
    await page.waitForURL(/#filters$/);
    await page.getByRole('checkbox', { name: 'Online', exact: true }).check();
    await page.getByRole('button', { name: /^Show \d+ groups?$/ }).click();
    await page.waitForURL(/mode=online/);
    expect(page.url()).toContain('near=19103');
    await page.context().close();
  });

  it('updates results as you type, says how many, and Back undoes the search', async () => {
    const page = await newPage(browser, { viewport: PHONE, timezoneId: 'America/New_York' });
    // With the zone cookie already set, the page cannot reload itself while we type (zone.ts).
    await page.context().addCookies([{ name: 'gw_tz', value: 'America/New_York', url: baseUrl }]);
    await page.goto(`${baseUrl}/groups`);
    const heading = page.locator('#results-heading');
    const before = await heading.textContent();
    await page.getByLabel('What are you looking for?').pressSequentially('grief', { delay: 40 });
    await expect.poll(() => heading.textContent()).not.toBe(before);
    await page.waitForURL(/q=grief/);
    expect(page.url()).not.toMatch(/q=gri(&|$)/);
    const after = await heading.textContent();
    // The live region says the new count (it stays in place; only the results are replaced).
    await expect.poll(() => page.locator('#results-status').textContent()).toBe(after);
    await expect
      .poll(() => page.locator('.result-list > li').first().textContent())
      .toMatch(/grief|loss|bereave/i);
    await expectAccessible(page);

    // One burst of typing is one step of history.
    await page.goBack();
    await page.waitForURL(`${baseUrl}/groups`);
    await expect.poll(() => heading.textContent()).toBe(before);
    expect(await page.getByLabel('What are you looking for?').inputValue()).toBe('');
    await page.context().close();
  });
});
