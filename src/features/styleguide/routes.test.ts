import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PRODUCTION_ENV } from '../../test/harness.js';
import { ICON_NAMES } from '../../views/icon.js';
import { SECTIONS } from './example.js';
import { formatMarkup } from './markup.js';
import { TOKEN_GROUPS } from './tokens.js';

/** /dev/styleguide documents the design system: development only, no secrets in it. */
describe('/dev/styleguide', () => {
  let dev: Awaited<ReturnType<typeof createTestApp>>;
  let production: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    dev = await createTestApp({ env: { NODE_ENV: 'development' } });
    production = await createTestApp({ env: PRODUCTION_ENV });
  });
  afterAll(async () => {
    await dev.close();
    await production.close();
  });

  it('shows every section in development, each heading in order', async () => {
    const res = await dev.app.request('/dev/styleguide');
    expect(res.status).toBe(200);
    const html = await res.text();
    const headings = [...html.matchAll(/<h2 id="([a-z]+)-heading">([^<]*)<\/h2>/g)];
    expect(headings.map((h) => [h[1], h[2]])).toEqual(SECTIONS.map(([id, title]) => [id, title]));
    expect(headings.map((h) => h[2])).toEqual([
      'Tokens',
      'Button and link',
      'Field',
      'Checkbox group and segmented choice',
      'Card, badge and notice',
      'Facts',
      'Table that stacks',
      'Tabs',
      'Sheet',
      'Icons',
    ]);
  });

  it('answers a request from elsewhere too: it holds nothing secret', async () => {
    const res = await dev.app.request('http://192.0.2.4:3000/dev/styleguide', {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(res.status).toBe(200);
  });

  it('draws the examples with the real classes, ids unique, demos that post nowhere', async () => {
    const html = await (await dev.app.request('/dev/styleguide')).text();
    for (const cls of [
      'button button--secondary',
      'button button--danger',
      'link-button',
      'field field--error',
      'field-error',
      'checks',
      'segmented',
      'card',
      'badge badge--therapy',
      'badge badge--warning',
      'notice',
      'facts',
      'table-stack',
      'tabs',
      'sheet__head',
      'sheet__body',
      'sheet__foot',
    ]) {
      expect(html, cls).toContain(`class="${cls}"`);
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const main = html.slice(html.indexOf('<h1>'), html.indexOf('</main>'));
    expect(main).not.toMatch(/<button(?![^>]*type="button")[^>]*>/);
    expect(main).not.toMatch(/<form(?![^>]*action="#")[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('lists every icon and every token in tokens.css, and no other', async () => {
    const html = await (await dev.app.request('/dev/styleguide')).text();
    for (const name of ICON_NAMES) expect(html).toContain(`<code>${name}</code>`);
    const css = readFileSync('src/client/styles/tokens.css', 'utf8');
    const root = css.slice(css.indexOf(':root'), css.indexOf('}'));
    const inCss = [...root.matchAll(/(--[\w-]+):/g)].map((m) => m[1]);
    const listed = TOKEN_GROUPS.flatMap((g) => g.tokens.map(([name]) => name));
    expect(listed).toEqual(inCss);
    for (const name of listed) expect(html).toContain(`<code>${name}</code>`);
  });

  it('tabs: the current one follows the address', async () => {
    const html = await (await dev.app.request('/dev/styleguide?tab=map')).text();
    expect(html).toMatch(/<a href="\/dev\/styleguide\?tab=map#tabs" aria-current="page">/);
  });

  it('does not exist in production', async () => {
    expect((await production.app.request('/dev/styleguide')).status).toBe(404);
  });
});

describe('formatMarkup', () => {
  it('puts each child of an element-only parent on its own line, text on one line', () => {
    const html =
      '<fieldset class="checks"><legend>Days</legend><label><input type="checkbox"/> Tue</label></fieldset><p>A <a href="/">link</a>.</p>';
    expect(formatMarkup(html)).toBe(
      [
        '<fieldset class="checks">',
        '  <legend>Days</legend>',
        '  <label><input type="checkbox"/> Tue</label>',
        '</fieldset>',
        '<p>A <a href="/">link</a>.</p>',
      ].join('\n'),
    );
  });
});
