import type { Browser, BrowserContext, Page } from 'playwright-core';

export { launchBrowser } from '../../tests/e2e/chromium.js';

/**
 * A fresh context (empty cache, no cookies) and its page, CPU-throttled `throttle` times through
 * the DevTools protocol before anything loads, as DevTools' "4x slowdown" does.
 */
export async function freshPage(
  browser: Browser,
  throttle: number,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // tsx compiles with esbuild's keepNames, which wraps functions in page.evaluate callbacks
  // in calls to a `__name` helper that only exists in Node: give the page a harmless one.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return { context, page };
}

export const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
