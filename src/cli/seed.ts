// npm run db:seed: migrate, then fill an empty directory with the demo groups.
// Like db:migrate, it takes the embedded database's lock, so run it while the server is stopped.
import { ConfigError, loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/dir-lock.js';
import { seedDemoDirectory } from '../features/directory/seed.js';
import { openConfiguredDatabase } from '../runtime.js';

try {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    const { seeded, existing } = await seedDemoDirectory(database.db);
    await database.checkpoint();
    process.stdout.write(
      seeded > 0
        ? `Added ${seeded} demo groups.\n`
        : `The directory already has ${existing} groups; demo data is only added to an empty one.\n`,
    );
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
