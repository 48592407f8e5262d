import type { AppDeps } from '../../app-env.js';
import type { Handlers } from '../jobs/queue.js';
import { CLOSE_JOB, closeSession, PURGE_JOB, purgeMessages, sessionById } from './sessions.js';

/**
 * The rooms' background jobs: closing a session at its time (ending every stream and deleting
 * what was said, unless the group keeps it), and deleting kept messages when their time is up.
 * Both re-check the row, so a job that runs late or twice does no harm.
 */
export function roomJobHandlers(deps: AppDeps): Handlers {
  const { db } = deps.database;
  return {
    async [CLOSE_JOB](payload) {
      const session = await sessionById(db, String(payload.session));
      if (!session || session.closedAt) return;
      // Moved later since (a hand-opened room became a meeting's): that time has its own job.
      if (session.closesAt.getTime() > Date.now()) return;
      await closeSession(db, session.id, null);
    },
    async [PURGE_JOB](payload) {
      const session = await sessionById(db, String(payload.session));
      if (!session?.closedAt || (session.keepUntil && session.keepUntil.getTime() > Date.now()))
        return;
      await purgeMessages(db, session.id);
    },
  };
}
