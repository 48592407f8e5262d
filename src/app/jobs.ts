import type { AppDeps } from '../app-env.js';
import { attendingJobHandlers } from '../features/attending/reminders.js';
import { feedJobHandlers } from '../features/feeds/schedule.js';
import type { Handlers } from '../features/jobs/queue.js';
import { membershipJobHandlers } from '../features/membership/jobs.js';
import { notificationJobHandlers } from '../features/notifications/deliver.js';
import { roomJobHandlers } from '../features/rooms/jobs.js';
import { safetyJobHandlers } from '../features/safety/jobs.js';

/** Every kind of background job the worker knows, by feature. */
export function jobHandlers(deps: AppDeps): Handlers {
  return {
    ...deps.mailer.handlers,
    ...membershipJobHandlers(deps),
    ...notificationJobHandlers(deps),
    ...safetyJobHandlers(deps),
    ...roomJobHandlers(deps),
    ...feedJobHandlers(deps),
    ...attendingJobHandlers({
      db: deps.database.db,
      mailer: deps.mailer,
      config: deps.config,
      logger: deps.logger,
    }),
  };
}
