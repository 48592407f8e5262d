import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrationsDir } from '../lib/paths.js';
import { type DirLock, lockDataDir } from './dir-lock.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The Drizzle database both drivers give; feature code only ever sees this type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbHandle = {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Apply committed migrations; safe to call from several processes on PostgreSQL. */
  migrate(): Promise<void>;
  /** A cheap round trip, for readiness checks. */
  ping(): Promise<void>;
  /** Flush dirty pages so the next start replays little WAL. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
};

export const pgliteExtensions = { cube, earthdistance, pg_trgm };

export type DbOptions =
  | { databaseUrl: string; poolMax?: number }
  | { dataDir: string }
  /** An already-open PGlite (tests hand in a copy of a migrated template). */
  | { pglite: PGlite };

// Any two processes running migrations on one PostgreSQL database queue on this key.
const MIGRATION_LOCK_KEY = 724_311_001;

export async function openDatabase(options: DbOptions): Promise<DbHandle> {
  if ('databaseUrl' in options) return openPostgres(options.databaseUrl, options.poolMax ?? 10);
  if ('pglite' in options) return wrapPglite(options.pglite, undefined);
  if (options.dataDir === 'memory://') {
    return wrapPglite(await PGlite.create({ extensions: pgliteExtensions }), undefined);
  }
  const dir = resolve(options.dataDir);
  // The lock comes first: a second process must never open files the first one owns.
  const lock = lockDataDir(dir);
  try {
    const client = await PGlite.create({ dataDir: dir, extensions: pgliteExtensions });
    return wrapPglite(client, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function wrapPglite(client: PGlite, lock: DirLock | undefined): DbHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    driver: 'pglite',
    async migrate() {
      await migratePglite(drizzlePglite(client), { migrationsFolder: migrationsDir });
    },
    async ping() {
      await client.query('SELECT 1');
    },
    async checkpoint() {
      await client.exec('CHECKPOINT');
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(url: string, poolMax: number): Promise<DbHandle> {
  // Loaded only when a server is configured: the embedded default starts faster without them.
  const { default: pg } = await import('pg');
  const { drizzle: drizzleNodePg } = await import('drizzle-orm/node-postgres');
  const { migrate: migrateNodePg } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    async migrate() {
      // A session-level advisory lock needs one connection for the whole run.
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migrateNodePg(drizzleNodePg(client), { migrationsFolder: migrationsDir });
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
    async checkpoint() {
      // CHECKPOINT needs superuser or pg_checkpoint on a server, and the server checkpoints
      // on its own schedule anyway: nothing to do for a clean shutdown.
    },
    async close() {
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
