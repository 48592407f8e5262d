import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { totp } from '../../src/test/browserless.js';
import { expectAccessible, launchBrowser, newPage, openMenu } from './browser.js';
import { type RunningServer, startDevServer, tempDataDir } from './server.js';

/**
 * The account journey needs the development outbox, which production does not have, so it runs
 * its own server in development mode (without demo groups, which it does not need).
 */
describe.skipIf(!inject('chromiumAvailable'))(
  'an account, from sign-up to two-step sign-in',
  () => {
    let browser: Browser;
    let server: RunningServer;
    const dataDir = tempDataDir();
    beforeAll(async () => {
      server = await startDevServer(dataDir);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const email = `journey-${Date.now()}@example.org`;
    const password = 'copper kettle meadow 58';

    async function signIn(page: Page) {
      await page.goto(`${server.url}/sign-in`);
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).last().click();
    }

    it('signs up, confirms from the outbox, turns on two-step sign-in and signs in with a code', async () => {
      const page = await newPage(browser, { viewport: { width: 375, height: 800 } });
      await page.goto(`${server.url}/sign-up`);
      await expectAccessible(page);
      await page.getByLabel('Display name').fill('Wren');
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
      await expectAccessible(page);

      await page.goto(`${server.url}/dev/outbox`);
      const mail = page.getByRole('article').filter({ hasText: email }).first();
      await mail.getByRole('link', { name: /verify-email/ }).click();
      await page.getByRole('button', { name: 'Confirm my address' }).click();
      await page.getByText('Your e-mail address is confirmed').waitFor();
      await expectAccessible(page);

      await signIn(page);
      await page.waitForURL(/\/account$/);
      await page.getByRole('heading', { name: 'My account', exact: true }).waitFor();
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Manage two-step sign-in' }).click();
      await page.getByLabel('Your current password').fill(password);
      await page.getByRole('button', { name: 'Turn on' }).click();
      const secret = (await page.locator('code.secret').textContent())?.trim() ?? '';
      expect(secret).toMatch(/^[A-Z2-7]+$/);
      await expectAccessible(page);
      await page.getByLabel('Code from your authenticator app').fill(totp(secret));
      await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
      await page.getByText('Two-step sign-in is on.').waitFor();
      await expectAccessible(page);

      await openMenu(page);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(`${server.url}/`);
      await signIn(page);
      await page.waitForURL(/\/sign-in\/two-factor$/);
      await expectAccessible(page);
      // A fresh code: wait for the next 30-second step so the enrolment code is not reused.
      const step = Math.floor(Date.now() / 30_000);
      await expect
        .poll(() => Math.floor(Date.now() / 30_000), { timeout: 31_000, interval: 500 })
        .toBeGreaterThan(step);
      await page.getByLabel('Code from your authenticator app').fill(totp(secret));
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(/\/account$/);
      await page.getByRole('heading', { name: 'My account', exact: true }).waitFor();
      await page.context().close();
    }, 120_000);
  },
);
