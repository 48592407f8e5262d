import { execFileSync } from 'node:child_process';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { totp } from '../../src/test/browserless.js';
import { newPage } from './browser.js';
import { root } from './server.js';

/**
 * People for browser journeys, made the way real people are: through the forms, with links
 * opened from the development outbox. Each gets its own browser context (its own cookies).
 */
export type Person = { page: Page; email: string; password: string; secret?: string };

const PASSWORD = 'copper kettle meadow 58';

/** Open the newest link in the outbox that was sent to `email` and matches `pattern`. */
export async function openMailedLink(page: Page, url: string, email: string, pattern: RegExp) {
  await page.goto(`${url}/dev/outbox`);
  const mail = page.getByRole('article').filter({ hasText: email }).first();
  await mail.getByRole('link', { name: pattern }).first().click();
}

export async function signIn(person: Person, url: string) {
  const { page } = person;
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await page.waitForURL(/\/account$/);
}

/** Sign up with a display name, confirm the address from the outbox, sign in. */
export async function signUp(
  browser: Browser,
  url: string,
  name: string,
  context: BrowserContextOptions = {},
): Promise<Person> {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 }, ...context });
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@example.org`;
  await page.goto(`${url}/sign-up`);
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
  await openMailedLink(page, url, email, /verify-email/);
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await page.getByText('Your e-mail address is confirmed').waitFor();
  const person = { page, email, password: PASSWORD };
  await signIn(person, url);
  return person;
}

/** Turn on two-step sign-in from the account page; the session stays signed in. */
export async function turnOnTwoFactor(person: Person, url: string) {
  const { page } = person;
  await page.goto(`${url}/account`);
  await page.getByRole('link', { name: 'Manage two-step sign-in' }).click();
  await page.getByLabel('Your current password').fill(person.password);
  await page.getByRole('button', { name: 'Turn on' }).click();
  const secret = (await page.locator('code.secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^[A-Z2-7]+$/);
  await page.getByLabel('Code from your authenticator app').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await page.getByText('Two-step sign-in is on.').waitFor();
  person.secret = secret;
}

/**
 * An administrator, as `npm run admin:create` makes one (run before the server starts, since
 * the server then owns the data directory): the reset link from the outbox sets the password.
 */
export function createAdminAccount(dataDir: string, publicUrl: string, email: string) {
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/admin-create.ts', email], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: dataDir,
      PUBLIC_URL: publicUrl,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
    },
    stdio: 'pipe',
  });
}

export async function adminSignsIn(browser: Browser, url: string, email: string): Promise<Person> {
  const page = await newPage(browser);
  await openMailedLink(page, url, email, /reset-password/);
  await page.waitForURL(/\/reset-password\?token=/, { timeout: 10_000 });
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await page.getByText('Your password is changed').waitFor();
  const admin = { page, email, password: PASSWORD };
  await signIn(admin, url);
  await turnOnTwoFactor(admin, url);
  return admin;
}

/** A therapist: sign-up, two-step sign-in, a licence sent and verified by the administrator. */
export async function verifiedTherapist(
  browser: Browser,
  url: string,
  admin: Person,
  name: string,
): Promise<Person> {
  const therapist = await signUp(browser, url, name);
  await turnOnTwoFactor(therapist, url);
  const { page } = therapist;
  await page.goto(`${url}/account/professional`);
  await page.getByLabel('Licence type').selectOption('LCSW');
  await page.getByLabel('Licence number', { exact: true }).fill('LC-4471');
  await page.getByLabel('Issuing jurisdiction').fill('Pennsylvania, US');
  await page.getByLabel('Expiry date').fill('2030-06-30');
  await page.getByRole('button', { name: 'Send for verification' }).click();
  await page.getByText('Your details were sent').waitFor();

  await admin.page.goto(`${url}/admin/professionals`);
  const row = admin.page.getByRole('article').filter({ hasText: 'LC-4471' }).first();
  await row.getByRole('button', { name: 'Verify' }).click();
  await page.goto(`${url}/account/professional`);
  await page.getByText('You are a verified professional').waitFor();
  return therapist;
}
