import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { jobs } from '../../db/schema/index.js';
import { createTestDatabase } from '../../test/harness.js';
import { claim, drain, enqueue, type Handlers } from './queue.js';

let database: DbHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const counting = () => {
  const seen: unknown[] = [];
  const handlers: Handlers = {
    remind: async (payload) => {
      seen.push(payload.to);
    },
  };
  return { seen, handlers };
};

describe('job queue', () => {
  it('runs a job once, and a job added twice with one key is one job', async () => {
    const db = database.db;
    const { seen, handlers } = counting();
    expect(await enqueue(db, { kind: 'remind', payload: { to: 'a' }, dedupeKey: 'remind:a' })).toBe(
      true,
    );
    expect(await enqueue(db, { kind: 'remind', payload: { to: 'a' }, dedupeKey: 'remind:a' })).toBe(
      false,
    );
    expect(await drain(db, handlers)).toBe(1);
    expect(await drain(db, handlers)).toBe(0);
    expect(seen).toEqual(['a']);
  });

  it('leaves a job for later until it is due', async () => {
    const db = database.db;
    const { seen, handlers } = counting();
    await enqueue(db, {
      kind: 'remind',
      payload: { to: 'later' },
      runAt: new Date(Date.now() + 3_600_000),
    });
    expect(await drain(db, handlers)).toBe(0);
    expect(seen).toEqual([]);
  });

  it('sends a job interrupted by a restart exactly once', async () => {
    const db = database.db;
    const { seen, handlers } = counting();
    await enqueue(db, { kind: 'remind', payload: { to: 'b' }, dedupeKey: 'remind:b' });
    // A worker claims the job and dies before finishing it.
    const [taken] = await claim(db, 'dead-worker', 10, 60_000);
    expect(taken?.payload).toEqual({ to: 'b' });
    // While its lease lasts, nobody else runs it.
    expect(await drain(db, handlers, { worker: 'new-worker' })).toBe(0);
    // The lease runs out (as it would a minute after the crash); the restarted worker runs it once.
    await db
      .update(jobs)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(jobs.dedupeKey, 'remind:b'));
    expect(await drain(db, handlers, { worker: 'new-worker' })).toBe(1);
    expect(await drain(db, handlers, { worker: 'new-worker' })).toBe(0);
    expect(seen).toEqual(['b']);
    // The dead worker coming back cannot mark someone else's run as its own.
    const [row] = await db.select().from(jobs).where(eq(jobs.dedupeKey, 'remind:b'));
    expect(row?.lockedBy).toBe('new-worker');
    expect(row?.doneAt).not.toBeNull();
  });

  it('never hands one job to two workers', async () => {
    const db = database.db;
    for (let i = 0; i < 6; i++) await enqueue(db, { kind: 'remind', payload: { to: `p${i}` } });
    const [first, second] = await Promise.all([
      claim(db, 'one', 4, 60_000),
      claim(db, 'two', 4, 60_000),
    ]);
    const ids = [...(first ?? []), ...(second ?? [])].map((j) => j.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(6);
  });

  it('retries a failing job with backoff and gives up after its last attempt', async () => {
    const db = database.db;
    let calls = 0;
    const handlers: Handlers = {
      flaky: async () => {
        calls++;
        throw Object.assign(new Error('550 no such user ana@example.org'), {
          code: 'EENVELOPE',
          responseCode: 550,
        });
      },
    };
    await enqueue(db, { kind: 'flaky', payload: {}, dedupeKey: 'flaky', maxAttempts: 2 });
    await drain(db, handlers);
    let [row] = await db.select().from(jobs).where(eq(jobs.dedupeKey, 'flaky'));
    expect(row?.lastError).toBe('Error EENVELOPE 550');
    expect(row?.failedAt).toBeNull();
    expect(row?.runAt.getTime()).toBeGreaterThan(Date.now());
    await db.update(jobs).set({ runAt: sql`now()` }).where(eq(jobs.dedupeKey, 'flaky'));
    await drain(db, handlers);
    [row] = await db.select().from(jobs).where(eq(jobs.dedupeKey, 'flaky'));
    expect(row?.failedAt).not.toBeNull();
    expect(calls).toBe(2);
  });
});
