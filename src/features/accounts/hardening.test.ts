import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessions, users } from '../../db/schema/index.js';
import { signedInUser, TEST_PASSWORD } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';

/* Sessions, hostile input, the append-only audit log and redirect parameters. */

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

describe('sessions', () => {
  it('sign out everywhere ends every session of the account', async () => {
    const person = await signedInUser(t);
    const second = new Client(t.app, '192.0.2.50');
    await second.post('/sign-in', { email: person.email, password: TEST_PASSWORD });
    expect((await second.get('/account')).status).toBe(200);
    const res = await person.client.post('/account/sessions/revoke-all', {});
    expect(res.headers.get('location')).toBe('/sign-in');
    expect((await second.get('/account')).status).toBe(303);
    expect((await person.client.get('/account/sessions')).status).toBe(303);
  });

  it('ends a session after inactivity, sooner for staff, and for a disabled account', async () => {
    const member = await signedInUser(t);
    await t.db
      .update(sessions)
      .set({ lastActiveAt: sql`now() - interval '6 days'` })
      .where(eq(sessions.userId, member.id));
    expect((await member.client.get('/account')).status).toBe(200);
    await t.db
      .update(sessions)
      .set({ lastActiveAt: sql`now() - interval '8 days'` })
      .where(eq(sessions.userId, member.id));
    const idle = await member.client.get('/account');
    expect(idle.headers.get('location')).toBe('/sign-in?ended=idle&next=%2Faccount');

    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    await t.db
      .update(sessions)
      .set({ lastActiveAt: sql`now() - interval '31 minutes'` })
      .where(eq(sessions.userId, admin.id));
    expect((await admin.client.get('/account')).headers.get('location')).toBe(
      '/sign-in?ended=idle&next=%2Faccount',
    );

    const disabled = await signedInUser(t);
    await t.db.update(users).set({ disabledAt: sql`now()` }).where(eq(users.id, disabled.id));
    expect((await disabled.client.get('/account/activity')).headers.get('location')).toBe(
      '/sign-in?ended=disabled&next=%2Faccount%2Factivity',
    );
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, disabled.id))).toHaveLength(
      0,
    );
  });

  it('marks account pages, and sign-in pages that repeat an address or carry a token, no-store', async () => {
    const person = await signedInUser(t);
    expect((await person.client.get('/account')).headers.get('cache-control')).toBe('no-store');
    const visitor = new Client(t.app, '192.0.2.70');
    const failed = await visitor.post('/sign-in', {
      email: person.email,
      password: 'wrong wrong wrong',
    });
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect((await visitor.get('/reset-password?token=abc')).headers.get('cache-control')).toBe(
      'no-store',
    );
  });
});

describe('hardening', () => {
  it('renders HTML in a display name as text', async () => {
    const person = await signedInUser(t, { name: '<img src=x onerror=alert(1)>' });
    const html = await (await person.client.get('/account')).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('ignores role and verified in a profile update (no mass assignment)', async () => {
    const person = await signedInUser(t);
    const res = await person.client.post('/account/profile', {
      name: 'Still Me',
      role: 'admin',
      verified: 'true',
      emailVerified: 'false',
      twoFactorEnabled: 'true',
      '__proto__[role]': 'admin',
    });
    expect(res.status).toBe(303);
    const [row] = await t.db.select().from(users).where(eq(users.id, person.id));
    expect(row?.name).toBe('Still Me');
    expect(row?.role).toBe('member');
    expect(row?.emailVerified).toBe(true);
    expect(row?.twoFactorEnabled).toBe(false);
  });

  it('treats __proto__ in a JSON body as harmless data', async () => {
    const person = await signedInUser(t);
    const res = await t.app.request('http://localhost/account/profile', {
      method: 'POST',
      body: '{"__proto__": {"role": "admin", "polluted": true}, "name": "Proto"}',
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost',
        cookie: person.client.cookieHeader(),
      },
    });
    expect([400, 403, 415]).toContain(res.status);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const [row] = await t.db.select().from(users).where(eq(users.id, person.id));
    expect(row?.role).toBe('member');
    expect(row?.name).not.toBe('Proto');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await new Client(t.app, '192.0.2.60').post('/sign-up', {
      name: 'x'.repeat(2_000_000),
      email: 'big@example.org',
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(413);
  });

  it('refuses a form posted from another site', async () => {
    const person = await signedInUser(t);
    const res = await person.client.post(
      '/account/sessions/revoke-all',
      {},
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect((await person.client.get('/account')).status).toBe(200);
  });
});

describe('audit log', () => {
  it('records sign-ins and refuses UPDATE and DELETE', async () => {
    const person = await signedInUser(t);
    const rows = await t.db.select().from(auditEvents).where(eq(auditEvents.targetId, person.id));
    expect(rows.map((r) => r.action)).toContain('sign_in.succeeded');
    // Kept as a network, never the full address.
    expect(rows.find((r) => r.action === 'sign_in.succeeded')?.ip).toMatch(/\.0\/24$/);
    await expect(
      t.db
        .update(auditEvents)
        .set({ action: 'sign_out' })
        .where(eq(auditEvents.targetId, person.id)),
    ).rejects.toThrow();
    await expect(
      t.db.delete(auditEvents).where(eq(auditEvents.targetId, person.id)),
    ).rejects.toThrow();
    await expect(t.db.execute(sql`TRUNCATE audit_events`)).rejects.toThrow();
    const page = await (await person.client.get('/account/activity')).text();
    expect(page).toContain('Signed in');
  });
});

describe('redirect parameters', () => {
  const phishing = [
    '/.//evil.example/phish',
    '/a/..//x',
    '/%2e//x',
    '//evil.example',
    '/\\evil.example',
  ];

  it('never sends a signed-in person to another site from /sign-in?next=', async () => {
    const person = await signedInUser(t);
    for (const next of phishing) {
      const res = await person.client.get(`/sign-in?next=${encodeURIComponent(next)}`);
      expect(res.status, next).toBe(303);
      expect(res.headers.get('location'), next).toBe('/account');
    }
    const home = await person.client.get(`/sign-in?next=${encodeURIComponent('/groups?q=grief')}`);
    expect(home.headers.get('location')).toBe('/groups?q=grief');
  });

  it('never sends anyone to another site from the language switch', async () => {
    const visitor = new Client(t.app);
    for (const next of phishing) {
      const res = await visitor.post('/language', { lang: 'es', next });
      expect(res.status, next).toBe(303);
      expect(res.headers.get('location'), next).toBe('/');
    }
  });
});
