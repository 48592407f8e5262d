import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.js';
import { TEST_PASSWORD } from '../../test/accounts.js';
import { createTestApp, PRODUCTION_ENV } from '../../test/harness.js';

/** /dev/outbox holds reset and invitation links: development only, this computer only. */
describe('/dev/outbox', () => {
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

  it('answers this computer in development', async () => {
    const res = await dev.app.request('/dev/outbox');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Development outbox');
  });

  it('answers nobody who came through a proxy, even one on this computer', async () => {
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      const res = await dev.app.request('/dev/outbox', { headers: { [header]: '203.0.113.9' } });
      expect(res.status, header).toBe(404);
    }
  });

  it('answers no other host name, so a rebound DNS name cannot read it', async () => {
    expect((await dev.app.request('http://evil.example/dev/outbox')).status).toBe(404);
    expect((await dev.app.request('http://127.0.0.1:3000/dev/outbox')).status).toBe(200);
  });

  it('does not exist in production', async () => {
    expect((await production.app.request('/dev/outbox')).status).toBe(404);
  });
});

describe('the session cookie in production', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://gatherwell.example',
        AUTH_SECRET: 'a-production-secret-that-is-long-enough-0123',
        INTAKE_KEY: Buffer.alloc(32, 3).toString('base64'),
        TRUST_PROXY: '1',
      },
    });
  });
  afterAll(() => t.close());

  it('is Secure and __Secure- prefixed, so a browser never sends it over plain http', async () => {
    const email = `secure-${Date.now()}@example.org`;
    await t.deps.auth.api.signUpEmail({ body: { name: 'Wren', email, password: TEST_PASSWORD } });
    await t.db.update(users).set({ emailVerified: true }).where(eq(users.email, email));
    // As it arrives through the TLS-terminating proxy in front of the app.
    const res = await t.app.request('https://gatherwell.example/sign-in', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://gatherwell.example',
        'x-forwarded-proto': 'https',
        'x-forwarded-for': '203.0.113.20',
      },
      body: new URLSearchParams({ email, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(303);
    const session = res.headers.getSetCookie().find((c) => c.includes('session_token='));
    expect(session).toMatch(/^__Secure-gw\.session_token=/);
    expect(session).toMatch(/;\s*Secure/i);
  });
});
