import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { insertListings } from './bulk-save.js';
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
  // Inserted together (bulk-save.ts): a few statements instead of several per group.
  await db.transaction((tx) => insertListings(tx, demo, now));
  directoryChanged(db);
  return { seeded: demo.length, existing };
}
