// npm run db:migrate: apply committed migrations to the configured database, then exit.
// (The server also migrates at start-up.)
import { withDatabase } from './with-database.js';

await withDatabase(async (database) => {
  process.stdout.write(`Migrations applied (${database.driver}).\n`);
});
