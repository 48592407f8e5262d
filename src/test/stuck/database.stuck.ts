// Run only by watchdogs.test.ts: a test whose database statement never returns.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createTestDatabase } from '../harness.js';

it('runs a statement that never returns', async () => {
  const database = await createTestDatabase({ statementLimitMs: 2_000 });
  try {
    await database.db.execute(sql`SELECT 'before the stuck one'`);
    await expect(database.db.execute(sql`SELECT pg_sleep(600)`)).resolves.toBeDefined();
  } finally {
    await database.close();
  }
});
