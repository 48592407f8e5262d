// npm run db:seed: migrate, then fill an empty directory with the demo groups.
import { seedDemoDirectory } from '../features/directory/seed.js';
import { withDatabase } from './with-database.js';

await withDatabase(async (database) => {
  const { seeded, existing } = await seedDemoDirectory(database.db);
  process.stdout.write(
    seeded > 0
      ? `Added ${seeded} demo groups.\n`
      : `The directory already has ${existing} groups; demo data is only added to an empty one.\n`,
  );
});
