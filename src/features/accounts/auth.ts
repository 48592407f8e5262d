import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { authAccounts, sessions, twoFactors, users, verifications } from '../../db/schema/index.js';
import type { Logger } from '../../lib/logger.js';
import { safeLocalPath } from '../../lib/safe-redirect.js';
import { recipientLocale } from '../mail/compose.js';
import type { Mailer } from '../mail/mailer.js';
import { audit } from './audit.js';
import { accountMail } from './mail.js';
import { passwordHasher, STANDARD_PASSWORD_WORK, TEST_PASSWORD_WORK } from './password-hash.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';

export const COOKIE_PREFIX = 'gw';

/** The origin our e-mailed links point at. */
export function linkOrigin(config: Config) {
  return (
    config.publicUrl ??
    `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`
  );
}

/**
 * better-auth, used as a library: its HTTP handler is not mounted. Our own routes (plain HTML
 * forms that work without JavaScript) call `auth.api.*` on the server, so every entry point is
 * one we render, rate-limit and audit ourselves (ADR 0010).
 */
export function createAuth(options: { db: Db; config: Config; mailer: Mailer; logger: Logger }) {
  const { db, config, mailer } = options;
  const origin = linkOrigin(config);
  const localeOf = (user: object) => recipientLocale((user as { locale?: unknown }).locale);

  return betterAuth({
    appName: 'Gatherwell',
    baseURL: origin,
    basePath: '/auth',
    secret: config.auth.secret,
    telemetry: { enabled: false },
    // Only errors, into our JSON log, and without their arguments: better-auth's info lines
    // ("user not found" on a reset) would tell a log reader which addresses have accounts.
    logger: {
      level: 'error',
      log: (level, message) =>
        options.logger[level === 'error' ? 'error' : 'warn']({ source: 'better-auth' }, message),
    },
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: users,
        session: sessions,
        account: authAccounts,
        verification: verifications,
        twoFactor: twoFactors,
      },
    }),
    user: {
      additionalFields: {
        // input: false: sign-up and profile updates can never set these (no mass assignment).
        role: { type: 'string', required: false, defaultValue: 'member', input: false },
        locale: { type: 'string', required: false, input: true },
      },
      changeEmail: { enabled: true },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      autoSignIn: false,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
      password: passwordHasher(
        config.auth.lightPasswordHashing ? TEST_PASSWORD_WORK : STANDARD_PASSWORD_WORK,
      ),
      resetPasswordTokenExpiresIn: 60 * 60,
      async sendResetPassword({ user, token }) {
        const link = `${origin}/reset-password?token=${encodeURIComponent(token)}`;
        await mailer.send(accountMail('reset', user.email, localeOf(user), { link }));
      },
      async onPasswordReset({ user }) {
        await audit(db, {
          action: 'password.reset',
          actorId: user.id,
          targetType: 'user',
          targetId: user.id,
        });
        await mailer.send(accountMail('passwordChanged', user.email, localeOf(user)));
      },
      // A second sign-up with a known address looks the same to the requester; the sign-up
      // route tells the owner (auth-routes.tsx), where a mail that cannot be written fails it.
    },
    emailVerification: {
      // Sent by the sign-up route, which can fail the request when the mail cannot be written
      // (better-auth would only log it).
      sendOnSignUp: false,
      autoSignInAfterVerification: false,
      expiresIn: 24 * 60 * 60,
      async sendVerificationEmail({ user, token, url }) {
        // better-auth puts the sign-up's return path in its own link as callbackURL; ours
        // carries it as `next`, checked again when the link is opened.
        const next = safeLocalPath(new URL(url).searchParams.get('callbackURL'));
        const back = next && next !== '/' ? `&next=${encodeURIComponent(next)}` : '';
        const link = `${origin}/verify-email?token=${encodeURIComponent(token)}${back}`;
        // A verification sent while changing address goes to the new address: better-auth puts
        // it in the token; the template differs only in wording.
        await mailer.send(accountMail('verify', user.email, localeOf(user), { link }));
      },
      async afterEmailVerification(user) {
        await audit(db, {
          action: 'account.email_verified',
          actorId: user.id,
          targetType: 'user',
          targetId: user.id,
        });
      },
    },
    session: {
      // The absolute lifetime of a member's session; shorter limits for staff and the
      // inactivity timeout are applied by our session middleware (session.ts).
      expiresIn: Math.round(config.auth.session.member.maxMs / 1000),
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    // Our own limits sit in front of every call (rate-limits.ts); better-auth's only guard its
    // HTTP handler, which we do not mount.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: origin.startsWith('https:'),
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true },
      ipAddress: {
        ipAddressHeaders: ['x-gatherwell-client-ip'],
      },
    },
    plugins: [
      twoFactor({
        issuer: 'Gatherwell',
        backupCodeOptions: { amount: 10, length: 10 },
        twoFactorCookieMaxAge: 10 * 60,
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
