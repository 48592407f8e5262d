import { statfsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrationsDir } from '../lib/paths.js';
import { type DirLock, lockDataDir } from './dir-lock.js';
import type { DatabaseEvent, DatabaseState } from './pglite-events.js';
import { templateFor } from './pglite-template.js';
import { PGliteThread } from './pglite-thread.js';
import { PostgresListener } from './postgres-listen.js';
import { tracePool } from './postgres-trace.js';
import * as schema from './schema/index.js';
import { StatementTrace, type TraceEntry } from './statement-trace.js';

export type Schema = typeof schema;
/** The Drizzle database both drivers give; feature code only ever sees this type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbHandle = {
  db: Db;
  driver: 'pglite' | 'postgres';
  /**
   * Apply committed migrations, then run `andThen` (first-start seeding), both under one lock:
   * several processes starting together on PostgreSQL queue here, so the second one finds the
   * first one's work done.
   */
  migrate(options?: { andThen?: () => Promise<unknown> }): Promise<void>;
  /** A cheap round trip, for readiness checks. */
  ping(): Promise<void>;
  /** Whether the database can be used, and how often its thread had to be restarted. */
  health(): DbHealth;
  /** The last statements sent (SQL and parameter counts, never values), oldest first. */
  recentStatements(): TraceEntry[];
  /**
   * Free bytes on the volume holding the database's files, where the app can see it (PGlite on
   * disk); undefined for a server, whose disk is its own business, or a database in memory.
   */
  freeBytes(): number | undefined;
  /**
   * Receive the payloads of NOTIFY on `channel` (sent by any instance, after its transaction
   * commits). `onResync` runs after the connection was lost and listening again: notifications
   * sent meanwhile are gone, so the caller catches up from the tables. Returns an unsubscribe.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onResync?: () => void,
  ): Promise<() => Promise<void>>;
  /** Flush dirty pages so the next start replays little WAL. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
};

export type DbHealth = { state: DatabaseState; wedges: number; crashes: number; reopens: number };

export type { DatabaseEvent } from './pglite-events.js';
export { DatabaseUnavailableError } from './pglite-events.js';

/** Options the embedded database takes, wherever its files come from. */
type PgliteOptions = {
  /** The longest one statement may run before its thread counts as stuck (ADR 17). */
  statementLimitMs?: number;
  onEvent?: (event: DatabaseEvent) => void;
  /** The database thread's stack (tests make it small to cause an overflow). */
  stackSizeMb?: number;
};

export type DbOptions =
  | { databaseUrl: string; poolMax?: number; ownerUrl?: string }
  | ({ dataDir: string } & PgliteOptions)
  /** A database in memory, loaded from a dump (tests copy a migrated template this way). */
  | ({ pgliteDump: Uint8Array<ArrayBuffer> } & PgliteOptions);

export type PgliteDbHandle = DbHandle & {
  driver: 'pglite';
  /** The database's files as a tar archive. */
  dump(): Promise<Uint8Array>;
};

// Any two processes running migrations on one PostgreSQL database queue on this key.
const MIGRATION_LOCK_KEY = 724_311_001;

export const DEFAULT_STATEMENT_LIMIT_MS = 30_000;

export function openDatabase(options: {
  databaseUrl: string;
  poolMax?: number;
  ownerUrl?: string;
}): Promise<DbHandle>;
export function openDatabase(
  options: ({ dataDir: string } | { pgliteDump: Uint8Array<ArrayBuffer> }) & PgliteOptions,
): Promise<PgliteDbHandle>;
export function openDatabase(options: DbOptions): Promise<DbHandle>;
export async function openDatabase(options: DbOptions): Promise<DbHandle> {
  if ('databaseUrl' in options) {
    return openPostgres(options.databaseUrl, options.poolMax ?? 10, options.ownerUrl);
  }
  const threadOptions = {
    statementLimitMs: options.statementLimitMs ?? DEFAULT_STATEMENT_LIMIT_MS,
    onEvent: options.onEvent,
    stackSizeMb: options.stackSizeMb,
  };
  if ('pgliteDump' in options) {
    return wrapPglite(
      await PGliteThread.open({ spec: { load: options.pgliteDump }, ...threadOptions }),
      undefined,
    );
  }
  if (options.dataDir === 'memory://') {
    return wrapPglite(await PGliteThread.open({ spec: {}, ...threadOptions }), undefined);
  }
  const dir = resolve(options.dataDir);
  // The lock comes first: a second process must never open files the first one owns.
  const lock = lockDataDir(dir);
  try {
    const thread = await PGliteThread.open({
      spec: { dataDir: dir, template: templateFor(dir) },
      ...threadOptions,
    });
    return wrapPglite(thread, lock, dir);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** What a handle needs of the database thread (tests lend one out: src/test/pglite-pool.ts). */
export type PgliteThreadLike = Pick<
  PGliteThread,
  'query' | 'exec' | 'transaction' | 'dump' | 'close' | 'stats' | 'trace' | 'listen'
>;

/** A handle over a database thread that is already open, with no folder lock. */
export const pgliteHandle = (thread: PgliteThreadLike) => wrapPglite(thread, undefined);

function wrapPglite(
  thread: PgliteThreadLike,
  lock: DirLock | undefined,
  dataDir?: string,
): PgliteDbHandle {
  // drizzle's PGlite session calls only query, exec and transaction, which the thread provides.
  const client = thread as unknown as PGlite;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    driver: 'pglite',
    // One process owns a PGlite directory (dir-lock.ts): there is no one to queue with.
    async migrate(options = {}) {
      await migratePglite(drizzlePglite(client), { migrationsFolder: migrationsDir });
      await options.andThen?.();
    },
    async ping() {
      await thread.query('SELECT 1');
    },
    listen: (channel, onPayload, onResync) => thread.listen(channel, onPayload, onResync),
    health: () => thread.stats,
    recentStatements: () => thread.trace.recent(),
    freeBytes: () => {
      if (!dataDir) return undefined;
      const stats = statfsSync(dataDir);
      return stats.bavail * stats.bsize;
    },
    dump: () => thread.dump(),
    async checkpoint() {
      await thread.exec('CHECKPOINT');
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await thread.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(
  url: string,
  poolMax: number,
  ownerUrl: string | undefined,
): Promise<DbHandle> {
  // Loaded only when a server is configured: the embedded default starts faster without them.
  const { default: pg } = await import('pg');
  const { drizzle: drizzleNodePg } = await import('drizzle-orm/node-postgres');
  const { migrate: migrateNodePg } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const trace = new StatementTrace(50);
  tracePool(pool, trace);
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  const listener = new PostgresListener(pg.Client, url);
  return {
    db,
    driver: 'postgres',
    listen: (channel, onPayload, onResync) => listener.listen(channel, onPayload, onResync),
    async migrate(options = {}) {
      // A session-level advisory lock needs one connection for the whole run: a connection of
      // its own (the owner's, when the app's role may not change the schema), so that seeding
      // can use the pool even when the pool has a single connection.
      const client = new pg.Client({ connectionString: ownerUrl ?? url });
      await client.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migrateNodePg(drizzleNodePg(client), { migrationsFolder: migrationsDir });
          await options.andThen?.();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        await client.end();
      }
    },
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
    // The server runs each statement in its own process; a stuck one is its business.
    health: () => ({ state: pool.ending ? 'closed' : 'ready', wedges: 0, crashes: 0, reopens: 0 }),
    recentStatements: () => trace.recent(),
    freeBytes: () => undefined,
    async checkpoint() {
      // CHECKPOINT needs superuser or pg_checkpoint on a server, and the server checkpoints
      // on its own schedule anyway: nothing to do for a clean shutdown.
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

/**
 * Run raw SQL and return its rows. Both drivers answer `execute` with `{ rows }`, but the
 * shared Drizzle type cannot say so; this is the one place that bridges it.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
