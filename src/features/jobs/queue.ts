import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { jobs } from '../../db/schema/index.js';

export type Job = { id: number; kind: string; payload: Record<string, unknown>; attempts: number };

/**
 * Add a job. With a dedupe key, adding the same job again changes nothing (and returns false),
 * so a reminder scheduled twice is still sent once.
 */
export async function enqueue(
  db: Db,
  job: {
    kind: string;
    payload: Record<string, unknown>;
    runAt?: Date;
    dedupeKey?: string;
    maxAttempts?: number;
  },
): Promise<boolean> {
  const rows = await db
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload,
      runAt: job.runAt ?? new Date(),
      dedupeKey: job.dedupeKey ?? null,
      maxAttempts: job.maxAttempts ?? 5,
    })
    .onConflictDoNothing({ target: jobs.dedupeKey })
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * Claim up to `limit` due jobs for `leaseMs`. A job whose worker died (lease expired without
 * completion) is due again, so a restart resumes it; `SKIP LOCKED` keeps two workers from
 * taking the same row.
 */
export async function claim(
  db: Db,
  worker: string,
  limit: number,
  leaseMs: number,
): Promise<Job[]> {
  return queryRows<Job>(
    db,
    sql`UPDATE jobs SET locked_until = now() + ${`${leaseMs} milliseconds`}::interval,
               locked_by = ${worker}, attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM jobs
          WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= now()
            AND (locked_until IS NULL OR locked_until < now())
          ORDER BY run_at, id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, payload, attempts`,
  );
}

/**
 * Mark a job done, only if this worker still holds it. The payload (an address, a message) is
 * not needed any more and is dropped, so finished jobs keep no personal data.
 */
export async function complete(db: Db, worker: string, id: number) {
  await db
    .update(jobs)
    .set({ doneAt: sql`now()`, lockedUntil: null, payload: {} })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, worker)));
}

/** A failed attempt: try again later (exponential backoff), or give up after the last one. */
export async function fail(db: Db, worker: string, job: Job, error: unknown) {
  // The class and code only: a mail server's message often quotes the recipient's address.
  const e = error as { name?: string; code?: string; responseCode?: number };
  const message = [e?.name ?? 'Error', e?.code, e?.responseCode].filter(Boolean).join(' ');
  const backoffSeconds = Math.min(3600, 30 * 2 ** (job.attempts - 1));
  await db
    .update(jobs)
    .set({
      lastError: message.slice(0, 200),
      lockedUntil: null,
      failedAt: sql`CASE WHEN ${jobs.attempts} >= ${jobs.maxAttempts} THEN now() END`,
      // A job given up on keeps its error for the operator, not its personal payload.
      payload: sql`CASE WHEN ${jobs.attempts} >= ${jobs.maxAttempts} THEN '{}'::jsonb ELSE ${jobs.payload} END`,
      runAt: sql`now() + ${`${backoffSeconds} seconds`}::interval`,
    })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, worker)));
}

export type Handlers = Record<
  string,
  (payload: Record<string, unknown>, job: Job) => Promise<void>
>;

/** Run due jobs until none is left (one pass of the worker; also handy in tests). */
export async function drain(
  db: Db,
  handlers: Handlers,
  options: { worker?: string; batch?: number; leaseMs?: number } = {},
): Promise<number> {
  const worker = options.worker ?? `w-${randomUUID()}`;
  let done = 0;
  for (;;) {
    const batch = await claim(db, worker, options.batch ?? 10, options.leaseMs ?? 60_000);
    if (batch.length === 0) return done;
    for (const job of batch) {
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(job.payload, job);
        await complete(db, worker, job.id);
        done++;
      } catch (error) {
        await fail(db, worker, job, error);
      }
    }
  }
}

/** The workers running in this process, woken by `wakeWorkers`. */
const awake = new Set<() => void>();

/**
 * Ask this process's workers for a pass now instead of at their next poll. A feature calls it
 * after committing a job that must not wait (a safety alert's mail); other instances still find
 * the job at their next poll, and a wake while a pass runs makes one more pass after it.
 */
export function wakeWorkers() {
  for (const wake of awake) wake();
}

/** Poll for due jobs every `pollMs` until stopped; `stop()` waits for the pass in progress. */
export function startWorker(
  db: Db,
  handlers: Handlers,
  options: { pollMs?: number; leaseMs?: number; onError?: (error: unknown) => void } = {},
) {
  const worker = `w-${randomUUID()}`;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let busy = false;
  let again = false;
  const tick = () => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    busy = true;
    running = drain(db, handlers, { worker, leaseMs: options.leaseMs })
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        busy = false;
        if (stopped) return;
        const next = again ? 0 : (options.pollMs ?? 5_000);
        again = false;
        timer = setTimeout(tick, next);
      });
  };
  const wake = () => {
    if (busy) again = true;
    else tick();
  };
  awake.add(wake);
  tick();
  return {
    async stop() {
      stopped = true;
      awake.delete(wake);
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
