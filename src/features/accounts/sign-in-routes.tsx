import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../../app-env.js';
import { verifications } from '../../db/schema/index.js';
import { safeLocalPath } from '../../lib/safe-redirect.js';
import { renderPage } from '../../views/page.js';
import { tooManyRequests } from '../limits/rate-limit.js';
import { COOKIE_PREFIX } from './auth.js';
import { authErrorCode, authHeaders, forwardCookies } from './auth-calls.js';
import { auditAccount, body, text, userIdByEmail } from './auth-common.js';
import { completeSignIn, knownBrowser } from './complete-sign-in.js';
import { codeForm, parseForm, signInForm } from './forms.js';
import { emailKey, ACCOUNT_LIMITS as L, limitAddressOf, limitFor } from './limits.js';
import { SignInPage, TwoFactorPage, withNext } from './views/auth-pages.js';

/**
 * Sign-in with a password, then the two-step code when the account has one, and sign-out. A
 * failed sign-in does not say which half was wrong.
 */
export function signInRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/sign-in', (c) => {
    const m = text(c);
    const next = safeLocalPath(c.req.query('next'));
    if (c.var.viewer) return c.redirect(next ?? '/account', 303);
    const ended = c.req.query('ended');
    const notice =
      ended === 'idle' || ended === 'lifetime' || ended === 'disabled'
        ? m.signIn.ended[ended]
        : undefined;
    return renderPage(
      c,
      { title: m.signIn.title },
      <SignInPage m={m} notice={notice} next={next} />,
    );
  });

  app.post('/sign-in', async (c) => {
    const m = text(c);
    const raw = await body(c);
    const form = parseForm(signInForm, raw, m);
    // Where to go afterwards (a group the person was about to join): our own paths only.
    const next = safeLocalPath(c.req.query('next'));
    const values = { email: raw.email ?? '' };
    if (!form.ok) {
      return renderPage(
        c,
        { title: m.signIn.title, status: 400 },
        <SignInPage m={m} errors={form.errors} values={values} next={next} />,
      );
    }
    // Guesses from a browser that has signed in to this account before count for that browser
    // alone; from any other, per account and address, and per account in all (ADR 18). Nobody
    // elsewhere, nor behind the same address, can hold back the owner's own browser.
    const accountKey = emailKey(form.data.email);
    const address = limitAddressOf(c);
    const knownDevice = await knownBrowser(c, form.data.email);
    const pairKey = knownDevice
      ? `${accountKey}|device:${knownDevice}`
      : `${accountKey}|${address}`;
    await limitFor(
      c,
      knownDevice
        ? [[L.signInPerAccountAndAddress, pairKey]]
        : [
            [L.signInPerAddress, address],
            [L.signInPerAccountAndAddress, pairKey],
            [L.signInPerAccountFromUnknownBrowsers, accountKey],
          ],
    );
    const { auth } = c.var.deps;
    // A filled-in honeypot is a bot: it gets the answer of a wrong password, and nothing runs.
    let code: string | null = form.data.website ? 'HONEYPOT' : null;
    let result:
      | Awaited<ReturnType<typeof auth.api.signInEmail>>
      | { twoFactorRedirect: true }
      | undefined;
    let cookies: Headers | undefined;
    if (!code) {
      try {
        const call = await auth.api.signInEmail({
          body: { email: form.data.email, password: form.data.password },
          headers: authHeaders(c),
          returnHeaders: true,
        });
        cookies = call.headers;
        result = call.response as typeof result;
      } catch (error) {
        code = authErrorCode(error);
      }
    }
    if (code || !result) {
      const target = await userIdByEmail(c, form.data.email);
      await auditAccount(c, 'sign_in.failed', target, {
        byThemselves: false,
        details: { reason: code ?? 'unknown' },
      });
      if (code === 'EMAIL_NOT_VERIFIED') {
        // Only someone who knows the password gets here, so this reveals nothing new.
        await auth.api
          .sendVerificationEmail({ body: { email: form.data.email }, headers: authHeaders(c) })
          .catch(() => {});
        return renderPage(
          c,
          { title: m.signIn.title, status: 403 },
          <SignInPage
            m={m}
            errors={{ form: m.problems.notVerified }}
            values={values}
            next={next}
          />,
        );
      }
      return renderPage(
        c,
        { title: m.signIn.title, status: 401 },
        <SignInPage m={m} errors={{ form: m.problems.signIn }} values={values} next={next} />,
      );
    }
    // The right password: these guesses are over, and the address's attempt was fine.
    const { limits } = c.var.deps;
    await limits.reset(L.signInPerAccountAndAddress, pairKey);
    if (!knownDevice) {
      await limits.reset(L.signInPerAccountFromUnknownBrowsers, accountKey);
      await limits.release(L.signInPerAddress, address);
    }
    if ('twoFactorRedirect' in result && result.twoFactorRedirect) {
      if (cookies) forwardCookies(c, cookies);
      return c.redirect(withNext('/sign-in/two-factor', next), 303);
    }
    const signedIn = result as {
      token: string;
      user: { id: string; email: string; locale?: string | null };
    };
    await completeSignIn(c, signedIn, cookies);
    return c.redirect(next ?? '/account', 303);
  });

  app.get('/sign-in/two-factor', (c) => {
    const m = text(c);
    const next = safeLocalPath(c.req.query('next'));
    return renderPage(c, { title: m.signIn.twoFactorTitle }, <TwoFactorPage m={m} next={next} />);
  });

  app.post('/sign-in/two-factor', async (c) => {
    const m = text(c);
    // Codes count per account being signed in to; per address only against floods, so one
    // person's wrong codes never hold back a whole office behind the same address.
    const pending = await pendingTwoFactorUser(c);
    await limitFor(c, [
      [L.twoFactorPerAddress, limitAddressOf(c)],
      [L.twoFactorPerAccount, pending ?? 'no pending sign-in'],
    ]);
    const next = safeLocalPath(c.req.query('next'));
    const form = parseForm(codeForm, await body(c), m);
    if (!form.ok) {
      return renderPage(
        c,
        { title: m.signIn.twoFactorTitle, status: 400 },
        <TwoFactorPage m={m} errors={form.errors} next={next} />,
      );
    }
    const { auth } = c.var.deps;
    const isTotp = /^\d{6}$/.test(form.data.code);
    let call: { headers: Headers; response: unknown };
    try {
      call = isTotp
        ? await auth.api.verifyTOTP({
            body: { code: form.data.code },
            headers: authHeaders(c),
            returnHeaders: true,
          })
        : await auth.api.verifyBackupCode({
            body: { code: form.data.code },
            headers: authHeaders(c),
            returnHeaders: true,
          });
    } catch (error) {
      const code = authErrorCode(error);
      if (code === 'ACCOUNT_TEMPORARILY_LOCKED' || code === 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE') {
        await auditAccount(c, 'sign_in.two_factor_failed', pending, {
          byThemselves: false,
          details: { reason: code },
        });
        throw tooManyRequests(
          TWO_FACTOR_LOCK_SECONDS,
          m.problems.tooMany(TWO_FACTOR_LOCK_SECONDS / 60),
        );
      }
      if (code === 'INVALID_TWO_FACTOR_COOKIE' || code === 'UNAUTHORIZED') {
        return renderPage(
          c,
          { title: m.signIn.title, status: 401 },
          <SignInPage m={m} errors={{ form: m.signIn.twoFactorExpired }} next={next} />,
        );
      }
      // Recorded against the account being signed in to, so its owner sees the attempt.
      await auditAccount(c, 'sign_in.two_factor_failed', pending, {
        byThemselves: false,
        details: { reason: code },
      });
      return renderPage(
        c,
        { title: m.signIn.twoFactorTitle, status: 401 },
        <TwoFactorPage m={m} errors={{ code: m.problems.wrongCode }} next={next} />,
      );
    }
    const signedIn = call.response as {
      token: string;
      user: { id: string; email: string; locale?: string | null };
    };
    await c.var.deps.limits.reset(L.twoFactorPerAccount, signedIn.user.id);
    await completeSignIn(c, signedIn, call.headers, isTotp ? 'totp' : 'backup_code');
    return c.redirect(next ?? '/account', 303);
  });

  app.post('/sign-out', async (c) => {
    const viewer = c.var.viewer;
    try {
      const call = await c.var.deps.auth.api.signOut({
        headers: authHeaders(c),
        returnHeaders: true,
      });
      forwardCookies(c, call.headers);
    } catch (error) {
      authErrorCode(error);
    }
    if (viewer) await auditAccount(c, 'sign_out', viewer.id);
    return c.redirect('/', 303);
  });

  return app;
}

/** How long better-auth locks two-step sign-in after repeated wrong codes (its default). */
const TWO_FACTOR_LOCK_SECONDS = 15 * 60;

/**
 * The account a pending two-step sign-in belongs to: better-auth's signed challenge cookie
 * names a verification row whose value is the user id. Only for the audit trail.
 */
async function pendingTwoFactorUser(c: Context<AppEnv>): Promise<string | null> {
  const raw =
    getCookie(c, `${COOKIE_PREFIX}.two_factor`) ??
    getCookie(c, `__Secure-${COOKIE_PREFIX}.two_factor`);
  const identifier = raw?.split('.')[0];
  if (!identifier) return null;
  const [row] = await c.var.deps.database.db
    .select({ value: verifications.value })
    .from(verifications)
    .where(eq(verifications.identifier, identifier));
  return row?.value ?? null;
}
