import type { AppDeps } from '../../app-env.js';
import { attendingJobHandlers } from '../attending/reminders.js';
import { membershipJobHandlers } from '../membership/jobs.js';
import { notificationJobHandlers } from '../notifications/deliver.js';
import type { Handlers } from './queue.js';

/** Every kind of background job the worker knows, by feature. */
export function jobHandlers(deps: AppDeps): Handlers {
  return {
    ...deps.mailer.handlers,
    ...membershipJobHandlers(deps),
    ...notificationJobHandlers(deps),
    ...attendingJobHandlers({
      db: deps.database.db,
      mailer: deps.mailer,
      config: deps.config,
      logger: deps.logger,
    }),
  };
}
