// npm run db:migrate: apply committed migrations to the configured database, then exit.
// With the embedded database this takes the data-directory lock, so it refuses to run while
// the server owns the directory (the server migrates at start-up anyway).
import { ConfigError, loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/dir-lock.js';
import { openConfiguredDatabase } from '../runtime.js';

try {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    await database.checkpoint();
    process.stdout.write(`Migrations applied (${database.driver}).\n`);
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`gatherwell: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
