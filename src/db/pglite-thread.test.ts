import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestDatabase } from '../test/harness.js';
import {
  type DatabaseEvent,
  DatabaseUnavailableError,
  type DbHandle,
  openDatabase,
  queryRows,
} from './client.js';

/**
 * The embedded database runs on its own thread (ADR 17). pg_sleep is a real statement that
 * blocks PGlite's thread the way a stuck one does, so these tests need no hook in the code.
 * One database on disk serves every test: each wedge ends its thread and the next test runs on
 * the reopened database, which is itself part of what is tested.
 */
const dirs: string[] = [];
const tempDir = () => {
  const made = mkdtempSync(join(tmpdir(), 'gatherwell-thread-'));
  dirs.push(made);
  return made;
};
const dir = tempDir();
const events: DatabaseEvent[] = [];

const DEEP_FUNCTION = `CREATE OR REPLACE FUNCTION deep(n int) RETURNS int LANGUAGE plpgsql AS $$
  BEGIN IF n = 0 THEN RETURN 0; END IF; RETURN deep(n - 1) + 1; END $$`;
let handle: DbHandle;

beforeAll(async () => {
  handle = await openDatabase({
    dataDir: dir,
    statementLimitMs: 1_500,
    onEvent: (event) => events.push(event),
  });
  await handle.migrate();
});
afterAll(async () => {
  await handle.close();
  for (const made of dirs) rmSync(made, { recursive: true, force: true });
});

async function until(check: () => boolean, ms = 10_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const reasonOf = (error: unknown) => {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof DatabaseUnavailableError) return e.reason;
  }
  return undefined;
};

// These open databases on disk, end threads and reopen them: seconds each on a quiet machine,
// far more while other test files share the two cores, so they get more than the usual 30 s.
describe('the database thread', { timeout: 120_000 }, () => {
  it('keeps this thread free, ends a stuck statement, and reopens with what was committed', async () => {
    await handle.db.execute(sql`CREATE TABLE kept (id int PRIMARY KEY)`);
    await handle.db.execute(sql`INSERT INTO kept VALUES (1), (2)`);
    const before = handle.health();

    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const started = Date.now();
    const stuck = handle.db.execute(sql`SELECT pg_sleep(30)`).catch((e: unknown) => e);
    const waiting = handle.db.execute(sql`SELECT count(*) FROM kept`).catch((e: unknown) => e);
    const [stuckError, waitingError] = await Promise.all([stuck, waiting]);
    clearInterval(ticker);

    // This thread went on: timers fired while the statement was stuck.
    expect(ticks).toBeGreaterThanOrEqual(15);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(reasonOf(stuckError)).toBe('wedged');
    expect(reasonOf(waitingError)).toBe('wedged');
    const wedged = events.findLast((e) => e.type === 'wedged');
    expect(wedged?.type === 'wedged' && wedged.statement.sql).toBe('SELECT pg_sleep(30)');
    expect(wedged?.type === 'wedged' && wedged.recent.map((e) => e.sql)).toContain(
      'INSERT INTO kept VALUES (1), (2)',
    );

    await until(() => handle.health().state === 'ready');
    expect(handle.health()).toMatchObject({
      wedges: before.wedges + 1,
      reopens: before.reopens + 1,
    });
    const rows = await queryRows<{ id: number }>(handle.db, sql`SELECT id FROM kept ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual([1, 2]);
  });

  it('fails a transaction that was open when its thread was ended, and runs the next one', async () => {
    await handle.db.execute(sql`CREATE TABLE t (id int PRIMARY KEY)`);
    const lost = handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO t VALUES (1)`);
        await tx.execute(sql`SELECT pg_sleep(30)`);
        await tx.execute(sql`INSERT INTO t VALUES (2)`);
      })
      .catch((e: unknown) => e);
    expect(reasonOf(await lost)).toBe('wedged');
    await until(() => handle.health().state === 'ready');
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO t VALUES (3)`);
    });
    const rows = await queryRows<{ id: number }>(handle.db, sql`SELECT id FROM t ORDER BY id`);
    // The open transaction's insert was never committed.
    expect(rows.map((r) => r.id)).toEqual([3]);
  });

  it('keeps a transaction to itself: other statements wait for its end', async () => {
    await handle.db.execute(sql`CREATE TABLE pair (id int PRIMARY KEY)`);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tx = handle.db.transaction(async (t) => {
      await t.execute(sql`INSERT INTO pair VALUES (1)`);
      await gate;
      await t.execute(sql`INSERT INTO pair VALUES (2)`);
    });
    // Issued while the transaction is open: must see both rows or none, never one.
    const outside = queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM pair`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await tx;
    expect((await outside)[0]!.n).toBe(2);
  });

  it('passes database errors through with their fields, and goes on', async () => {
    await handle.db.execute(sql`CREATE TABLE u (id int PRIMARY KEY)`);
    await handle.db.execute(sql`INSERT INTO u VALUES (1)`);
    const error = (await handle.db
      .execute(sql`INSERT INTO u VALUES (1)`)
      .catch((e: unknown) => e)) as Error;
    expect((error.cause as { code?: string }).code).toBe('23505');
    await handle.ping();
    expect(handle.health().state).toBe('ready');
  });

  it('lets PostgreSQL stop a runaway recursion itself, and goes on', async () => {
    // Recursing until PostgreSQL's own limit takes a second or more on a busy machine: a database
    // with the usual statement limit, so the watchdog (1.5 s on this file's) does not step in.
    const own = await createTestDatabase();
    try {
      await own.db.execute(sql.raw(DEEP_FUNCTION));
      const error = (await own.db
        .execute(sql`SELECT deep(${100_000})`)
        .catch((e: unknown) => e)) as Error;
      expect((error.cause as { code?: string }).code).toBe('54001'); // stack depth limit exceeded
      const before = own.health().crashes;
      const rows = await queryRows<{ n: number }>(own.db, sql`SELECT deep(${500}) AS n`);
      expect(rows[0]!.n).toBe(500);
      expect(own.health().crashes).toBe(before);
    } finally {
      await own.close();
    }
  });

  it('never serves an answer after PostgreSQL lost its state mid-statement, and reopens', async () => {
    // A small stack makes V8 overflow inside PostgreSQL before PostgreSQL's own check fires:
    // PGlite would swallow that and go on with errors lost and empty results (ADR 17).
    const small = tempDir();
    const seen: DatabaseEvent[] = [];
    const db = await openDatabase({
      dataDir: small,
      statementLimitMs: 5_000,
      stackSizeMb: 1,
      onEvent: (event) => seen.push(event),
    });
    try {
      await db.db.execute(sql.raw(DEEP_FUNCTION));
      await db.db.execute(sql`CREATE TABLE once (id int PRIMARY KEY)`);
      const lost = await db.db.execute(sql`SELECT deep(${3000})`).catch((e: unknown) => e);
      expect(reasonOf(lost)).toBe('crashed');
      const crashed = seen.find((e) => e.type === 'crashed');
      expect(crashed?.type === 'crashed' && crashed.reason).toContain('RangeError');
      expect(crashed?.type === 'crashed' && crashed.statement?.sql).toBe('SELECT deep($1)');

      await until(() => db.health().state === 'ready');
      // Errors are reported again, and answers are right.
      const zero = (await db.db
        .execute(sql`SELECT ${1}::int / 0`)
        .catch((e: unknown) => e)) as Error;
      expect((zero.cause as { code?: string }).code).toBe('22012');
      await db.db.execute(sql`INSERT INTO once VALUES (${1})`);
      const twice = (await db.db
        .execute(sql`INSERT INTO once VALUES (${1})`)
        .catch((e: unknown) => e)) as Error;
      expect((twice.cause as { code?: string }).code).toBe('23505');
      const rows = await queryRows<{ n: number }>(db.db, sql`SELECT ${1}::int + 1 AS n`);
      expect(rows[0]!.n).toBe(2);
    } finally {
      await db.close();
    }
  });

  it('stays closed when closed while it reopens, and lets go of its files', async () => {
    const own = tempDir();
    const db = await openDatabase({ dataDir: own, statementLimitMs: 1_000 });
    const stuck = db.db.execute(sql`SELECT pg_sleep(30)`).catch((e: unknown) => e);
    await until(() => db.health().state === 'opening');
    await db.close();
    await stuck;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(db.health().state).toBe('closed');
    // The directory is free: another handle may open it at once.
    const again = await openDatabase({ dataDir: own });
    await again.close();
  });

  it('cannot reopen a database kept in memory, and says so', async () => {
    // Not the suite's test database, which may be a PostgreSQL server: this is about PGlite.
    const memory = await openDatabase({ dataDir: 'memory://', statementLimitMs: 1_000 });
    try {
      const stuck = memory.db.execute(sql`SELECT pg_sleep(30)`).catch((e: unknown) => e);
      expect(reasonOf(await stuck)).toBe('wedged');
      // Asked while the thread is being ended: answered too, never left waiting.
      const meanwhile = await memory.db.execute(sql`SELECT 1`).catch((e: unknown) => e);
      expect(['wedged', 'failed']).toContain(reasonOf(meanwhile));
      await until(() => memory.health().state === 'failed');
      const after = await memory.db.execute(sql`SELECT 1`).catch((e: unknown) => e);
      expect(reasonOf(after)).toBe('failed');
    } finally {
      await memory.close();
    }
  });
});

describe('the server while the database is stuck', { timeout: 120_000 }, () => {
  it('answers 503 with Retry-After, stays alive, reports not ready, then recovers', async () => {
    const t = await createTestApp({ database: handle, env: { METRICS_ENABLED: 'true' } });
    const before = handle.health();
    const stuck = handle.db.execute(sql`SELECT pg_sleep(60)`).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));

    // The process is not frozen: liveness answers at once.
    const live = Date.now();
    expect((await t.app.request('/healthz')).status).toBe(200);
    expect(Date.now() - live).toBeLessThan(500);

    // A page that needs the database waits for the limit, then gets a clear 503; readiness
    // says no rather than waiting.
    const [page, ready] = await Promise.all([
      t.app.request('/groups/no-such-group'),
      t.app.request('/readyz'),
    ]);
    expect(ready.status).toBe(503);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('30');
    expect(await page.text()).toContain('could not reach our records');
    await stuck;

    await until(() => handle.health().state === 'ready');
    expect((await t.app.request('/readyz')).status).toBe(200);
    const metrics = await (await t.app.request('/metrics')).text();
    expect(metrics).toContain(`gatherwell_database_wedges_total ${before.wedges + 1}`);
    expect(metrics).toContain(`gatherwell_database_reopens_total ${before.reopens + 1}`);
    expect((await t.app.request('/groups')).status).toBe(200);
    await t.searchIndex.close();
  });
});
