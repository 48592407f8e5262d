import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { sendJson } from './json-response.js';

const big = { items: Array.from({ length: 200 }, (_, i) => ({ i, name: `group ${i}` })) };
const app = new Hono();
app.get('/big', (c) => {
  c.header('Cache-Control', 'public, max-age=60');
  return sendJson(c, big);
});
app.get('/small', (c) => sendJson(c, { ok: true }));

describe('sendJson', () => {
  it('compresses a large answer for a client that accepts gzip, with its own tag', async () => {
    const zipped = await app.request('/big', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    const body = JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString());
    expect(body).toEqual(big);
    const plain = await app.request('/big');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(big);
    expect(zipped.headers.get('etag')).toBe(plain.headers.get('etag')!.replace(/"$/, '-gz"'));
  });

  it('leaves a small answer uncompressed', async () => {
    const res = await app.request('/small', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers 304 with no body to a tag it gave, in either encoding, and 200 to another', async () => {
    const plain = (await app.request('/big')).headers.get('etag')!;
    const zipped = (
      await app.request('/big', { headers: { 'accept-encoding': 'gzip' } })
    ).headers.get('etag')!;
    for (const [tag, encoding] of [
      [plain, 'gzip'],
      [zipped, 'identity'],
      [`W/${plain}`, 'identity'],
      [`"other", ${zipped}`, 'gzip'],
    ] as const) {
      const res = await app.request('/big', {
        headers: { 'if-none-match': tag, 'accept-encoding': encoding },
      });
      expect(res.status).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    }
    const other = await app.request('/big', { headers: { 'if-none-match': '"nope"' } });
    expect(other.status).toBe(200);
  });
});
