import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { PGliteThread } from '../db/pglite-thread.js';
import { leaseDatabase } from './pglite-pool.js';

// The shared embedded databases must come back as the migrations left them, or not at all.
const source = inject('testDatabase');
const open = () => {
  if (source.kind !== 'pglite') throw new Error('PGlite only');
  return PGliteThread.open({
    spec: { load: new Uint8Array(readFileSync(source.dumpPath)) },
    statementLimitMs: 20_000,
  });
};
type Rows<T> = { rows: T[] };

describe.skipIf(source.kind !== 'pglite')('test databases shared within a fork', () => {
  it('come back with the migrations’ rows only, sequences set back', async () => {
    const first = await leaseDatabase(open);
    const outbox = `INSERT INTO mail_outbox ("to", subject, text, html, kind)
                    VALUES ('a@example.org', 's', 't', 'h', 'k') RETURNING id`;
    const before = (await first.query(outbox)) as Rows<{ id: string }>;
    await first.query(`SELECT nextval('membership_arrival_seq')`);
    await first.close();

    const second = await leaseDatabase(open);
    const count = (await second.query('SELECT count(*)::int AS n FROM mail_outbox')) as Rows<{
      n: number;
    }>;
    expect(count.rows[0]?.n).toBe(0);
    const again = (await second.query(outbox)) as Rows<{ id: string }>;
    expect(again.rows[0]?.id).toEqual(before.rows[0]?.id);
    const migrations = (await second.query(
      'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations',
    )) as Rows<{ n: number }>;
    expect(migrations.rows[0]?.n).toBeGreaterThan(0);
    await second.close();
  });

  it('refuse statements once closed, so a late call cannot reach the next file', async () => {
    const lease = await leaseDatabase(open);
    await lease.close();
    await expect(lease.query('SELECT 1')).rejects.toThrow(/closed/);
  });

  it('are not reused when a test changed the schema', async () => {
    const changed = await leaseDatabase(open);
    await changed.exec('ALTER TABLE mail_outbox ADD COLUMN leftover text');
    await changed.close();
    const next = await leaseDatabase(open);
    const columns = (await next.query(
      `SELECT count(*)::int AS n FROM information_schema.columns
        WHERE table_name = 'mail_outbox' AND column_name = 'leftover'`,
    )) as Rows<{ n: number }>;
    expect(columns.rows[0]?.n).toBe(0);
    await next.close();
  });
});
