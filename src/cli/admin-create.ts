// npm run admin:create -- EMAIL: make (or create) an administrator account.
import { loadConfig } from '../config.js';
import { accountServices } from '../features/accounts/services.js';
import {
  createOrPromoteAdmin,
  describeOutcome,
  parseAdminEmail,
  USAGE,
} from '../features/admin/create-admin.js';
import { createLogger } from '../lib/logger.js';
import { withDatabase } from './with-database.js';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const address = args.length === 1 ? parseAdminEmail(args[0]) : null;
if (!address) {
  process.stderr.write(
    args.length === 1
      ? `gatherwell: "${args[0]}" is not an e-mail address.\n${USAGE}\n`
      : `gatherwell: give exactly one e-mail address.\n${USAGE}\n`,
  );
  process.exit(2);
}

await withDatabase(async (database) => {
  const config = loadConfig();
  const { auth, mailer } = accountServices(config, database, createLogger(config));
  const result = await createOrPromoteAdmin({ db: database.db, auth }, address);
  process.stdout.write(`${describeOutcome(result, address)}\n`);
  if (result.outcome === 'created' && mailer.transport === 'outbox') {
    process.stdout.write(
      'No SMTP server is configured (SMTP_URL): the e-mail was kept in the outbox table, shown at /dev/outbox outside production.\n',
    );
  }
});
