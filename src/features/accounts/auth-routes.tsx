import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { passwordResetRoutes } from './password-reset-routes.js';
import { signInRoutes } from './sign-in-routes.js';
import { signUpRoutes } from './sign-up-routes.js';

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

  app.route('/', signUpRoutes());
  app.route('/', signInRoutes());
  app.route('/', passwordResetRoutes());
  return app;
}
