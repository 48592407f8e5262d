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
});
