import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../app-env.js';
import { sessions, users, verifications } from '../../db/schema/index.js';
import { isHttpsRequest } from '../../lib/public-origin.js';
import { tooManyRequests } from '../../lib/rate-limit.js';
import { safeLocalPath } from '../../lib/safe-redirect.js';
import { renderPage } from '../../views/layout.js';
import { accountMail } from '../mail/templates.js';
import { type AuditAction, type AuditEvent, audit } from './audit.js';
import { COOKIE_PREFIX, linkOrigin } from './auth.js';
import { authErrorCode, authHeaders, forwardCookies } from './auth-calls.js';
import {
  codeForm,
  emailForm,
  newPasswordError,
  parseForm,
  resetForm,
  signInForm,
  signUpForm,
  tokenForm,
} from './forms.js';
import { emailKey, ipOf, ACCOUNT_LIMITS as L, limitAddressOf, limitFor } from './limits.js';
import { accountText } from './messages.js';
import {
  ForgotPage,
  MessagePage,
  ResendForm,
  ResetPage,
  SignInPage,
  SignUpPage,
  TwoFactorPage,
  VerifyPage,
  withNext,
} from './views/auth-pages.js';

const text = (c: Context<AppEnv>) => accountText(c.var.locale);
/** A page that only says something (and perhaps offers a next step). */
const say = (c: Context<AppEnv>, title: string, said: string, next?: Child) =>
  renderPage(
    c,
    { title },
    <MessagePage title={title} text={said}>
      {next}
    </MessagePage>,
  );

/** An audit event about one account, from this request's address. */
const auditAccount = (
  c: Context<AppEnv>,
  action: AuditAction,
  userId: string | null,
  options: { byThemselves?: boolean; details?: AuditEvent['details'] } = {},
) =>
  audit(c.var.deps.database.db, {
    action,
    actorId: options.byThemselves === false ? null : userId,
    targetType: userId ? 'user' : null,
    targetId: userId,
    ip: ipOf(c),
    details: options.details,
  });

const SignInLink = ({ m, next }: { m: ReturnType<typeof text>; next?: string }) => (
  <p>
    <a class="button" href={withNext('/sign-in', next)}>
      {m.signIn.submit}
    </a>
  </p>
);

const body = async (c: Context<AppEnv>) => (await c.req.parseBody()) as Record<string, string>;

async function userIdByEmail(c: Context<AppEnv>, email: string) {
  const [row] = await c.var.deps.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email));
  return row?.id ?? null;
}

/**
 * Sign-ups take at least this long, so a known address does not answer faster: a new one costs
 * better-auth's own 500 ms floor on the confirmation mail, a password hash and a few writes
 * (measured up to 0.8 s on a loaded 2-core machine).
 */
const SIGN_UP_FLOOR_MS = 1_200;

async function atLeast<T>(ms: number, task: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await task();
  const left = ms - (Date.now() - started);
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  return result;
}

/**
 * Create the account and write its confirmation mail, or, for an address that already has an
 * account, write the mail that tells its owner someone tried. better-auth does not report a
 * failure to write either mail (it only logs it), so both are written here, where a failure
 * fails the request; a new account whose mail could not be written is removed again.
 */
async function signUpAndMail(
  c: Context<AppEnv>,
  data: { name: string; email: string; password: string },
  next: string | undefined,
) {
  const { auth, database, mailer } = c.var.deps;
  const result = await auth.api.signUpEmail({
    body: { name: data.name, email: data.email, password: data.password, locale: c.var.locale },
    headers: authHeaders(c),
  });
  const [row] = await database.db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.email, data.email.trim().toLowerCase()));
  if (!row) throw new Error('sign-up: the account was not written');
  if (row.id === result.user.id) {
    try {
      // The page they came from rides in the link (auth.ts reads it back as `next`).
      await auth.api.sendVerificationEmail({
        body: { email: row.email, ...(next ? { callbackURL: next } : {}) },
        headers: authHeaders(c),
      });
      await auditAccount(c, 'account.created', row.id);
    } catch (error) {
      await database.db
        .delete(users)
        .where(eq(users.id, row.id))
        .catch(() => {});
      throw error;
    }
    return;
  }
  const link = `${linkOrigin(c.var.deps.config)}/forgot-password`;
  await mailer.send(
    accountMail('existing', row.email, row.locale === 'es' ? 'es' : 'en', { link }),
  );
}

const AUTH_PATHS = [
  '/sign-up',
  '/sign-in',
  '/sign-in/two-factor',
  '/sign-out',
  '/verify-email',
  '/verify-email/resend',
  '/forgot-password',
  '/reset-password',
];

/**
 * Sign-up, e-mail confirmation, sign-in (with the two-step code), sign-out and password reset.
 * Answers never reveal whether an address has an account: sign-up, reset and resend say the
 * same thing either way, and a failed sign-in does not say which half was wrong.
 */
export function authRoutes() {
  const app = new Hono<AppEnv>();
  // These pages repeat a typed address or carry a token: no cache may keep them.
  for (const path of AUTH_PATHS) {
    app.use(path, async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-store');
    });
  }

  app.get('/sign-up', (c) =>
    renderPage(
      c,
      { title: text(c).signUp.title },
      <SignUpPage m={text(c)} next={safeLocalPath(c.req.query('next'))} />,
    ),
  );

  app.post('/sign-up', async (c) => {
    const m = text(c);
    const next = safeLocalPath(c.req.query('next'));
    const raw = await body(c);
    await limitFor(c, [[L.signUpPerAddress, limitAddressOf(c)]]);
    const form = parseForm(signUpForm, raw, m);
    const values = { name: raw.name ?? '', email: raw.email ?? '' };
    if (!form.ok) {
      return renderPage(
        c,
        { title: m.signUp.title, status: 400 },
        <SignUpPage m={m} errors={form.errors} values={values} next={next} />,
      );
    }
    const weak = newPasswordError(form.data.password, form.data, m);
    if (weak) {
      return renderPage(
        c,
        { title: m.signUp.title, status: 400 },
        <SignUpPage m={m} errors={{ password: weak }} values={values} next={next} />,
      );
    }
    await limitFor(c, [[L.signUpPerEmail, emailKey(form.data.email)]]);
    if (!form.data.website) {
      // A new address and a known one are answered alike, after the same minimum time, so
      // neither the page nor its timing says which (better-auth's sign-up already does the
      // former). Either way a mail is written before "check your e-mail" is said: if it cannot
      // be, the request fails and nothing is kept (ADR 17, issue 12).
      await atLeast(SIGN_UP_FLOOR_MS, () => signUpAndMail(c, form.data, next));
    }
    return say(c, m.signUp.sentTitle, m.signUp.sent);
  });

  // The link in the e-mail opens a page; only the button (a POST) confirms, so link scanners
  // in mail systems cannot use up the token.
  app.get('/verify-email', (c) => {
    const m = text(c);
    const token = c.req.query('token') ?? '';
    const next = safeLocalPath(c.req.query('next'));
    return renderPage(c, { title: m.verify.title }, <VerifyPage m={m} token={token} next={next} />);
  });

  app.post('/verify-email', async (c) => {
    const m = text(c);
    const next = safeLocalPath(c.req.query('next'));
    const form = tokenForm.safeParse(await body(c));
    let ok = false;
    if (form.success) {
      try {
        await c.var.deps.auth.api.verifyEmail({
          query: { token: form.data.token },
          headers: authHeaders(c),
        });
        ok = true;
      } catch (error) {
        authErrorCode(error);
      }
    }
    if (!ok) {
      return renderPage(
        c,
        { title: m.verify.title, status: 400 },
        <VerifyPage m={m} token="" errors={{ form: m.problems.badToken }} />,
      );
    }
    return say(c, m.verify.title, m.verify.done, <SignInLink m={m} next={next} />);
  });

  app.post('/verify-email/resend', async (c) => {
    const m = text(c);
    await limitFor(c, [[L.resetPerAddress, limitAddressOf(c)]]);
    const form = parseForm(emailForm, await body(c), m);
    if (!form.ok) {
      return renderPage(
        c,
        { title: m.verify.resendTitle, status: 400 },
        <section class="form-narrow">
          <ResendForm m={m} errors={form.errors} />
        </section>,
      );
    }
    await limitFor(c, [
      [L.resetPerEmailAndAddress, `${emailKey(form.data.email)}|${limitAddressOf(c)}`],
      [L.resetPerEmail, emailKey(form.data.email)],
    ]);
    if (!form.data.website) {
      try {
        await c.var.deps.auth.api.sendVerificationEmail({
          body: { email: form.data.email },
          headers: authHeaders(c),
        });
      } catch (error) {
        // An unknown or already-confirmed address: the same answer as any other.
        authErrorCode(error);
      }
    }
    return say(c, m.verify.resendTitle, m.verify.resent);
  });

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

  app.get('/forgot-password', (c) =>
    renderPage(c, { title: text(c).forgot.title }, <ForgotPage m={text(c)} />),
  );

  app.post('/forgot-password', async (c) => {
    const m = text(c);
    await limitFor(c, [[L.resetPerAddress, limitAddressOf(c)]]);
    const form = parseForm(emailForm, await body(c), m);
    if (!form.ok)
      return renderPage(
        c,
        { title: m.forgot.title, status: 400 },
        <ForgotPage m={m} errors={form.errors} />,
      );
    await limitFor(c, [
      [L.resetPerEmailAndAddress, `${emailKey(form.data.email)}|${limitAddressOf(c)}`],
      [L.resetPerEmail, emailKey(form.data.email)],
    ]);
    if (!form.data.website) {
      const target = await userIdByEmail(c, form.data.email);
      // better-auth answers the same for unknown addresses; only known ones get a mail.
      await c.var.deps.auth.api.requestPasswordReset({
        body: { email: form.data.email },
        headers: authHeaders(c),
      });
      if (target)
        await auditAccount(c, 'password.reset_requested', target, { byThemselves: false });
    }
    return say(c, m.forgot.title, m.forgot.sent);
  });

  app.get('/reset-password', (c) => {
    const m = text(c);
    return renderPage(
      c,
      { title: m.reset.title },
      <ResetPage m={m} token={c.req.query('token') ?? ''} />,
    );
  });

  app.post('/reset-password', async (c) => {
    const m = text(c);
    await limitFor(c, [[L.resetPerAddress, limitAddressOf(c)]]);
    const raw = await body(c);
    const form = parseForm(resetForm, raw, m);
    const token = raw.token ?? '';
    if (!form.ok)
      return renderPage(
        c,
        { title: m.reset.title, status: 400 },
        <ResetPage m={m} token={token} errors={form.errors} />,
      );
    const weak = newPasswordError(form.data.password, {}, m);
    if (weak)
      return renderPage(
        c,
        { title: m.reset.title, status: 400 },
        <ResetPage m={m} token={token} errors={{ password: weak }} />,
      );
    try {
      // Resetting never signs in and never touches two-step sign-in: the next sign-in still
      // asks for the code. Every existing session is revoked.
      await c.var.deps.auth.api.resetPassword({
        body: { newPassword: form.data.password, token: form.data.token },
        headers: authHeaders(c),
      });
    } catch (error) {
      authErrorCode(error);
      return renderPage(
        c,
        { title: m.reset.title, status: 400 },
        <ResetPage m={m} token="" errors={{ form: m.problems.badToken }} />,
      );
    }
    return say(c, m.reset.title, m.reset.done, <SignInLink m={m} />);
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

const DEVICE_COOKIE = 'gw_device';
const MAX_KNOWN_DEVICES = 20;

const deviceHash = (userId: string, device: string) =>
  createHash('sha256').update(`${userId}:${device}`).digest('base64url');

/** This browser's device id, when it has signed in to the account with this address before. */
async function knownBrowser(c: Context<AppEnv>, email: string): Promise<string | undefined> {
  const device = getCookie(c, DEVICE_COOKIE);
  if (!device || !/^[\w-]{20,64}$/.test(device)) return undefined;
  const [row] = await c.var.deps.database.db
    .select({ id: users.id, known: users.knownDevices })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return row?.known.includes(deviceHash(row.id, device)) ? device : undefined;
}

/**
 * Finish a sign-in: record it (and mark the browser), then hand the browser its session. If
 * any of it cannot be written, the session better-auth just made is deleted before the error
 * goes on, so a failed sign-in leaves no session behind and sets no cookie.
 */
async function completeSignIn(
  c: Context<AppEnv>,
  signedIn: { token: string; user: { id: string; email: string; locale?: string | null } },
  cookies: Headers | undefined,
  method: 'password' | 'totp' | 'backup_code' = 'password',
) {
  try {
    await afterSignIn(c, signedIn.user, method);
  } catch (error) {
    await c.var.deps.database.db
      .delete(sessions)
      .where(eq(sessions.token, signedIn.token))
      .catch(() => {});
    throw error;
  }
  if (cookies) forwardCookies(c, cookies);
}

/**
 * Audit the sign-in and tell the owner when it came from a browser this account has not used
 * before. Each browser carries a random device id (a cookie, HttpOnly, a year); the account
 * keeps only hashes of the ids it has seen, so the list says nothing outside this database.
 * The very first sign-in of an account alerts nobody.
 */
async function afterSignIn(
  c: Context<AppEnv>,
  user: { id: string; email: string; locale?: string | null },
  method: 'password' | 'totp' | 'backup_code' = 'password',
) {
  const { database, mailer } = c.var.deps;
  const db = database.db;
  let device = getCookie(c, DEVICE_COOKIE);
  if (!device || !/^[\w-]{20,64}$/.test(device)) {
    device = randomBytes(18).toString('base64url');
    rememberDevice(c, device);
  }
  const hash = deviceHash(user.id, device);
  const [row] = await db
    .select({ known: users.knownDevices })
    .from(users)
    .where(eq(users.id, user.id));
  const known = row?.known ?? [];
  if (!known.includes(hash)) {
    // The alert is written before the browser is remembered: if it cannot be, the sign-in
    // fails, and a retry from this browser still alerts.
    if (known.length > 0) {
      await mailer.send(accountMail('newSignIn', user.email, user.locale === 'es' ? 'es' : 'en'));
    }
    await db
      .update(users)
      .set({ knownDevices: [hash, ...known].slice(0, MAX_KNOWN_DEVICES) })
      .where(eq(users.id, user.id));
  }
  // Recorded last, once everything else of the sign-in was written.
  await auditAccount(c, 'sign_in.succeeded', user.id, { details: { method } });
}

function rememberDevice(c: Context<AppEnv>, device: string) {
  setCookie(c, DEVICE_COOKIE, device, {
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
    sameSite: 'Lax',
    httpOnly: true,
    secure: isHttpsRequest(c),
  });
}
