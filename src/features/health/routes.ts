import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import type { Db } from '../../db/client.js';
import { loggableError } from '../../lib/loggable-error.js';

// A ping that waits longer than this (behind a long transaction, say) counts as not ready.
const PING_DEADLINE_MS = 5_000;

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Below this much room on the embedded database's volume, it is not ready (a WAL segment). */
const MIN_FREE_BYTES = 32 * 1024 * 1024;

/** When each database last proved it can write, so a busy probe writes at most every 5 s. */
const lastWrite = new WeakMap<object, number>();
const WRITE_EVERY_MS = 5_000;

async function writeProbe(database: { db: Db }) {
  const last = lastWrite.get(database) ?? 0;
  if (Date.now() - last < WRITE_EVERY_MS) return;
  await database.db.execute(
    sql`INSERT INTO health_probe (id, at) VALUES (1, now())
        ON CONFLICT (id) DO UPDATE SET at = excluded.at`,
  );
  lastWrite.set(database, Date.now());
}

/** Liveness and readiness for load balancers and orchestrators; no personal data here. */
export function healthRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });
  app.get('/readyz', async (c) => {
    c.header('Cache-Control', 'no-store');
    const { database } = c.var.deps;
    // A stuck or restarting database thread (ADR 17) is reported without waiting on it.
    const { state } = database.health();
    if (state !== 'ready') {
      return c.json({ status: 'unavailable', database: database.driver, state }, 503);
    }
    // The embedded database's volume: with too little room, writes start failing one by one.
    const free = database.freeBytes();
    if (free !== undefined && free < MIN_FREE_BYTES) {
      return c.json(
        { status: 'unavailable', database: database.driver, reason: 'disk full', freeBytes: free },
        503,
      );
    }
    let step = 'no answer';
    try {
      await withDeadline(database.ping(), PING_DEADLINE_MS);
      // A database that answers but cannot write (a full disk) is not ready either.
      step = 'cannot write';
      await withDeadline(writeProbe(database), PING_DEADLINE_MS);
      // The search index is built before the server listens (ADR 14); its size and build time
      // tell an operator what a restart costs.
      const { groups, buildMs } = c.var.deps.searchIndex.stats;
      return c.json({
        status: 'ready',
        database: c.var.deps.database.driver,
        searchIndex: { groups, buildMs },
      });
    } catch (error) {
      c.var.deps.logger.warn({ err: loggableError(error), reason: step }, 'readiness check failed');
      return c.json(
        { status: 'unavailable', database: c.var.deps.database.driver, reason: step },
        503,
      );
    }
  });
  app.get('/metrics', async (c) => {
    const { metrics, config } = c.var.deps;
    if (!metrics) return c.notFound();
    if (
      config.metrics.token &&
      c.req.header('authorization') !== `Bearer ${config.metrics.token}`
    ) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.text('Unauthorized', 401);
    }
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
  return app;
}
