import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { users } from '../../db/schema/index.js';
import { LOCALES } from '../../i18n/locales.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { rememberLocale } from '../language/routes.js';
import { auditSelf, bodyOf, type Ctx, passwordMatches, texts } from './account-common.js';
import { authErrorCode, authHeaders, forwardCookies } from './auth-calls.js';
import { updateProfile } from './commands.js';
import { changeEmailForm, changePasswordForm, newPasswordError, parseForm } from './forms.js';
import { requireViewer, signedIn } from './guards.js';
import { ACCOUNT_LIMITS, ipOf, limitFor } from './limits.js';
import { accountMail } from './mail.js';
import { canManageAccount, staffBlocker } from './policies.js';
import type { Viewer } from './viewer.js';
import {
  AccountPage,
  NOTIFICATION_MAIL,
  NOTIFY_KEYS,
  type ProfileValues,
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
  locale: z.enum(LOCALES, { error: 'badLanguage' }).optional(),
  timezone: z
    .string({ error: 'badTimezone' })
    .default('')
    .transform((s) => s.trim())
    .transform((s) => s || null)
    .refine((s) => s === null || IANAZone.isValidZone(s), 'badTimezone'),
  notify: z.array(z.enum(NOTIFY_KEYS, { error: 'badNotify' })),
  notificationMail: z.enum(NOTIFICATION_MAIL, { error: 'badNotify' }).default('now'),
});

/** The account page with what is stored, and a notice or the errors of a form sent from it. */
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

/** /account: the profile, and changing the password or the e-mail address. */
export function profileRoutes() {
  const app = new Hono<AppEnv>();

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

  return app;
}
