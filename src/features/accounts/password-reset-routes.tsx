import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/page.js';
import { authErrorCode, authHeaders } from './auth-calls.js';
import { auditAccount, body, SignInLink, say, text, userIdByEmail } from './auth-common.js';
import { emailForm, newPasswordError, parseForm, resetForm } from './forms.js';
import { emailKey, ACCOUNT_LIMITS as L, limitAddressOf, limitFor } from './limits.js';
import { ForgotPage, ResetPage } from './views/auth-pages.js';

/**
 * "Forgot your password": a link by e-mail (the same answer whether or not the address has an
 * account), and the page the link opens to choose a new password.
 */
export function passwordResetRoutes() {
  const app = new Hono<AppEnv>();

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
