import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.js';
import { Client, lastMail, tokenIn } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

const PASSWORD = 'lantern orchard velvet 42';

describe('sign-up, confirmation and sign-in', () => {
  it('signs up, confirms the address from the mail and signs in', async () => {
    const client = new Client(t.app);
    const signUp = await client.post('/sign-up', {
      name: 'River',
      email: 'River@example.org',
      password: PASSWORD,
    });
    expect(signUp.status).toBe(200);
    expect(await signUp.text()).toContain('Check your e-mail');
    const mail = await lastMail(t.db, 'river@example.org');
    expect(mail?.kind).toBe('verify');

    const early = await client.post('/sign-in', { email: 'river@example.org', password: PASSWORD });
    expect(early.status).toBe(403);

    const token = tokenIn((await lastMail(t.db, 'river@example.org'))?.text);
    const page = await client.get(`/verify-email?token=${encodeURIComponent(token)}`);
    expect(await page.text()).toContain('Confirm my address');
    const confirmed = await client.post('/verify-email', { token });
    expect(confirmed.status).toBe(200);

    const signIn = await client.post('/sign-in', {
      email: 'river@example.org',
      password: PASSWORD,
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/account');
    const cookie = signIn.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/gw\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const [row] = await t.db
      .select({ role: users.role })
      .from(users)
      .where(eq(users.email, 'river@example.org'));
    expect(row?.role).toBe('member');
  });

  it('returns to the page the person started from, through the confirmation link', async () => {
    const client = new Client(t.app, '198.51.100.60');
    const from = '/groups/tuesday-grief-circle?tz=Europe%2FLondon#join';
    const header = await (await client.get('/groups?q=grief')).text();
    expect(header).toContain(`href="/sign-in?next=${encodeURIComponent('/groups?q=grief')}"`);
    const signInPage = await (await client.get(`/sign-in?next=${encodeURIComponent(from)}`)).text();
    const signUpHref = /href="(\/sign-up\?next=[^"]+)"/.exec(signInPage)?.[1];
    expect(signUpHref).toBe(`/sign-up?next=${encodeURIComponent(from)}`);
    const form = await (await client.get(signUpHref!)).text();
    expect(form).toContain(
      `action="/sign-up?next=${encodeURIComponent(from).replaceAll('%', '%')}"`,
    );
    await client.post(`/sign-up?next=${encodeURIComponent(from)}`, {
      name: 'Wren',
      email: 'wren@example.org',
      password: PASSWORD,
    });
    const mail = await lastMail(t.db, 'wren@example.org');
    const link = /https?:\/\/\S+\/verify-email\?\S+/.exec(mail?.text ?? '')?.[0] ?? '';
    const url = new URL(link);
    expect(url.searchParams.get('next')).toBe(from);
    const page = await (await client.get(url.pathname + url.search)).text();
    expect(page).toContain(`action="/verify-email?next=${encodeURIComponent(from)}"`);
    const token = url.searchParams.get('token')!;
    const done = await (
      await client.post(`/verify-email?next=${encodeURIComponent(from)}`, { token })
    ).text();
    expect(done).toContain(`href="/sign-in?next=${encodeURIComponent(from)}"`);
    const signIn = await client.post(`/sign-in?next=${encodeURIComponent(from)}`, {
      email: 'wren@example.org',
      password: PASSWORD,
    });
    expect(signIn.headers.get('location')).toBe(from);
  });

  it('drops a return path that leaves the site, at every step', async () => {
    const client = new Client(t.app, '198.51.100.61');
    const evil = '/.//evil.example/phish';
    const form = await (await client.get(`/sign-up?next=${encodeURIComponent(evil)}`)).text();
    expect(form).toContain('action="/sign-up"');
    await client.post(`/sign-up?next=${encodeURIComponent(evil)}`, {
      name: 'Heron',
      email: 'heron@example.org',
      password: PASSWORD,
    });
    const mail = await lastMail(t.db, 'heron@example.org');
    expect(mail?.text).not.toContain('evil.example');
    expect(mail?.text).not.toContain('next=');
    const token = tokenIn(mail?.text);
    const page = await (
      await client.get(`/verify-email?token=${token}&next=${encodeURIComponent('//evil.example')}`)
    ).text();
    expect(page).toContain('action="/verify-email"');
    const done = await (
      await client.post(`/verify-email?next=${encodeURIComponent('//evil.example')}`, { token })
    ).text();
    expect(done).toContain('href="/sign-in"');
    expect(done).not.toContain('href="/sign-in?next');
  });
});
