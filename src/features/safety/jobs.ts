import type { AppDeps } from '../../app-env.js';
import type { Handlers } from '../jobs/queue.js';
import { ESCALATE_JOB, escalate } from './alerts.js';

/** The safety flow's background job: escalating an urgent alert nobody acknowledged. */
export function safetyJobHandlers(deps: AppDeps): Handlers {
  return {
    async [ESCALATE_JOB](payload) {
      await escalate(deps.database.db, String(payload.alert));
    },
  };
}
