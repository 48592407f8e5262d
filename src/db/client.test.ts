import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/harness.js';
import { type DbHandle, queryRows } from './client.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('database', () => {
  it('has the search extensions installed by the first migration', async () => {
    const rows = await queryRows<{ extname: string }>(
      handle.db,
      sql`SELECT extname FROM pg_extension WHERE extname IN ('cube', 'earthdistance', 'pg_trgm') ORDER BY 1`,
    );
    expect(rows.map((r) => r.extname)).toEqual(['cube', 'earthdistance', 'pg_trgm']);
  });

  it('computes great-circle distances and trigram similarity', async () => {
    // Philadelphia City Hall to Independence Hall: about 1.2 km.
    const rows = await queryRows<{ metres: number; sim: number }>(
      handle.db,
      sql`SELECT earth_distance(ll_to_earth(39.9526, -75.1652), ll_to_earth(39.9489, -75.15)) AS metres,
                 similarity('Philadelphia', 'Philadelpia') AS sim`,
    );
    expect(rows[0]!.metres).toBeGreaterThan(1_100);
    expect(rows[0]!.metres).toBeLessThan(1_500);
    expect(rows[0]!.sim).toBeGreaterThan(0.5);
  });

  it('runs migrations again without change', async () => {
    await handle.migrate();
    await handle.ping();
  });
});
