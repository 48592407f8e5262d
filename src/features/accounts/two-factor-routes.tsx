import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/page.js';
import { auditSelf, bodyOf, type Ctx, texts } from './account-common.js';
import { authErrorCode, authHeaders, forwardCookies } from './auth-calls.js';
import { codeForm, parseForm, passwordForm } from './forms.js';
import { requireViewer, signedIn } from './guards.js';
import { ACCOUNT_LIMITS, limitFor } from './limits.js';
import { accountMail } from './mail.js';
import { canManageAccount } from './policies.js';
import type { Viewer } from './viewer.js';
import { BackupCodesPage, TwoFactorPage, TwoFactorSetup } from './views/account-pages.js';

/**
 * The two-step settings all start the same way: the password again (rate-limited), then a
 * better-auth call. A wrong password, or better-auth refusing, shows the page with the error.
 */
async function twoFactorStep(c: Ctx, run: (viewer: Viewer, password: string) => Promise<Response>) {
  const viewer = signedIn(c);
  const { m, p } = texts(c);
  const form = parseForm(passwordForm, await bodyOf(c), m);
  await limitFor(c, [[ACCOUNT_LIMITS.reauthPerAccount, viewer.id]]);
  if (form.ok) {
    try {
      return await run(viewer, form.data.password);
    } catch (error) {
      authErrorCode(error);
    }
  }
  return renderPage(
    c,
    { title: p.twoFactor.title, status: 400 },
    <TwoFactorPage
      m={m}
      p={p}
      enabled={viewer.twoFactorEnabled}
      errors={{ password: m.problems.wrongPassword }}
    />,
  );
}

/** Two-step sign-in: turning it on (with its recovery codes) or off, and new recovery codes. */
export function twoFactorRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/account/two-factor', requireViewer(canManageAccount), (c) => {
    const viewer = signedIn(c);
    const { m, p } = texts(c);
    const done = c.req.query('done');
    const notice =
      done === 'on' ? p.twoFactor.enabled : done === 'off' ? p.twoFactor.disabled : undefined;
    return renderPage(
      c,
      { title: p.twoFactor.title },
      <TwoFactorPage m={m} p={p} enabled={viewer.twoFactorEnabled} notice={notice} />,
    );
  });

  app.post('/account/two-factor/enable', requireViewer(canManageAccount), (c) =>
    twoFactorStep(c, async (viewer, password) => {
      const { m, p } = texts(c);
      if (viewer.twoFactorEnabled) return c.redirect('/account/two-factor', 303);
      const result = await c.var.deps.auth.api.enableTwoFactor({
        body: { password },
        headers: authHeaders(c),
      });
      if (result.method !== 'totp') throw new Error('two-step sign-in by app (TOTP) expected');
      return renderPage(
        c,
        { title: p.twoFactor.title },
        <TwoFactorSetup m={m} p={p} totpUri={result.totpURI} backupCodes={result.backupCodes} />,
      );
    }),
  );

  app.post('/account/two-factor/confirm', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const { m, p } = texts(c);
    await limitFor(c, [[ACCOUNT_LIMITS.reauthPerAccount, viewer.id]]);
    const form = parseForm(codeForm, await bodyOf(c), m);
    if (form.ok) {
      try {
        const call = await c.var.deps.auth.api.verifyTOTP({
          body: { code: form.data.code },
          headers: authHeaders(c),
          returnHeaders: true,
        });
        // Turning it on replaces the session; the browser gets the new cookie.
        forwardCookies(c, call.headers);
        await auditSelf(c, viewer, 'two_factor.enabled');
        await c.var.deps.mailer.send(
          accountMail('twoFactorChanged', viewer.email, c.var.locale, { state: 'on' }),
        );
        return c.redirect('/account/two-factor?done=on', 303);
      } catch (error) {
        authErrorCode(error);
      }
    }
    return renderPage(
      c,
      { title: p.twoFactor.title, status: 400 },
      <TwoFactorSetup m={m} p={p} errors={{ code: m.problems.wrongCode }} />,
    );
  });

  app.post('/account/two-factor/disable', requireViewer(canManageAccount), (c) =>
    twoFactorStep(c, async (viewer, password) => {
      const call = await c.var.deps.auth.api.disableTwoFactor({
        body: { password },
        headers: authHeaders(c),
        returnHeaders: true,
      });
      forwardCookies(c, call.headers);
      await auditSelf(c, viewer, 'two_factor.disabled');
      await c.var.deps.mailer.send(
        accountMail('twoFactorChanged', viewer.email, c.var.locale, { state: 'off' }),
      );
      return c.redirect('/account/two-factor?done=off', 303);
    }),
  );

  app.post('/account/two-factor/backup-codes', requireViewer(canManageAccount), (c) =>
    twoFactorStep(c, async (viewer, password) => {
      const { m, p } = texts(c);
      const result = await c.var.deps.auth.api.generateBackupCodes({
        body: { password },
        headers: authHeaders(c),
      });
      await auditSelf(c, viewer, 'two_factor.backup_codes_regenerated');
      return renderPage(
        c,
        { title: p.twoFactor.codesTitle },
        <BackupCodesPage m={m} p={p} codes={result.backupCodes} />,
      );
    }),
  );

  return app;
}
