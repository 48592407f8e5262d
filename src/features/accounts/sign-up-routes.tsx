import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { users } from '../../db/schema/index.js';
import { safeLocalPath } from '../../lib/safe-redirect.js';
import { renderPage } from '../../views/page.js';
import { recipientLocale } from '../mail/compose.js';
import { linkOrigin } from './auth.js';
import { authErrorCode, authHeaders } from './auth-calls.js';
import { auditAccount, body, SignInLink, say, text } from './auth-common.js';
import { emailForm, newPasswordError, parseForm, signUpForm, tokenForm } from './forms.js';
import { emailKey, ACCOUNT_LIMITS as L, limitAddressOf, limitFor } from './limits.js';
import { accountMail } from './mail.js';
import { ResendForm, SignUpPage, VerifyPage } from './views/auth-pages.js';

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
  await mailer.send(accountMail('existing', row.email, recipientLocale(row.locale), { link }));
}

/** Sign-up, and confirming the address it was made with (the link, and asking for a new one). */
export function signUpRoutes() {
  const app = new Hono<AppEnv>();

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

  return app;
}
