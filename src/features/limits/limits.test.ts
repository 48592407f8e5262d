import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, queryRows } from '../../db/client.js';
import { createTestDatabase } from '../../test/harness.js';
import {
  type LimitStore,
  Limits,
  MemoryLimitStore,
  PostgresLimitStore,
  progressiveDelay,
  windowLimit,
} from './limits.js';

/** The same rules over both stores: memory (PGlite) and the shared table (PostgreSQL). */
let database: DbHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const stores: [string, () => LimitStore][] = [
  ['memory', () => new MemoryLimitStore()],
  ['the database table', () => new PostgresLimitStore(database.db)],
];

describe.each(stores)('limits kept in %s', (_, makeStore) => {
  let now = 1_800_000_000_000;
  const limits = () => new Limits(makeStore(), 'a test secret that is long enough', () => now);

  it('a window allows its limit, refuses until it ends, then starts again', async () => {
    const l = limits();
    const rule = windowLimit(`w-${Math.random()}`, 3, 10_000);
    const seen: (number | undefined)[] = [];
    for (let i = 0; i < 4; i++) seen.push((await l.attempt(rule, 'k')).retryAfter);
    expect(seen).toEqual([undefined, undefined, undefined, 10]);
    now += 4_000;
    expect((await l.attempt(rule, 'k')).retryAfter).toBe(6);
    expect((await l.attempt(rule, 'other')).retryAfter).toBeUndefined();
    now += 6_001;
    expect(await l.attempt(rule, 'k')).toEqual({ count: 1 });
  });

  it('a progressive rule lets `free` through, then doubles the wait, and refusals cost nothing', async () => {
    const l = limits();
    const rule = progressiveDelay(`p-${Math.random()}`, {
      free: 2,
      baseMs: 1_000,
      maxMs: 4_000,
      windowMs: 86_400_000,
    });
    const at = async (ms: number) => {
      now += ms;
      return (await l.attempt(rule, 'k')).retryAfter;
    };
    // [wait before the attempt, Retry-After expected (undefined: allowed)]
    const table: [number, number | undefined][] = [
      [0, undefined],
      [0, undefined],
      [0, 1], // third: 1 s after the second
      [500, 1], // still too soon; the refusal did not move the clock of the rule
      [500, undefined],
      [0, 2], // fourth: 2 s after the third
      [2_000, undefined],
      [0, 4], // fifth: 4 s (the maximum)
      [4_000, undefined],
      [0, 4], // and it stays at the maximum
    ];
    for (const [wait, expected] of table) expect(await at(wait)).toBe(expected);
    await l.reset(rule, 'k');
    expect(await at(0)).toBeUndefined();
  });

  it('a burst of refused guesses never pushes the wait further', async () => {
    const l = limits();
    const rule = progressiveDelay(`b-${Math.random()}`, {
      free: 2,
      baseMs: 1_000,
      maxMs: 4_000,
      windowMs: 86_400_000,
    });
    await l.attempt(rule, 'k');
    await l.attempt(rule, 'k');
    now += 1_000;
    const burst = await Promise.all(Array.from({ length: 10 }, () => l.attempt(rule, 'k')));
    // One guess got through; every other was refused and changed nothing.
    expect(burst.filter((r) => r.retryAfter === undefined)).toHaveLength(1);
    now += 100;
    await Promise.all(Array.from({ length: 10 }, () => l.attempt(rule, 'k')));
    // The next guess is due 2 s after the one that got through, however many were refused.
    now += 1_900;
    expect((await l.attempt(rule, 'k')).retryAfter).toBeUndefined();
  });

  it('a batched window, shared by two instances, holds once they have heard each other', async () => {
    const store = makeStore();
    const a = new Limits(store, 'a test secret that is long enough', () => now);
    const b = new Limits(store, 'a test secret that is long enough', () => now);
    const rule = windowLimit(`s-${Math.random()}`, 10, 60_000);
    for (let i = 0; i < 8; i++) expect(a.attemptBatched(rule, 'k').retryAfter).toBeUndefined();
    await a.flush();
    expect(b.attemptBatched(rule, 'k').retryAfter).toBeUndefined();
    await b.flush();
    // b has heard of a's eight: its next two pass the limit of ten in all.
    expect(b.attemptBatched(rule, 'k').retryAfter).toBeUndefined();
    expect(b.attemptBatched(rule, 'k').retryAfter).toBeGreaterThan(0);
  });

  it('counts exactly under many attempts at once', async () => {
    const l = limits();
    const rule = windowLimit(`c-${Math.random()}`, 10, 60_000);
    const results = await Promise.all(Array.from({ length: 50 }, () => l.attempt(rule, 'k')));
    expect(results.filter((r) => r.retryAfter === undefined)).toHaveLength(10);
  });

  it('keeps no address or e-mail address, only keyed hashes', async () => {
    if (_ === 'memory') return;
    const l = limits();
    await l.attempt(windowLimit('hashing', 5, 60_000), '203.0.113.77');
    const rows = await queryRows<{ key: string }>(
      database.db,
      sql`SELECT key FROM rate_limit_counters WHERE bucket = 'hashing'`,
    );
    expect(rows[0]!.key).not.toContain('203.0.113');
    expect(rows[0]!.key).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
