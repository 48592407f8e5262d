import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInUser } from '../test/accounts.js';
import { createTestApp } from '../test/harness.js';
import { intlLocale, negotiateLocale, negotiateRegion } from './locales.js';

describe('negotiation', () => {
  it('prefers the cookie, then Accept-Language by q, then the default', () => {
    expect(negotiateLocale('es', 'en-US,en;q=0.9', 'en')).toBe('es');
    expect(negotiateLocale(undefined, 'es-MX,es;q=0.9,en;q=0.5', 'en')).toBe('es');
    expect(negotiateLocale(undefined, 'fr-FR,en;q=0.4,es;q=0.6', 'en')).toBe('es');
    expect(negotiateLocale(undefined, 'es;q=0,en', 'es')).toBe('en');
    expect(negotiateLocale('de', 'fr', 'en')).toBe('en');
    expect(negotiateLocale(undefined, undefined, 'es')).toBe('es');
  });

  it('takes the country from the first region subtag, else from the site default', () => {
    expect(negotiateRegion('es-MX,es;q=0.9', 'en-US')).toBe('MX');
    expect(negotiateRegion('es,en-GB;q=0.5', 'en-US')).toBe('GB');
    expect(negotiateRegion('es-419', 'en-US')).toBe('US');
    expect(negotiateRegion('zh-Hant-TW', 'en-US')).toBe('TW');
    expect(negotiateRegion(undefined, 'en-CA')).toBe('CA');
    expect(negotiateRegion(undefined, 'en')).toBeUndefined();
    expect(intlLocale('es', 'US')).toBe('es-US');
    expect(intlLocale('es')).toBe('es-419');
  });
});

describe('pages in two languages', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const page = async (path: string, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, { headers });
    return { res, html: await res.text() };
  };

  it('speaks Spanish to a browser that asks for it, with lang="es" and Spanish shell', async () => {
    const { res, html } = await page('/', { 'accept-language': 'es-US,es;q=0.9,en;q=0.5' });
    expect(html.startsWith('<!doctype html><html lang="es">')).toBe(true);
    expect(res.headers.get('vary')).toMatch(/Accept-Language/);
    expect(html).toContain('Saltar al contenido principal');
    expect(html).toContain('Encuentra un grupo donde te comprendan');
    expect(html).toContain('<nav class="site-nav" aria-label="Principal">');
    expect(html).toContain('>Buscar un grupo</a>');
    // The US lines, in Spanish.
    expect(html).toMatch(
      /<a href="\/crisis"[^>]*>¿En crisis\? Llama o envía un mensaje al 988<\/a>/,
    );
    expect(html).not.toContain('Skip to main content');
  });

  it('lets the cookie outrank Accept-Language', async () => {
    const es = await page('/', { 'accept-language': 'en-US', cookie: 'gw_lang=es' });
    expect(es.html).toContain('<html lang="es">');
    const en = await page('/', { 'accept-language': 'es-MX', cookie: 'gw_lang=en' });
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain('Skip to main content');
  });

  it('shows the switcher with each language named in itself, and the nav links', async () => {
    const { html } = await page('/groups?topic=grief');
    expect(html).toContain('<form class="language-switch" method="post" action="/language"');
    expect(html).toContain('name="next" value="/groups?topic=grief"');
    expect(html).toMatch(
      /<button[^>]*value="en"[^>]*lang="en"[^>]*aria-current="true"[^>]*>English</,
    );
    expect(html).toMatch(/<button[^>]*value="es"[^>]*lang="es"[^>]*>Español</);
    for (const href of ['/', '/groups', '/guide', '/compare', '/resources', '/crisis']) {
      expect(html).toContain(`href="${href}"`);
    }
    // Signing in from here comes back here (issue 13).
    expect(html).toContain('href="/sign-in?next=%2Fgroups%3Ftopic%3Dgrief"');
    expect(html).not.toContain('action="/sign-out"');
  });

  it('offers the account, sign-out and (for administrators) admin links when signed in', async () => {
    const member = await signedInUser(t);
    const html = await (await member.client.get('/groups', { 'accept-language': 'es' })).text();
    expect(html).toContain('<a href="/account">Mi cuenta</a>');
    expect(html).toContain('<form method="post" action="/sign-out" class="sign-out">');
    expect(html).toContain('>Salir</button>');
    expect(html).not.toContain('href="/admin"');
    expect(html).not.toContain('href="/sign-in"');
    const admin = await signedInUser(t, { role: 'admin' });
    const adminHtml = await (await admin.client.get('/')).text();
    expect(adminHtml).toContain('<a href="/admin">Admin</a>');
    expect(adminHtml).toContain('>Sign out</button>');
  });

  it('localises error pages', async () => {
    const { res, html } = await page('/no-such-page', { 'accept-language': 'es' });
    expect(res.status).toBe(404);
    expect(html).toContain('<title>No encontramos esa página · Gatherwell</title>');
    expect(html).toContain('la ayuda en crisis');
  });

  const post = (body: Record<string, string>, url = 'http://localhost/language') =>
    t.app.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(url).origin,
      },
      body: new URLSearchParams(body).toString(),
    });

  it('remembers a switch for a year and goes back to the page', async () => {
    const res = await post({ lang: 'es', next: '/groups?topic=grief' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/groups?topic=grief');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gw_lang=es;/);
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const https = await post({ lang: 'en', next: '/' }, 'https://localhost/language');
    expect(https.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses to send anyone off-site, and rejects an unknown language', async () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const res = await post({ lang: 'es', next });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/');
    }
    expect((await post({ lang: 'fr', next: '/' })).status).toBe(400);
    const foreign = await t.app.request('http://localhost/language', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: 'lang=es&next=/',
    });
    expect(foreign.status).toBe(403);
  });
});
