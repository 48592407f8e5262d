import type { Config } from '../../config.js';
import type { DbHandle } from '../../db/client.js';
import type { Logger } from '../../lib/logger.js';
import { createLimitStore, Limits } from '../limits/limits.js';
import { createMailer } from '../mail/mailer.js';
import { createAuth } from './auth.js';

/** The account services the app is built with (shared by the server, CLIs and tests). */
export function accountServices(config: Config, database: DbHandle, logger: Logger) {
  const mailer = createMailer(config, database.db, logger);
  const auth = createAuth({ db: database.db, config, mailer, logger });
  const limits = new Limits(createLimitStore(database), config.auth.secret);
  return { auth, mailer, limits };
}
