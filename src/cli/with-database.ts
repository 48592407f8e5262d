import { ConfigError, loadConfig } from '../config.js';
import type { DbHandle } from '../db/client.js';
import { DataDirLockedError } from '../db/dir-lock.js';
import { openConfiguredDatabase } from '../runtime.js';

/**
 * Run a command-line task on the configured, migrated database, then checkpoint and close.
 * With the embedded database this takes the data-directory lock, so it refuses to run while the
 * server owns the directory. Configuration and lock problems end the process with a message.
 */
export async function withDatabase(task: (database: DbHandle) => Promise<void>): Promise<void> {
  try {
    const database = await openConfiguredDatabase(loadConfig());
    try {
      await database.migrate();
      await task(database);
      await database.checkpoint();
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
}
