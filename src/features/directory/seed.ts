import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { saveGroup } from './commands.js';
import { generateDemoGroups } from './demo/index.js';
import { directoryChanged } from './search-index.js';

/**
 * Fill an empty directory with the demo groups (deterministic for a given day). Does nothing
 * when any group exists, so a real directory is never mixed with demo data.
 */
export async function seedDemoDirectory(
  db: Db,
  options: { now?: Date; count?: number } = {},
): Promise<{ seeded: number; existing: number }> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM groups`);
  const existing = row?.n ?? 0;
  if (existing > 0) return { seeded: 0, existing };
  const now = options.now ?? new Date();
  const demo = generateDemoGroups({ today: now.toISOString().slice(0, 10), count: options.count });
  // One transaction: a crash mid-seed leaves an empty directory that seeds again next start.
  await db.transaction(async (tx) => {
    for (const group of demo) await saveGroup(tx as unknown as Db, group, now);
  });
  directoryChanged(db);
  return { seeded: demo.length, existing };
}
