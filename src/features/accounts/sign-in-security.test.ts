import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents, users } from '../../db/schema/index.js';
import { signedInUser, TEST_PASSWORD } from '../../test/accounts.js';
import { Client, lastMail, tokenIn, totp } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';

/* Signing in under attack: no account enumeration, abuse limits, two-step sign-in, new-device alerts. */

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());
afterEach(() => {
  vi.useRealTimers();
});

/** Responses compared for enumeration: the CSP nonce differs per response, nothing else may. */
const comparable = async (res: Response, echoed?: string) => ({
  status: res.status,
  body: (await res.text()).replace(/nonce="[^"]*"/g, '').replaceAll(echoed ?? '\u0000', 'ADDRESS'),
});

describe('no account enumeration', () => {
  it('answers sign-up, reset and sign-in the same for known and unknown addresses', async () => {
    const known = await signedInUser(t);
    const a = new Client(t.app, '192.0.2.10');
    const b = new Client(t.app, '192.0.2.11');
    const fresh = `nobody-${Date.now()}@example.org`;

    const signUpKnown = await comparable(
      await a.post('/sign-up', { name: 'X', email: known.email, password: TEST_PASSWORD }),
    );
    const signUpNew = await comparable(
      await b.post('/sign-up', { name: 'X', email: fresh, password: TEST_PASSWORD }),
    );
    expect(signUpKnown).toEqual(signUpNew);
    // The owner of the known address is told someone tried.
    expect((await lastMail(t.db, known.email))?.kind).toBe('existing');

    const resetKnown = await comparable(await a.post('/forgot-password', { email: known.email }));
    const resetUnknown = await comparable(
      await b.post('/forgot-password', { email: `nobody2-${Date.now()}@example.org` }),
    );
    expect(resetKnown).toEqual(resetUnknown);

    const unknown = `nobody3-${Date.now()}@example.org`;
    const attempt = (client: Client, email: string) =>
      client.post('/sign-in', { email, password: 'not the password at all' });
    // The form gives back the address that was typed; apart from that, nothing may differ.
    const badPassword = await comparable(await attempt(a, known.email), known.email);
    const noAccount = await comparable(await attempt(b, unknown), unknown);
    expect(badPassword).toEqual(noAccount);
    expect(badPassword.status).toBe(401);
  });
});

describe('abuse limits', () => {
  it('slows guesses at one account from one address with delays that double, then lets the owner in', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const person = await signedInUser(t);
    const guess = () =>
      new Client(t.app, '192.0.2.100').post('/sign-in', {
        email: person.email,
        password: 'wrong password here',
      });
    for (let i = 0; i < 5; i++) expect((await guess()).status).toBe(401);
    const sixth = await guess();
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBe(30);
    vi.setSystemTime(Date.now() + 31_000);
    expect((await guess()).status).toBe(401);
    const eighth = await guess();
    expect(eighth.status).toBe(429);
    expect(Number(eighth.headers.get('retry-after'))).toBe(60);
    vi.setSystemTime(Date.now() + 61_000);
    const owner = await new Client(t.app, '192.0.2.100').post('/sign-in', {
      email: person.email,
      password: TEST_PASSWORD,
    });
    expect(owner.status).toBe(303);
    // The right password forgave the guesses: a typo now is only a typo.
    expect((await guess()).status).toBe(401);
  });

  it('never lets an attacker elsewhere lock the owner out of their own browser', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const person = await signedInUser(t, { ip: '198.51.100.7' });
    // 30 guesses from 15 addresses, two each: under every per-address limit.
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await new Client(t.app, `203.0.113.${10 + (i % 15)}`).post('/sign-in', {
        email: person.email,
        password: `guess number ${i}`,
      });
      statuses.push(res.status);
    }
    // A spread-out attack slows down once 20 guesses came from browsers the account never used.
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Someone behind the owner's own address (a shared network) guesses too.
    for (let i = 0; i < 10; i++) {
      await new Client(t.app, '198.51.100.7').post('/sign-in', {
        email: person.email,
        password: `nearby guess ${i}`,
      });
    }
    // The owner, in the browser they always use, signs in at once with the right password.
    const mine = await person.client.post('/sign-in', {
      email: person.email,
      password: TEST_PASSWORD,
    });
    expect(mine.status).toBe(303);
  });

  it('counts wrong two-step codes per person, so an office behind one address is not locked out', async () => {
    const office = '192.0.2.200';
    const people = await Promise.all(
      [1, 2, 3].map(() => signedInUser(t, { twoFactor: true, ip: office })),
    );
    const statuses: number[] = [];
    for (const person of people) {
      const browser = new Client(t.app, office);
      const first = await browser.post('/sign-in', {
        email: person.email,
        password: TEST_PASSWORD,
      });
      expect(first.headers.get('location')).toMatch(/^\/sign-in\/two-factor/);
      for (let i = 0; i < 5; i++) {
        statuses.push((await browser.post('/sign-in/two-factor', { code: '000000' })).status);
      }
      // The sixth wrong code in a row for the same person waits.
      expect((await browser.post('/sign-in/two-factor', { code: '000000' })).status).toBe(429);
    }
    // 15 wrong codes from one address, none refused for the address's sake.
    expect(statuses).toEqual(Array(15).fill(401));
  });

  it('limits password-reset mails to one address: 3 an hour from one client, 10 in all', async () => {
    const reset = (ip: string, headers: Record<string, string> = {}) =>
      new Client(t.app, ip).post('/forgot-password', { email: 'limit@example.org' }, headers);
    const fromOne: number[] = [];
    for (let i = 0; i < 4; i++) fromOne.push((await reset('192.0.2.150')).status);
    expect(fromOne).toEqual([200, 200, 200, 429]);
    // Strangers elsewhere use up the address's hour only after ten in all.
    const fromMany: number[] = [];
    for (let i = 0; i < 8; i++) fromMany.push((await reset(`192.0.2.${151 + i}`)).status);
    expect(fromMany).toEqual([200, 200, 200, 200, 200, 200, 200, 429]);
    const spanish = await reset('192.0.2.160', { 'accept-language': 'es' });
    expect(spanish.status).toBe(429);
    expect(await spanish.text()).toContain('Demasiados intentos');
  });

  it('quietly ignores a filled-in honeypot', async () => {
    const email = `bot-${Date.now()}@example.org`;
    const res = await new Client(t.app, '192.0.2.200').post('/sign-up', {
      name: 'Bot',
      email,
      password: TEST_PASSWORD,
      website: 'http://spam.example',
    });
    expect(res.status).toBe(200);
    expect(await t.db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
  });
});

describe('two-step sign-in', () => {
  it('enrols through the pages, then signing in asks for the code', async () => {
    const person = await signedInUser(t);
    const page = await person.client.post('/account/two-factor/enable', {
      password: TEST_PASSWORD,
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    const secret = html.match(/<code class="secret">([A-Z2-7]+)<\/code>/)?.[1];
    expect(secret).toBeTruthy();
    const wrong = await person.client.post('/account/two-factor/confirm', { code: '000000' });
    expect(wrong.status).toBe(400);
    const confirmed = await person.client.post('/account/two-factor/confirm', {
      code: totp(secret as string),
    });
    expect(confirmed.status).toBe(303);
    expect((await person.client.get('/account/two-factor')).status).toBe(200);

    const other = new Client(t.app, '192.0.2.30');
    const first = await other.post('/sign-in', { email: person.email, password: TEST_PASSWORD });
    expect(first.headers.get('location')).toBe('/sign-in/two-factor');
    expect((await other.get('/account')).status).toBe(303);
    const bad = await other.post('/sign-in/two-factor', { code: '123456' });
    expect(bad.status).toBe(401);
    // The owner sees the failed code in their own security activity.
    const failures = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'sign_in.two_factor_failed'));
    expect(failures.map((f) => f.targetId)).toContain(person.id);
    const good = await other.post('/sign-in/two-factor', { code: totp(secret as string) });
    expect(good.headers.get('location')).toBe('/account');
    expect((await other.get('/account')).status).toBe(200);
  });

  it('a password reset does not bypass two-step sign-in', async () => {
    const person = await signedInUser(t, { twoFactor: true });
    const client = new Client(t.app, '192.0.2.40');
    await client.post('/forgot-password', { email: person.email });
    const token = tokenIn((await lastMail(t.db, person.email))?.text);
    const newPassword = 'quiet river basket 93';
    expect((await client.post('/reset-password', { token, password: newPassword })).status).toBe(
      200,
    );
    // The old session was revoked by the reset.
    expect((await person.client.get('/account')).status).toBe(303);
    const signIn = await client.post('/sign-in', { email: person.email, password: newPassword });
    expect(signIn.headers.get('location')).toBe('/sign-in/two-factor');
    expect((await client.get('/account')).status).toBe(303);
    const code = await client.post('/sign-in/two-factor', {
      code: person.backupCodes[0] as string,
    });
    expect(code.headers.get('location')).toBe('/account');
  });
});

describe('new-device alerts', () => {
  it('mails the owner when an unseen browser signs in, not when a known one does', async () => {
    const person = await signedInUser(t);
    const before = (await lastMail(t.db, person.email))?.id;
    // The browser that signed up and signed in first is known; signing in again says nothing.
    await person.client.post('/sign-out', {});
    await person.client.post('/sign-in', { email: person.email, password: TEST_PASSWORD });
    expect((await lastMail(t.db, person.email))?.id).toBe(before);
    const stranger = new Client(t.app, '192.0.2.80');
    await stranger.post('/sign-in', { email: person.email, password: TEST_PASSWORD });
    expect((await lastMail(t.db, person.email))?.kind).toBe('newSignIn');
  });
});
