import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { type AccountLifecycle, accountDataRoutes } from './data-routes.js';
import { profileRoutes } from './profile-routes.js';
import { sessionRoutes } from './session-routes.js';
import { twoFactorRoutes } from './two-factor-routes.js';

export type { AccountLifecycle } from './data-routes.js';

/**
 * The privacy centre: profile, sign-in security, sessions, activity, export and deletion.
 * `lifecycle` brings what other features do when an account is exported or deleted.
 */
export function accountRoutes(lifecycle: AccountLifecycle) {
  const app = new Hono<AppEnv>();
  app.route('/', profileRoutes());
  app.route('/', sessionRoutes());
  app.route('/', twoFactorRoutes());
  app.route('/', accountDataRoutes(lifecycle));
  return app;
}
