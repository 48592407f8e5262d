import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { applyRoutes } from './apply-routes.js';
import { type GroupPageWithProblem, joinRoutes } from './join-routes.js';
import { rosterRoutes } from './roster-routes.js';

/**
 * Joining groups (docs/membership.md): the person's side under /groups/:slug, the leaders' side
 * under /lead/:slug/people. Each route carries its own guard in its module.
 */
export function membershipRoutes(options: { groupPage: GroupPageWithProblem }) {
  const app = new Hono<AppEnv>();
  app.route('/', joinRoutes(options.groupPage));
  app.route('/', applyRoutes());
  app.route('/', rosterRoutes());
  return app;
}
