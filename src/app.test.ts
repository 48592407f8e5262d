import { HTTPException } from 'hono/http-exception';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './test/harness.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  // Routes that fail on purpose, to exercise the one error path.
  t.app.get('/boom', () => {
    throw new Error('secret detail: SELECT * FROM members');
  });
  t.app.get('/api/v1/boom', () => {
    throw new Error('secret detail');
  });
  t.app.get('/api/v1/limited', () => {
    throw new HTTPException(429, {
      message: 'Slow down',
      res: new Response(null, { headers: { 'Retry-After': '30' } }),
    });
  });
});
afterAll(() => t.close());

describe('pages', () => {
  it('serves the home page in the layout, with the crisis banner', async () => {
    const res = await t.app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('href="#main"');
    expect(html).toContain('<main id="main"');
    expect(html).toMatch(/<a href="\/crisis"[^>]*>In crisis\? Call or text 988<\/a>/);
    expect(html).toContain('<nav class="site-nav" aria-label="Main">');
    expect(html).toContain('<footer');
  });

  it('shows the crisis banner on every page, error pages included', async () => {
    for (const path of ['/', '/crisis', '/no-such-page', '/boom']) {
      const html = await (await t.app.request(path)).text();
      expect(html, path).toContain('In crisis? Call or text 988');
    }
  });

  it('lists crisis lines with tel: and sms: links and stays small', async () => {
    const res = await t.app.request('/crisis');
    const html = await res.text();
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="sms:988"');
    expect(html).toContain('href="tel:911"');
    expect(Buffer.byteLength(html)).toBeLessThan(15_000);
  });

  it('follows the configured locale for the banner', async () => {
    const uk = await createTestApp({ env: { DEFAULT_LOCALE: 'en-GB' } });
    try {
      const html = await (await uk.app.request('/')).text();
      expect(html).toContain('In crisis? Call Samaritans on 116 123');
      expect(html).toContain('href="tel:116123"');
    } finally {
      await uk.close();
    }
  });
});

describe('requests a server should refuse', () => {
  it('answers a NUL character in a path, a query or a form with 400, not 500', async () => {
    for (const path of [
      '/groups?q=grief%00',
      '/api/v1/groups?q=a%00b',
      '/groups/ab%00cd',
      '/api/v1/groups/ab%00cd',
      '/groups?near=19%00103',
    ]) {
      expect((await t.app.request(path)).status, path).toBe(400);
    }
    const form = await t.app.request('/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: 'email=a%00%40example.org&password=x',
    });
    expect(form.status).toBe(400);
  });

  it('never adopts a client’s X-Request-Id into its logs and answers', async () => {
    const res = await t.app.request('/', { headers: { 'x-request-id': 'admin-session-ok' } });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(id).not.toBe('admin-session-ok');
  });
});

describe('security headers', () => {
  it('sends a nonce-based CSP without unsafe-inline, and the other headers', async () => {
    const res = await t.app.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the same headers from the JSON API, with no script nonce there', async () => {
    const res = await t.app.request('/api/v1/topics');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('nonce-');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('uses a new nonce on every response', async () => {
    const nonce = async () =>
      (await t.app.request('/')).headers
        .get('content-security-policy')
        ?.match(/nonce-([^']+)/)?.[1];
    expect(await nonce()).not.toBe(await nonce());
  });

  it('sends HSTS over HTTPS only', async () => {
    expect(
      (await t.app.request('http://localhost/')).headers.get('strict-transport-security'),
    ).toBeNull();
    expect(
      (await t.app.request('https://localhost/')).headers.get('strict-transport-security'),
    ).toMatch(/max-age=31536000/);
  });

  it('trusts X-Forwarded-Proto only when configured to', async () => {
    const headers = { 'x-forwarded-proto': 'https' };
    expect(
      (await t.app.request('/', { headers })).headers.get('strict-transport-security'),
    ).toBeNull();
    const proxied = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    try {
      const res = await proxied.app.request('/', { headers });
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age/);
    } finally {
      await proxied.close();
    }
  });
});

describe('errors', () => {
  it('answers an unknown page with a friendly 404 page', async () => {
    const res = await t.app.request('/no-such-page');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('We could not find that page');
    expect(html).toContain('<title>We could not find that page · Gatherwell</title>');
  });

  it('answers unknown API paths with JSON', async () => {
    const res = await t.app.request('/api/v1/nothing');
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body).toMatchObject({ error: { status: 404 } });
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('hides the details of a crash, on pages and in the API', async () => {
    const page = await t.app.request('/boom');
    expect(page.status).toBe(500);
    const html = await page.text();
    expect(html).toContain('Something went wrong on our side');
    expect(html).not.toContain('secret detail');
    expect(html).not.toContain('at ');
    expect(html).toContain(page.headers.get('x-request-id')!);

    const api = await t.app.request('/api/v1/boom');
    expect(api.status).toBe(500);
    expect(JSON.stringify(await api.json())).not.toContain('secret');
  });

  it('keeps Retry-After from a guard', async () => {
    const res = await t.app.request('/api/v1/limited');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('30');
    expect((await res.json()).error.message).toBe('Slow down');
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await t.app.request('/api/v1/nothing', {
      method: 'POST',
      body: 'x'.repeat(1_048_577),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(413);
  });
});

describe('health and metrics', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await t.app.request('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.request('/readyz');
    expect(ready.status).toBe(200);
    expect((await ready.json()).status).toBe('ready');
  });

  it('reports 503 from /readyz when the database is gone', async () => {
    const broken = await createTestApp();
    await broken.close();
    const res = await broken.app.request('/readyz');
    expect(res.status).toBe(503);
  });

  it('keeps /metrics off unless configured', async () => {
    expect((await t.app.request('/metrics')).status).toBe(404);
  });

  it('counts requests by route pattern when on, behind a token when one is set', async () => {
    const token = 'a-long-enough-metrics-token';
    const m = await createTestApp({ env: { METRICS_ENABLED: 'true', METRICS_TOKEN: token } });
    try {
      await m.app.request('/');
      await m.app.request('/no-such-page');
      expect((await m.app.request('/metrics')).status).toBe(401);
      const res = await m.app.request('/metrics', {
        headers: { authorization: `Bearer ${token}` },
      });
      const text = await res.text();
      expect(text).toMatch(/http_requests_total\{method="GET",route="\/",status="200"\} 1/);
      expect(text).toMatch(/route="unmatched",status="404"/);
      expect(text).toContain('http_request_duration_seconds_bucket');
      expect(text).not.toContain('no-such-page');
    } finally {
      await m.close();
    }
  });
});

describe('static assets', () => {
  async function stylesheetUrl() {
    const html = await (await t.app.request('/')).text();
    return html.match(/href="(\/assets\/styles\.[A-Z0-9]+\.css)"/)![1]!;
  }

  it('serves content-hashed assets with immutable caching and gzip', async () => {
    const url = await stylesheetUrl();
    const res = await t.app.request(url, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-type')).toMatch(/text\/css/);
    const plain = await t.app.request(url);
    expect(await plain.text()).toContain('prefers-color-scheme:dark');
  });

  it('answers a matching ETag with 304 and an unknown hash with 404', async () => {
    const url = await stylesheetUrl();
    const etag = (await t.app.request(url)).headers.get('etag')!;
    expect((await t.app.request(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await t.app.request('/assets/styles.DEADBEEF.css')).status).toBe(404);
  });
});
