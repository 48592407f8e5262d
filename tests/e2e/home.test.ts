import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from './browser.js';

const baseUrl = inject('baseUrl');

describe.skipIf(!inject('chromiumAvailable'))('home page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  for (const viewport of [
    { width: 375, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    it(`loads at ${viewport.width} px with the crisis banner visible and no axe violations`, async () => {
      const page = await newPage(browser, { viewport });
      const response = await page.goto(baseUrl);
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.title()).toBe('Gatherwell');
      const banner = page.getByRole('complementary', { name: 'Crisis help' });
      expect(await banner.isVisible()).toBe(true);
      // The line is one tap away at any width; wide screens also say it in a sentence.
      const call = banner.getByRole('link', { name: 'Call 988' });
      expect(await call.isVisible()).toBe(true);
      expect(await call.getAttribute('href')).toBe('tel:988');
      const sentence = banner.getByRole('link', { name: 'In crisis? Call or text 988' });
      expect(await sentence.isVisible()).toBe(viewport.width >= 1200);
      // Nothing wider than the screen: the page reads at phone width without sideways scrolling.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await page.context().close();
    });
  }

  it('passes axe in dark mode too', async () => {
    const page = await newPage(browser, { colorScheme: 'dark' });
    await page.goto(baseUrl);
    await expectAccessible(page);
    await page.context().close();
  });

  it('works with JavaScript disabled, and the skip link and crisis link lead somewhere', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(baseUrl);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Find a group');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('link', { name: 'In crisis? Call or text 988' }).click();
    await page.waitForURL(`${baseUrl}/crisis`);
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: 'Call 988', exact: true })
        .getAttribute('href'),
    ).toBe('tel:988');
    // axe runs as page script, so it cannot run here; the next test scans the same page.
    await page.context().close();
  });

  it('shows the crisis page at phone width with no axe violations', async () => {
    const page = await newPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${baseUrl}/crisis`);
    expect(
      await page.getByRole('link', { name: 'Text 988', exact: true }).getAttribute('href'),
    ).toBe('sms:988');
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows a friendly 404 page that passes axe', async () => {
    const page = await newPage(browser);
    const response = await page.goto(`${baseUrl}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'We could not find that page',
    );
    await expectAccessible(page);
    await page.context().close();
  });
});
