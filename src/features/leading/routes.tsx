import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { editRoutes } from './edit-routes.js';
import { meetingRoutes } from './meeting-routes.js';
import { newGroupRoutes } from './new-group-routes.js';
import { overviewRoutes } from './overview-routes.js';
import { peopleRoutes } from './people-routes.js';
import { stateRoutes } from './state-routes.js';

/**
 * Everything under /lead, one module per area. The order matters: `/lead/new` and
 * `/lead/pledge` must be matched before `/lead/:slug` would take them for a group's slug.
 */
export function leadingRoutes() {
  const app = new Hono<AppEnv>();
  app.route('/', peopleRoutes());
  app.route('/', meetingRoutes());
  app.route('/', stateRoutes());
  app.route('/', newGroupRoutes());
  app.route('/', overviewRoutes());
  app.route('/', editRoutes());
  return app;
}
