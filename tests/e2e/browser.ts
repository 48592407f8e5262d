import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';

export { CHROMIUM_PATH, launchBrowser } from './chromium.js';

export async function newPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

/**
 * Fail on any WCAG 2.2 A/AA violation axe finds, listing each rule and the nodes it flagged,
 * and on a page that does not reflow at 320 px (WCAG 1.4.10, which axe cannot see): the
 * page is narrowed to 320 px, checked for sideways scrolling, and put back.
 */
export async function expectAccessible(page: Page) {
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);
}

/** Nothing wider than a 320 px screen: names the elements that stick out, if any. */
export async function expectReflowAt320(page: Page) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: before?.height ?? 720 });
  const wide = await page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return [];
    return Array.from(document.body.querySelectorAll('*'))
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`,
      );
  });
  if (before) await page.setViewportSize(before);
  expect(wide, `wider than 320 px on ${page.url()}: ${wide.join(', ')}`).toEqual([]);
}

/** Fail on any WCAG 2.2 A/AA violation, listing each rule and the nodes it flagged. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Where journeys leave their screenshots, to be looked at by people (not compared). */
export const SCREENS_DIR = join(import.meta.dirname, '../../test-results/screens');

/** Full-page screenshots at a phone's width (390 px) and a laptop's (1280 px), then back. */
export async function screenshots(page: Page, name: string) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const before = page.viewportSize();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: join(SCREENS_DIR, `${name}-${width}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

/** Open the header's menu (a disclosure, so this works without JavaScript too). */
export async function openMenu(page: Page) {
  const menu = page.locator('details.menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await menu.locator('summary').click();
  }
}
