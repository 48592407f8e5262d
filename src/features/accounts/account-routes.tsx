import { and, desc, eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { sessions, users } from '../../db/schema/index.js';
import { rememberLocale } from '../../i18n/routes.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/layout.js';
import { accountMail } from '../mail/templates.js';
import { leaveEveryGroup } from '../membership/commands.js';
import { sendNotices } from '../membership/mail.js';
import { membershipsForExport } from '../membership/queries.js';
import { zoneFor } from '../zones/zone.js';
import { privacyText } from './account-messages.js';
import { type AuditAction, audit, eventsAbout } from './audit.js';
import { authErrorCode, authHeaders, forwardCookies } from './auth-calls.js';
import { deleteAccount, exportAccount, updateProfile } from './commands.js';
import {
  changeEmailForm,
  changePasswordForm,
  codeForm,
  newPasswordError,
  parseForm,
  passwordForm,
} from './forms.js';
import { requireViewer, signedIn } from './guards.js';
import { ACCOUNT_LIMITS, ipOf, limitFor } from './limits.js';
import { accountText } from './messages.js';
import { canManageAccount, canViewAuditOf, staffBlocker } from './policies.js';
import { SESSION_COOKIE } from './session.js';
import type { Viewer } from './viewer.js';
import { ActivityPage, DeletePage, SessionsPage } from './views/account-lists.js';
import {
  AccountPage,
  BackupCodesPage,
  NOTIFICATION_MAIL,
  NOTIFY_KEYS,
  type ProfileValues,
  TwoFactorPage,
  TwoFactorSetup,
} from './views/account-pages.js';

const optionalText = z
  .string({ error: 'tooLong' })
  .default('')
  .transform((s) => s.trim())
  .pipe(z.string().max(40, 'tooLong'))
  .transform((s) => s || null);
const profileForm = z.object({
  name: z.string({ error: 'name' }).trim().min(1, 'name').max(60, 'name'),
  firstName: optionalText,
  pronouns: optionalText,
  locale: z.enum(['en', 'es'], { error: 'badLanguage' }).optional(),
  timezone: z
    .string({ error: 'badTimezone' })
    .default('')
    .transform((s) => s.trim())
    .transform((s) => s || null)
    .refine((s) => s === null || IANAZone.isValidZone(s), 'badTimezone'),
  notify: z.array(z.enum(NOTIFY_KEYS, { error: 'badNotify' })),
  notificationMail: z.enum(NOTIFICATION_MAIL, { error: 'badNotify' }).default('now'),
});

type Ctx = Context<AppEnv>;
const texts = (c: Ctx) => ({ m: accountText(c.var.locale), p: privacyText(c.var.locale) });

const auditSelf = (c: Ctx, viewer: Viewer, action: AuditAction) =>
  audit(c.var.deps.database.db, {
    action,
    actorId: viewer.id,
    targetType: 'user',
    targetId: viewer.id,
    ip: ipOf(c),
  });

/** The privacy centre: profile, sign-in security, sessions, activity, export and deletion. */
export function accountRoutes() {
  const app = new Hono<AppEnv>();
  const bodyOf = async (c: Ctx) =>
    (await c.req.parseBody({ all: true })) as Record<string, string | string[]>;

  /** Check the password again before a sensitive change; rate-limited per account. */
  async function passwordMatches(c: Ctx, viewer: Viewer, password: string) {
    await limitFor(c, [[ACCOUNT_LIMITS.reauthPerAccount, viewer.id]]);
    try {
      await c.var.deps.auth.api.verifyPassword({ body: { password }, headers: authHeaders(c) });
      return true;
    } catch (error) {
      authErrorCode(error);
      return false;
    }
  }

  async function showAccount(
    c: Ctx,
    viewer: Viewer,
    extra: { errors?: FieldErrors; notice?: string; status?: 200 | 400 | 401 } = {},
  ) {
    const [row] = await c.var.deps.database.db
      .select({
        firstName: users.firstName,
        pronouns: users.pronouns,
        notifications: users.notifications,
        notificationMail: users.notificationMail,
      })
      .from(users)
      .where(eq(users.id, viewer.id));
    const values: ProfileValues = {
      name: viewer.name,
      firstName: row?.firstName ?? '',
      pronouns: row?.pronouns ?? '',
      locale: viewer.locale ?? c.var.locale,
      timezone: viewer.timezone ?? '',
      notifications: row?.notifications ?? {},
      notificationMail: row?.notificationMail ?? 'now',
    };
    const { m, p } = texts(c);
    return renderPage(
      c,
      { title: p.title, status: extra.status ?? 200 },
      <AccountPage
        m={m}
        p={p}
        values={values}
        twoFactorEnabled={viewer.twoFactorEnabled}
        errors={extra.errors}
        notice={extra.notice}
        staffNeedsTwoFactor={staffBlocker(viewer) !== null}
      />,
    );
  }

  app.get('/account', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    return showAccount(c, viewer, { notice: c.req.query('saved') ? texts(c).p.saved : undefined });
  });

  app.post('/account/profile', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const raw = await bodyOf(c);
    // Only the listed fields are read: `role`, `verified` or anything else in the body is ignored.
    const parsed = profileForm.safeParse({ ...raw, notify: [raw.notify ?? []].flat() });
    if (!parsed.success) {
      const { p } = texts(c);
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        errors[field] ??=
          field === 'name'
            ? texts(c).m.problems.name
            : (((p.profile as Record<string, unknown>)[issue.message] as string | undefined) ??
              p.profile.invalid);
      }
      return showAccount(c, viewer, { errors, status: 400 });
    }
    const notifications = Object.fromEntries(
      NOTIFY_KEYS.map((k) => [k, parsed.data.notify.includes(k)]),
    );
    await updateProfile(
      c.var.deps.database.db,
      viewer.id,
      { ...parsed.data, locale: parsed.data.locale ?? null, notifications },
      ipOf(c),
    );
    if (parsed.data.locale) rememberLocale(c, parsed.data.locale);
    return c.redirect('/account?saved=1', 303);
  });

  app.post('/account/password', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const { m, p } = texts(c);
    const form = parseForm(changePasswordForm, await bodyOf(c), m);
    if (!form.ok) return showAccount(c, viewer, { errors: form.errors, status: 400 });
    const weak = newPasswordError(form.data.newPassword, viewer, m);
    if (weak) return showAccount(c, viewer, { errors: { newPassword: weak }, status: 400 });
    await limitFor(c, [[ACCOUNT_LIMITS.reauthPerAccount, viewer.id]]);
    try {
      const call = await c.var.deps.auth.api.changePassword({
        body: {
          currentPassword: form.data.currentPassword,
          newPassword: form.data.newPassword,
          revokeOtherSessions: true,
        },
        headers: authHeaders(c),
        returnHeaders: true,
      });
      forwardCookies(c, call.headers);
    } catch (error) {
      authErrorCode(error);
      return showAccount(c, viewer, {
        errors: { currentPassword: m.problems.wrongPassword },
        status: 400,
      });
    }
    await auditSelf(c, viewer, 'password.changed');
    await c.var.deps.mailer.send(accountMail('passwordChanged', viewer.email, c.var.locale));
    return showAccount(c, viewer, { notice: p.security.passwordDone });
  });

  app.post('/account/email', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const { m, p } = texts(c);
    const form = parseForm(changeEmailForm, await bodyOf(c), m);
    if (!form.ok) return showAccount(c, viewer, { errors: form.errors, status: 400 });
    if (form.data.newEmail === viewer.email)
      return showAccount(c, viewer, { errors: { newEmail: m.problems.sameEmail }, status: 400 });
    if (!(await passwordMatches(c, viewer, form.data.password))) {
      return showAccount(c, viewer, {
        errors: { password: m.problems.wrongPassword },
        status: 400,
      });
    }
    try {
      await c.var.deps.auth.api.changeEmail({
        body: { newEmail: form.data.newEmail, callbackURL: '/account' },
        headers: authHeaders(c),
      });
    } catch (error) {
      // An address already in use gets the same answer, so this form cannot probe for accounts.
      authErrorCode(error);
    }
    await auditSelf(c, viewer, 'account.email_change_requested');
    return showAccount(c, viewer, { notice: p.security.emailSent });
  });

  app.get('/account/sessions', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const rows = await c.var.deps.database.db
      .select({
        id: sessions.id,
        createdAt: sessions.createdAt,
        lastActiveAt: sessions.lastActiveAt,
        ipAddress: sessions.ipAddress,
        userAgent: sessions.userAgent,
      })
      .from(sessions)
      .where(eq(sessions.userId, viewer.id))
      .orderBy(desc(sessions.lastActiveAt));
    const { m, p } = texts(c);
    return renderPage(
      c,
      { title: p.sessions.title },
      <SessionsPage
        m={m}
        p={p}
        locale={c.var.locale}
        timeZone={zoneFor(c)}
        sessions={rows.map((r) => ({ ...r, current: r.id === viewer.sessionId }))}
      />,
    );
  });

  app.post('/account/sessions/:id/revoke', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const db = c.var.deps.database.db;
    const [target] = await db
      .select({ userId: sessions.userId })
      .from(sessions)
      .where(eq(sessions.id, c.req.param('id')));
    // Someone else's session (or none): the same answer, and nothing happens.
    if (target && canManageAccount(viewer, target.userId)) {
      await db
        .delete(sessions)
        .where(and(eq(sessions.id, c.req.param('id')), eq(sessions.userId, viewer.id)));
      await auditSelf(c, viewer, 'sessions.revoked');
    }
    return c.redirect('/account/sessions', 303);
  });

  app.post('/account/sessions/revoke-all', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    await c.var.deps.database.db.delete(sessions).where(eq(sessions.userId, viewer.id));
    await auditSelf(c, viewer, 'sessions.revoked');
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/sign-in', 303);
  });

  app.get('/account/activity', requireViewer(canViewAuditOf), async (c) => {
    const viewer = signedIn(c);
    const events = await eventsAbout(c.var.deps.database.db, viewer.id);
    const { m, p } = texts(c);
    return renderPage(
      c,
      { title: p.activity.title },
      <ActivityPage m={m} p={p} locale={c.var.locale} events={events} timeZone={zoneFor(c)} />,
    );
  });

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

  /**
   * The two-step settings all start the same way: the password again (rate-limited), then a
   * better-auth call. A wrong password, or better-auth refusing, shows the page with the error.
   */
  async function twoFactorStep(
    c: Ctx,
    run: (viewer: Viewer, password: string) => Promise<Response>,
  ) {
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

  app.post('/account/export', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const db = c.var.deps.database.db;
    await auditSelf(c, viewer, 'account.exported');
    const data = {
      ...(await exportAccount(db, viewer.id)),
      ...(await membershipsForExport(db, c.var.deps.config.membership.intakeKey, viewer.id)),
    };
    c.header(
      'Content-Disposition',
      `attachment; filename="gatherwell-data-${new Date().toISOString().slice(0, 10)}.json"`,
    );
    c.header('Cache-Control', 'no-store');
    return c.body(JSON.stringify(data, null, 2), 200, {
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  app.get('/account/delete', requireViewer(canManageAccount), (c) => {
    const { m, p } = texts(c);
    return renderPage(c, { title: p.data.deleteTitle }, <DeletePage m={m} p={p} />);
  });

  app.post('/account/delete', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const { m, p } = texts(c);
    const raw = await bodyOf(c);
    const form = parseForm(passwordForm, raw, m);
    const errors: FieldErrors = {};
    if (raw.confirm !== 'yes') errors.confirm = p.data.deleteConfirmMissing;
    if (!form.ok) Object.assign(errors, form.errors);
    else if (!(await passwordMatches(c, viewer, form.data.password)))
      errors.password = m.problems.wrongPassword;
    if (Object.keys(errors).length > 0) {
      return renderPage(
        c,
        { title: p.data.deleteTitle, status: 400 },
        <DeletePage m={m} p={p} errors={errors} />,
      );
    }
    const { database, config } = c.var.deps;
    // Seats the person held pass to whoever waits, as if they had left.
    const notices = await leaveEveryGroup(database.db, viewer.id, config.membership.seatOfferMs);
    await deleteAccount(database.db, viewer.id, ipOf(c));
    await sendNotices(c.var.deps, notices);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return renderPage(
      c,
      { title: p.data.deleteTitle },
      <section class="form-narrow">
        <h1>{p.data.deleteTitle}</h1>
        <p role="status">{p.data.deleted}</p>
      </section>,
    );
  });

  return app;
}
