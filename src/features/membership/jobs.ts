import type { AppDeps } from '../../app-env.js';
import type { Handlers } from '../jobs/queue.js';
import { lapseOffer, OFFER_EXPIRY_JOB } from './commands.js';
import { sendNotices } from './mail.js';

/** The background worker's handlers for membership jobs (seat offers that lapse). */
export function membershipJobHandlers(deps: AppDeps): Handlers {
  return {
    async [OFFER_EXPIRY_JOB](payload) {
      const notices = await lapseOffer(
        deps.database.db,
        String(payload.membershipId),
        deps.config.membership.seatOfferMs,
      );
      await sendNotices(deps, notices);
    },
  };
}
