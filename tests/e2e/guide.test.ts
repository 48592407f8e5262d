import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from './browser.js';

const baseUrl = inject('baseUrl');

/** Ticks a radio button or checkbox by its label, as a person would. */
async function pick(page: Page, name: string, role: 'radio' | 'checkbox' = 'radio') {
  await page.getByRole(role, { name, exact: true }).check();
}

/** Presses a button of the guide form and waits for the screen whose heading is `next`. */
async function press(page: Page, button: string, next: string | RegExp) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: next }).waitFor();
}

const EN = {
  safety: /are you thinking about ending your life/,
  topic: 'What would you like support with?',
  hope: 'What are you hoping a group will give you?',
  structure: 'How much structure would suit you?',
  care: 'Do any of these fit you right now?',
  mode: 'How would you like to meet?',
  place: 'Where should the group be?',
  when: 'When are you usually free?',
  cost: 'What can you spend?',
  result: 'A support group looks like a good fit',
};

/**
 * Grief, peers, online, any cost: the demo directory always has online grief support groups.
 * `scan` runs axe on each kind of screen on the way (single choice, topic list, checkboxes,
 * several groups on one screen, the result).
 */
async function answerInEnglish(page: Page, scan: boolean) {
  await page.goto(`${baseUrl}/guide`);
  expect(await page.getByText('Step 1 of 9').isVisible()).toBe(true);
  if (scan) await expectAccessible(page);
  await pick(page, 'No');
  await press(page, 'Next', EN.topic);
  if (scan) await expectAccessible(page);
  await pick(page, 'Grief and loss');
  await press(page, 'Next', EN.hope);
  await pick(page, 'To be with people who have been through the same thing');
  await press(page, 'Next', EN.structure);
  // Back keeps what was chosen.
  await press(page, 'Back', EN.hope);
  expect(
    await page
      .getByRole('radio', { name: 'To be with people who have been through the same thing' })
      .isChecked(),
  ).toBe(true);
  await press(page, 'Next', EN.structure);
  await pick(page, 'Little: come when I can, talk when I want to');
  await press(page, 'Next', EN.care);
  if (scan) await expectAccessible(page);
  await pick(page, 'None of these', 'checkbox');
  await press(page, 'Next', EN.mode);
  await pick(page, 'Online');
  // Online: the place question drops out, so there are 8 steps.
  await press(page, 'Next', EN.when);
  expect(await page.getByText('Step 7 of 8').isVisible()).toBe(true);
  if (scan) await expectAccessible(page);
  await press(page, 'Skip this question', EN.cost);
  await pick(page, 'Cost is not a limit');
  await press(page, 'See my suggestion', EN.result);
  if (scan) await expectAccessible(page);
}

/** From the result, the search button leads to the directory with matching groups. */
async function followSearch(page: Page, button: string, kindLabel: string) {
  // The result came from a POST: the address bar holds no answers.
  expect(new URL(page.url()).pathname).toBe('/guide');
  expect(new URL(page.url()).search).toBe('');
  await page.getByRole('link', { name: button, exact: true }).click();
  await page.waitForURL(/\/groups\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get('kind')).toBe('support');
  expect(url.searchParams.getAll('topic')).toContain('grief');
  for (const answer of ['safety', 'hope', 'structure', 'care']) {
    expect(url.searchParams.has(answer)).toBe(false);
  }
  const results = page.locator('.result-list > li');
  expect(await results.count()).toBeGreaterThan(0);
  expect(await results.first().textContent()).toContain(kindLabel);
}

async function guidePage(browser: Browser, options: BrowserContextOptions = {}) {
  return newPage(browser, { viewport: { width: 375, height: 800 }, ...options });
}

describe.skipIf(!inject('chromiumAvailable'))('the choosing guide', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('takes a new user from the first question to matching groups, passing axe on every kind of screen', async () => {
    const page = await guidePage(browser);
    await answerInEnglish(page, true);
    expect(await page.getByRole('term').first().textContent()).toBe('Who leads');
    expect(
      await page.getByRole('link', { name: /Compare support groups/ }).getAttribute('href'),
    ).toBe('/compare');
    expect(await page.getByRole('link', { name: /Crisis lines/ }).getAttribute('href')).toBe(
      '/crisis',
    );
    await followSearch(page, 'Find support groups', 'Support group');
    await page.context().close();
  });

  it('reaches crisis help in one step after a yes to the first question', async () => {
    const page = await guidePage(browser);
    await page.goto(`${baseUrl}/guide`);
    await pick(page, 'Yes');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForURL(`${baseUrl}/crisis`);
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: 'Call 988', exact: true })
        .getAttribute('href'),
    ).toBe('tel:988');
    await page.context().close();
  });

  it('shows a focusable error summary when the first question is left unanswered', async () => {
    const page = await guidePage(browser);
    await page.goto(`${baseUrl}/guide`);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Please choose an answer to continue.');
    expect(await page.title()).toMatch(/^Error: /);
    await summary.focus();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link').click();
    expect(
      await page.getByRole('radio', { name: 'Yes', exact: true }).evaluate((el) => el.id),
    ).toBe('safety');
    await expectAccessible(page);
    await page.context().close();
  });

  it('runs end to end in Spanish, with the place question and the search', async () => {
    const page = await guidePage(browser, { locale: 'es-ES' });
    await page.goto(`${baseUrl}/guide`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      '¿Qué tipo de grupo te podría convenir?',
    );
    expect(await page.getByText('Paso 1 de 9').isVisible()).toBe(true);
    await pick(page, 'No');
    await press(page, 'Siguiente', '¿Con qué te gustaría recibir apoyo?');
    await pick(page, 'Duelo y pérdida');
    await press(page, 'Siguiente', '¿Qué te gustaría encontrar en un grupo?');
    await pick(page, 'Estar con personas que han pasado por lo mismo');
    await press(page, 'Siguiente', '¿Cuánta estructura te vendría bien?');
    await press(
      page,
      'Saltar esta pregunta',
      '¿Alguna de estas frases describe tu situación actual?',
    );
    await pick(page, 'Ninguna de estas', 'checkbox');
    await press(page, 'Siguiente', '¿Cómo te gustaría reunirte?');
    await pick(page, 'Me da igual');
    await press(page, 'Siguiente', '¿Dónde debería estar el grupo?');
    await expectAccessible(page);
    await page.getByLabel('Código postal o ciudad').fill('19103');
    await press(page, 'Siguiente', '¿Cuándo sueles tener tiempo libre?');
    await press(page, 'Saltar esta pregunta', '¿Cuánto puedes gastar?');
    await pick(page, 'El precio no es un límite');
    await press(page, 'Ver mi sugerencia', 'Un grupo de apoyo parece una buena opción');
    expect(await page.getByRole('term').first().textContent()).toBe('Quién lo dirige');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Buscar grupos de apoyo', exact: true }).click();
    await page.waitForURL(/\/groups\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('near')).toBe('19103');
    expect(url.searchParams.get('kind')).toBe('support');
    expect(await page.locator('.result-list > li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('works completely with JavaScript disabled', async () => {
    // axe runs as page script, so it cannot run here; the first journey scans the same screens.
    const page = await guidePage(browser, { javaScriptEnabled: false });
    await answerInEnglish(page, false);
    await followSearch(page, 'Find support groups', 'Support group');
    await page.context().close();
  });
});
