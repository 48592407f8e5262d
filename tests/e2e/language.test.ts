import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, openMenu } from './browser.js';

const baseUrl = inject('baseUrl');

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe.skipIf(!inject('chromiumAvailable'))('two languages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('switches to Español from the header, and the directory follows', async () => {
    const page = await newPage(browser, {
      viewport: { width: 375, height: 800 },
      locale: 'en-US',
      // The directory adopts the browser's zone; the site default needs no reload.
      timezoneId: 'America/New_York',
    });
    await page.goto(baseUrl);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await openMenu(page);
    const switcher = page.getByRole('form', { name: 'Language' });
    await switcher.getByRole('button', { name: 'Español' }).click();
    await page.waitForURL(`${baseUrl}/`);

    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Encuentra un grupo donde te comprendan',
    );
    const banner = page.getByRole('complementary', { name: 'Ayuda en crisis' });
    expect(await banner.getByRole('link', { name: 'Llama al 988' }).isVisible()).toBe(true);
    await openMenu(page);
    // English stays one press away, named in English and marked as English.
    const english = page.getByRole('form', { name: 'Idioma' }).getByRole('button', {
      name: 'English',
    });
    expect(await english.getAttribute('lang')).toBe('en');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);

    await page
      .getByRole('navigation', { name: 'Menú del sitio' })
      .getByRole('link', { name: 'Buscar un grupo' })
      .click();
    await page.waitForURL(`${baseUrl}/groups`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Buscar un grupo');
    expect(await page.getByLabel('Cerca de').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Filtros' }).click();
    expect(await page.getByRole('group', { name: 'Tipo de grupo' }).isVisible()).toBe(true);
    await page.getByText('Día y hora').click();
    expect(await page.getByRole('checkbox', { name: 'martes' }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Mañana (de 5:00 a 12:00)' }).isVisible()).toBe(
      true,
    );
    await page.getByText('Temas', { exact: true }).first().click();
    await page.getByRole('checkbox', { name: 'Duelo y pérdida' }).check();
    await page.waitForURL(/topic=grief/);
    await expect
      .poll(() => page.locator('#results-heading').textContent())
      .toMatch(/grupos?|Ningún/);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await page.context().close();
  });

  it('switches without JavaScript and keeps the page it was on', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false, locale: 'en-US' });
    await page.goto(`${baseUrl}/crisis`);
    await openMenu(page);
    await page.getByRole('button', { name: 'Español' }).click();
    await page.waitForURL(`${baseUrl}/crisis`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ayuda ahora mismo');
    expect(
      await page.getByRole('link', { name: 'Llamar al 988', exact: true }).getAttribute('href'),
    ).toBe('tel:988');
    await openMenu(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(`${baseUrl}/crisis`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });

  it('greets a Spanish-speaking browser in Spanish, crisis page included, with no axe violations', async () => {
    const page = await newPage(browser, {
      locale: 'es-MX',
      viewport: { width: 320, height: 640 },
    });
    await page.goto(`${baseUrl}/crisis`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('link', { name: 'Find A Helpline' }).getAttribute('lang')).toBe(
      'en',
    );
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await page.context().close();
  });
});
