import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { crisisRegionFor, smsHref } from './crisis-lines.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const crisis = async (headers: Record<string, string> = {}, path = '/crisis') =>
  (await t.app.request(path, { headers })).text();

describe('crisis lines by country', () => {
  it('falls back to the international page with the local emergency number where known', () => {
    expect(crisisRegionFor('US').code).toBe('US');
    expect(crisisRegionFor('gb').code).toBe('GB');
    const mx = crisisRegionFor('MX');
    expect(mx.code).toBe('INTL');
    expect(mx.emergency.call).toBe('911');
    expect(crisisRegionFor('ZZ').emergency.display.en).toBe('your local emergency number');
    expect(crisisRegionFor(undefined).code).toBe('INTL');
  });

  it('asks 988 for Spanish with the keyword it routes by', () => {
    const lifeline = crisisRegionFor('US').contacts[0]!;
    expect(smsHref(lifeline, 'en')).toBe('sms:988');
    expect(smsHref(lifeline, 'es')).toBe('sms:988?body=AYUDA');
  });
});

describe('/crisis', () => {
  it('lists the US lines in English with tel: and sms: links', async () => {
    const html = await crisis();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Help right now</h1>');
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="sms:988"');
    expect(html).toContain('href="tel:911"');
    expect(html).toContain('988 Suicide &amp; Crisis Lifeline');
  });

  it('gives a Spanish speaker in the US the US lines, in Spanish, and says 988 speaks Spanish', async () => {
    const html = await crisis({ 'accept-language': 'es-US,es;q=0.9' });
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<h1>Ayuda ahora mismo</h1>');
    expect(html).toContain('988 Línea de Prevención del Suicidio y Crisis');
    expect(html).toContain('Te atienden en español');
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="sms:988?body=AYUDA"');
    expect(html).toContain('href="https://988lineadevida.org/"');
    expect(html).toContain('href="tel:911"');
    // The directory's name is English: marked so a screen reader says it right.
    expect(html).toMatch(/<a href="https:\/\/findahelpline.com\/"[^>]*lang="en"/);
  });

  it('sends a visitor from Mexico to the international directory with 911', async () => {
    const html = await crisis({ 'accept-language': 'es-MX,es;q=0.9' });
    expect(html).toContain('¿En crisis? Encuentra una línea de ayuda cerca de ti');
    expect(html).toContain('href="https://findahelpline.com/"');
    expect(html).toContain('href="tel:911"');
    expect(html).not.toContain('href="tel:988"');
  });

  it('follows Accept-Language’s country in English too, and lets a link pick a country', async () => {
    const uk = await crisis({ 'accept-language': 'en-GB' });
    expect(uk).toContain('href="tel:116123"');
    expect(uk).toContain('href="tel:999"');
    const ca = await crisis({ 'accept-language': 'es' }, '/crisis?region=CA');
    expect(ca).toContain('9-8-8: Línea de ayuda en crisis de suicidio');
    expect(ca).toMatch(/<a href="\/crisis\?region=CA" aria-current="page">Canadá<\/a>/);
  });

  it('weighs under 15 KB compressed, HTML and stylesheet together, in both languages', async () => {
    for (const lang of ['en-US', 'es-US']) {
      const res = await t.app.request('/crisis', { headers: { 'accept-language': lang } });
      const html = await res.text();
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      expect(sheets.length).toBeGreaterThan(0);
      let bytes = gzipSync(html).byteLength;
      for (const href of sheets) {
        const css = await t.app.request(href);
        expect(css.status).toBe(200);
        bytes += gzipSync(Buffer.from(await css.arrayBuffer())).byteLength;
      }
      // Only our own nonce'd modules may run, and this page needs none.
      expect(html).not.toContain('<script');
      expect(bytes, lang).toBeLessThan(15 * 1024);
    }
  });

  it('keeps the banner on every page, linking here', async () => {
    for (const path of ['/', '/groups', '/no-such-page']) {
      const html = await crisis({ 'accept-language': 'es' }, path);
      expect(html, path).toMatch(
        /<aside class="crisis-banner" aria-label="Ayuda en crisis"><a href="\/crisis"/,
      );
    }
  });
});

describe('both emergency numbers are tappable', () => {
  it('links 999 and 112 on the UK page', async () => {
    const t = await createTestApp();
    try {
      const html = await (
        await t.app.request('http://localhost/crisis', { headers: { 'accept-language': 'en-GB' } })
      ).text();
      expect(html).toContain('href="tel:999"');
      expect(html).toContain('href="tel:112"');
    } finally {
      await t.close();
    }
  });
});
