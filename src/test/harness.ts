import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { type AppDeps, createApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import {
  type DatabaseEvent,
  type DbHandle,
  openDatabase,
  pgliteHandle,
  queryRows,
} from '../db/client.js';
import { PGliteThread } from '../db/pglite-thread.js';
import { formatTrace } from '../db/statement-trace.js';
import { accountServices } from '../features/accounts/services.js';
import { SearchIndex } from '../features/directory/search-index.js';
import { createOfflineGeocoder } from '../features/geo/index.js';
import { type Assets, buildAssets } from '../lib/assets.js';
import { createLogger } from '../lib/logger.js';
import { createMetrics } from '../lib/metrics.js';
import { leaseDatabase } from './pglite-pool.js';

export type TestDatabaseSource =
  | { kind: 'pglite'; dumpPath: string }
  | { kind: 'postgres'; serverUrl: string; template: string; runId: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseSource;
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const TEST_STATEMENT_LIMIT_MS = 20_000;

/**
 * A database thread that stops answering fails the test file with the statement it was running
 * and the ones before it (ADR 17), instead of hanging the run.
 */
export function reportDatabaseEvent(event: DatabaseEvent) {
  if (event.type === 'wedged') {
    process.stderr.write(
      `\n[database] a statement ran past ${event.limitMs} ms; the database thread was ended.\n` +
        `  stuck: ${event.statement.sql}\n  last statements:\n${formatTrace(event.recent)}\n`,
    );
  } else if (event.type === 'crashed') {
    process.stderr.write(
      `\n[database] the database thread failed: ${event.reason}\n${formatTrace(event.recent)}\n`,
    );
  }
}

/** A fresh, migrated database of its own: a PGlite copy in memory, or a server database. */
export async function createTestDatabase(
  options: { statementLimitMs?: number } = {},
): Promise<DbHandle> {
  const source = inject('testDatabase');
  if (source.kind === 'pglite') {
    const open = () =>
      PGliteThread.open({
        spec: { load: new Uint8Array(readFileSync(source.dumpPath)) },
        // Below the 30 s test timeout, so a stuck statement is named before the test gives up.
        statementLimitMs: options.statementLimitMs ?? TEST_STATEMENT_LIMIT_MS,
        onEvent: reportDatabaseEvent,
      });
    // A database with its own statement limit is for a test of the thread itself: never shared.
    return pgliteHandle(options.statementLimitMs ? await open() : await leaseDatabase(open));
  }
  const name = `${source.runId}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: source.serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${source.template}`);
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({
    databaseUrl: withDatabase(source.serverUrl, name),
    poolMax: 4,
  });
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: source.serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

let assets: Promise<Assets> | undefined;

/** What production refuses to start without, with test values: for routes that differ there. */
export const PRODUCTION_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://gatherwell.example',
  AUTH_SECRET: 'a-production-secret-that-is-long-enough-0123',
  INTAKE_KEY: Buffer.alloc(32, 3).toString('base64'),
};

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
}

/** The real app on its own database. Call `close()` in afterAll. */
export async function createTestApp(
  options: { env?: Record<string, string>; database?: DbHandle } = {},
) {
  const config = testConfig(options.env);
  const database = options.database ?? (await createTestDatabase());
  assets ??= buildAssets();
  const logger = createLogger(config);
  // No polling: tests announce their writes (saveGroup does), or call catchUp() after raw SQL.
  const searchIndex = await SearchIndex.build(database.db, {
    rowsInMemory: database.driver === 'pglite',
    namesInMemory: database.driver === 'pglite',
  });
  const deps: AppDeps = {
    config,
    database,
    logger,
    assets: await assets,
    geocoder: createOfflineGeocoder(),
    searchIndex,
    ...accountServices(config, database, logger),
    metrics: config.metrics.enabled
      ? createMetrics({ processMetrics: false, database })
      : undefined,
  };
  return {
    app: createApp(deps),
    deps,
    db: database.db,
    searchIndex,
    close: async () => {
      await searchIndex.close();
      await database.close();
    },
  };
}

/**
 * A second app instance's handle on the same PostgreSQL database (its own pool and LISTEN
 * connection), for tests of what instances tell each other; null on PGlite, which one process
 * owns. The caller closes it before the first handle.
 */
export async function secondInstance(handle: DbHandle): Promise<DbHandle | null> {
  const source = inject('testDatabase');
  if (source.kind === 'pglite' || handle.driver !== 'postgres') return null;
  const [row] = await queryRows<{ name: string }>(
    handle.db,
    sql`SELECT current_database() AS name`,
  );
  return openDatabase({ databaseUrl: withDatabase(source.serverUrl, row?.name ?? ''), poolMax: 4 });
}
