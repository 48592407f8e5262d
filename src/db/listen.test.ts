import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/harness.js';
import type { DbHandle } from './client.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('LISTEN / NOTIFY through the handle', () => {
  it('delivers a payload after its transaction commits, and nothing from a rollback', async () => {
    const got: string[] = [];
    const stop = await handle.listen('listen_test', (p) => got.push(p));
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_notify('listen_test', 'committed')`);
    });
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_notify('listen_test', 'rolled back')`);
        throw new Error('roll back');
      })
      .catch(() => {});
    await handle.db.execute(sql`SELECT pg_notify('other_channel', 'elsewhere')`);
    await settle();
    expect(got).toEqual(['committed']);
    await stop();
    await handle.db.execute(sql`SELECT pg_notify('listen_test', 'after stop')`);
    await settle();
    expect(got).toEqual(['committed']);
  });

  it('refuses a channel name that is not a plain identifier', async () => {
    await expect(handle.listen('x; DROP TABLE users', () => {})).rejects.toThrow(/channel/);
  });
});
