import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { createTestDatabase } from '../../test/harness.js';
import { audit } from './audit.js';
import { verifyAuditChain } from './audit-chain.js';

/** The audit log as a hash chain: every append a link, every later change a break. */
let database: DbHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** What only the table's owner can do (this test runs as one): write behind the trigger. */
async function tamper(statement: ReturnType<typeof sql>) {
  const { db } = database;
  await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
  try {
    await db.execute(statement);
  } finally {
    await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
  }
}

describe('the audit chain', () => {
  it('links every append, also when many processes write at once', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        audit(database.db, {
          action: i % 2 ? 'sign_in.failed' : 'sign_in.succeeded',
          actorId: `user-${i}`,
          targetType: 'user',
          targetId: `user-${i}`,
          ip: i % 3 ? `198.51.100.${i}` : `2001:db8:0:${i}::1`,
          details: { reason: 'x', n: i, ok: i % 2 === 0 },
        }),
      ),
    );
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ ok: true, checked: 40, length: 40 });
    expect(report.head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds a row changed behind the append-only trigger', async () => {
    await tamper(sql`UPDATE audit_events SET action = 'sign_out' WHERE chain_pos = 7`);
    const report = await verifyAuditChain(database.db);
    expect(report.ok).toBe(false);
    expect(report.problems).toContain('link 7 was changed after it was written');
  });

  it('finds a row removed from the middle, and a tail cut off', async () => {
    await tamper(sql`DELETE FROM audit_events WHERE chain_pos = 12`);
    let report = await verifyAuditChain(database.db);
    expect(report.problems).toContain('link 12 to 12 missing');
    expect(report.problems).toContain('link 13 does not follow the link before it');
    await tamper(sql`DELETE FROM audit_events WHERE chain_pos > 35`);
    report = await verifyAuditChain(database.db);
    expect(report.problems).toContain('the chain ends at 35, its head says 40');
  });
});
