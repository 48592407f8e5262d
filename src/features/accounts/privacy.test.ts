import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../db/schema/index.js';
import { signedInUser, TEST_PASSWORD, wholeDatabaseText } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

describe('privacy centre', () => {
  it('updates the profile and refuses a bad time zone without changing anything', async () => {
    const person = await signedInUser(t);
    const bad = await person.client.post('/account/profile', {
      name: 'Kit',
      timezone: 'Mars/Base',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('America/New_York');
    const good = await person.client.post('/account/profile', {
      name: 'Kit',
      firstName: 'Kit',
      pronouns: 'they/them',
      locale: 'es',
      timezone: 'America/Chicago',
      notify: ['reminder24h'],
    });
    expect(good.status).toBe(303);
    const [row] = await t.db.select().from(users).where(eq(users.id, person.id));
    expect(row).toMatchObject({
      name: 'Kit',
      pronouns: 'they/them',
      locale: 'es',
      timezone: 'America/Chicago',
    });
    expect(row?.notifications).toEqual({
      reminder24h: true,
      reminder1h: false,
      groupNotices: false,
    });
  });

  it('downloads everything tied to the account, without secrets', async () => {
    const person = await signedInUser(t, { twoFactor: true, professional: 'pending' });
    const res = await person.client.post('/account/export', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="gatherwell-data-/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const data = await res.json();
    expect(data.profile.email).toBe(person.email);
    expect(data.professionalProfile.status).toBe('pending');
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.securityEvents.map((e: { action: string }) => e.action)).toContain(
      'sign_in.succeeded',
    );
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/password|secret|backup|token/i);
  });

  it('asks for the password and a confirmation before deleting', async () => {
    const person = await signedInUser(t);
    const wrong = await person.client.post('/account/delete', {
      password: 'not my password!',
      confirm: 'yes',
    });
    expect(wrong.status).toBe(400);
    const unconfirmed = await person.client.post('/account/delete', { password: TEST_PASSWORD });
    expect(unconfirmed.status).toBe(400);
    expect(await t.db.select().from(users).where(eq(users.id, person.id))).toHaveLength(1);
  });

  it('deletes the account and leaves nothing that identifies the person', async () => {
    const person = await signedInUser(t, {
      name: 'Unmistakable Heron',
      twoFactor: true,
      professional: 'verified',
    });
    await person.client.post('/account/profile', {
      name: 'Unmistakable Heron',
      firstName: 'Wilhelmina',
      pronouns: 'she/her',
    });
    await person.client.post('/forgot-password', { email: person.email });
    const res = await person.client.post('/account/delete', {
      password: TEST_PASSWORD,
      confirm: 'yes',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Your account is deleted');
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, person.id))).toHaveLength(
      0,
    );
    const everything = await wholeDatabaseText(t.db);
    expect(everything).not.toContain(person.email);
    expect(everything).not.toContain('Unmistakable Heron');
    expect(everything).not.toContain('Wilhelmina');
    expect(everything).not.toContain(person.client.ip);
    expect((await person.client.get('/account')).status).toBe(303);
  });
});

describe('language follows the person', () => {
  it('uses the language saved in the profile on any browser, unless the browser chose one', async () => {
    const person = await signedInUser(t);
    await person.client.post('/account/profile', { name: 'Ana', locale: 'es' });
    const elsewhere = new Client(t.app, '198.51.100.200');
    await elsewhere.post('/sign-in', { email: person.email, password: TEST_PASSWORD });
    const page = await (await elsewhere.get('/account', { 'accept-language': 'en-US' })).text();
    expect(page).toContain('<html lang="es"');
    const chosen = await (
      await elsewhere.get('/account', {
        'accept-language': 'en-US',
        cookie: `${elsewhere.cookieHeader()}; gw_lang=en`,
      })
    ).text();
    expect(chosen).toContain('<html lang="en"');
  });

  it('refuses an unknown language or e-mail choice and changes nothing', async () => {
    const person = await signedInUser(t);
    await person.client.post('/account/profile', {
      name: 'Bo',
      locale: 'es',
      notify: ['reminder1h'],
    });
    const res = await person.client.post('/account/profile', {
      name: 'Bo',
      locale: 'xx',
      notify: ['bogus'],
    });
    expect(res.status).toBe(400);
    const [row] = await t.db.select().from(users).where(eq(users.id, person.id));
    expect(row?.locale).toBe('es');
    expect(row?.notifications).toEqual({
      reminder24h: false,
      reminder1h: true,
      groupNotices: false,
    });
  });
});

describe('every account page checks its policy', () => {
  const PAGES = [
    '/account',
    '/account/sessions',
    '/account/activity',
    '/account/two-factor',
    '/account/delete',
    '/account/professional',
  ];
  const POSTS = [
    '/account/profile',
    '/account/password',
    '/account/email',
    '/account/export',
    '/account/delete',
    '/account/two-factor/enable',
    '/account/sessions/revoke-all',
  ];

  it.each(PAGES)(
    'GET %s: a visitor is sent to sign in, the owner sees it, never cached',
    async (path) => {
      const visitor = await t.app.request(`http://localhost${path}`);
      expect(visitor.status).toBe(303);
      expect(visitor.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
      const person = await signedInUser(t);
      const own = await person.client.get(path);
      expect(own.status).toBe(200);
      expect(own.headers.get('cache-control')).toBe('no-store');
    },
  );

  it.each(POSTS)('POST %s by a visitor changes nothing and is sent to sign in', async (path) => {
    const res = await new Client(t.app, '198.51.100.201').post(path, { name: 'x', password: 'x' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in');
  });

  it("cannot sign out someone else's device", async () => {
    const owner = await signedInUser(t);
    const other = await signedInUser(t);
    const [theirs] = await t.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.userId, other.id));
    await owner.client.post(`/account/sessions/${theirs?.id}/revoke`, {});
    expect((await other.client.get('/account')).status).toBe(200);
  });
});

describe('password and address changes refuse bad input', () => {
  it('keeps the password when the current one is wrong or the new one is weak', async () => {
    const person = await signedInUser(t);
    const wrong = await person.client.post('/account/password', {
      currentPassword: 'not the right one',
      newPassword: 'another fine sentence 9',
    });
    expect(wrong.status).toBe(400);
    const weak = await person.client.post('/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'password123',
    });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain('common or leaked');
    // The old password still signs in.
    const again = new Client(t.app, '198.51.100.210');
    expect(
      (await again.post('/sign-in', { email: person.email, password: TEST_PASSWORD })).status,
    ).toBe(303);
  });

  it('keeps the address when the new one is malformed or the password is wrong', async () => {
    const person = await signedInUser(t);
    const malformed = await person.client.post('/account/email', {
      newEmail: 'not-an-address',
      password: TEST_PASSWORD,
    });
    expect(malformed.status).toBe(400);
    const wrong = await person.client.post('/account/email', {
      newEmail: 'new-home@example.org',
      password: 'not the right one',
    });
    expect(wrong.status).toBe(400);
    const [row] = await t.db.select().from(users).where(eq(users.id, person.id));
    expect(row?.email).toBe(person.email);
  });
});
