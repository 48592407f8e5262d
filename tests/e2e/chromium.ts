import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with everything that would phone home switched off. Kept apart
 * from browser.ts (which imports vitest) so scripts such as bench:page launch it the same way.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
