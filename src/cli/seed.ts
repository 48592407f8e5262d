// npm run db:seed: migrate, then fill an empty directory with the demo groups.
import { seedDemoDirectory } from '../features/directory/seed.js';
import { withDatabase } from './with-database.js';

await withDatabase(async (database) => {
  // Under the migration lock, as at start-up, so a server starting now cannot seed twice.
  let result = { seeded: 0, existing: 0 };
  await database.migrate({
    andThen: async () => {
      result = await seedDemoDirectory(database.db);
    },
  });
  const { seeded, existing } = result;
  process.stdout.write(
    seeded > 0
      ? `Added ${seeded} demo groups.\n`
      : `The directory already has ${existing} groups; demo data is only added to an empty one.\n`,
  );
});
