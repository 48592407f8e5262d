import { sql } from 'drizzle-orm';
import { type AppDeps, createApp } from './app.js';
import type { Config } from './config.js';
import { type DatabaseEvent, type DbHandle, openDatabase, queryRows } from './db/client.js';
import type { TraceEntry } from './db/statement-trace.js';
import { accountServices } from './features/accounts/services.js';
import { refreshOccurrences } from './features/directory/commands.js';
import { SearchIndex } from './features/directory/search-index.js';
import { seedDemoDirectory } from './features/directory/seed.js';
import { createOfflineGeocoder } from './features/geo/index.js';
import { loadAssets } from './lib/assets.js';
import { createLogger, type Logger } from './lib/logger.js';
import { createMetrics } from './lib/metrics.js';

/** Open the configured database: PostgreSQL when DATABASE_URL is set, else PGlite on disk. */
export function openConfiguredDatabase(
  config: Config,
  logger: Logger = createLogger(config),
): Promise<DbHandle> {
  return config.databaseUrl
    ? openDatabase({
        databaseUrl: config.databaseUrl,
        poolMax: config.databasePoolMax,
        ownerUrl: config.databaseOwnerUrl,
      })
    : openDatabase({
        dataDir: config.dataDir,
        statementLimitMs: config.databaseStatementLimitMs,
        onEvent: (event) => logDatabaseEvent(logger, event),
      });
}

/** What the embedded database's thread went through (ADR 17): SQL text only, never values. */
function logDatabaseEvent(logger: Logger, event: DatabaseEvent) {
  const recent = (entries: TraceEntry[]) =>
    entries.map(({ seq, kind, sql, params, tx, ms, outcome }) => ({
      seq,
      kind,
      sql,
      params,
      tx,
      ms,
      outcome,
    }));
  switch (event.type) {
    case 'wedged':
      logger.error(
        {
          limitMs: event.limitMs,
          statement: event.statement.sql,
          recent: recent(event.recent),
        },
        'a database statement ran past its limit: ending the database thread and reopening',
      );
      break;
    case 'crashed':
      logger.error(
        { reason: event.reason, recent: recent(event.recent) },
        'the database thread failed: reopening',
      );
      break;
    case 'reopened':
      logger.warn({ ms: event.ms }, 'the database was opened again');
      break;
    case 'reopen-failed':
      logger.fatal({ reason: event.reason }, 'the database could not be opened again');
      break;
  }
}

/** Everything the server needs before it listens: database migrated, assets built, app made. */
export async function prepareApp(
  config: Config,
  logger: Logger = createLogger(config),
  options: { prebuiltAssets?: boolean } = {},
) {
  // esbuild runs while PGlite opens; both take a few hundred milliseconds.
  const assetsBuilt = loadAssets(options.prebuiltAssets ?? false);
  // Awaited below; until then a failure must not surface as an unhandled rejection.
  assetsBuilt.catch(() => {});
  const database = await openConfiguredDatabase(config, logger);
  try {
    // Under the migration lock: two instances starting together must not both seed.
    await database.migrate({
      andThen: async () => {
        if (!config.seedDemoData) return;
        const { seeded } = await seedDemoDirectory(database.db);
        if (seeded > 0) logger.info({ seeded }, 'added demo groups to the empty directory');
      },
    });
    if (database.driver === 'postgres') await warnIfAuditLogWritable(database, logger);
    await refreshOccurrences(database.db);
    // Built before the server listens, so /readyz and every search see the whole directory.
    const searchIndex = await SearchIndex.build(database.db, {
      pollMs: config.searchIndexPollMs,
      logger,
      // PGlite has one connection for everything: results rows come from memory too (ADR 14).
      rowsInMemory: database.driver === 'pglite',
      namesInMemory: database.driver === 'pglite',
    });
    logger.info(
      { groups: searchIndex.stats.groups, buildMs: searchIndex.stats.buildMs },
      'search index built',
    );
    const deps: AppDeps = {
      config,
      database,
      logger,
      assets: await assetsBuilt,
      geocoder: createOfflineGeocoder(),
      searchIndex,
      ...accountServices(config, database, logger),
      metrics: config.metrics.enabled
        ? createMetrics({ processMetrics: true, database })
        : undefined,
    };
    return { app: createApp(deps), deps };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * On PostgreSQL the audit log is protected by the app's role having no right to change it
 * (README, least privilege). Say so at every start when that is not the case.
 */
async function warnIfAuditLogWritable(database: DbHandle, logger: Logger) {
  const [row] = await queryRows<{ can_rewrite: boolean }>(
    database.db,
    sql`SELECT has_table_privilege('audit_events', 'UPDATE, DELETE, TRUNCATE')
            OR pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'audit_events'::regclass),
                           'USAGE') AS can_rewrite`,
  );
  if (row?.can_rewrite) {
    logger.warn(
      'the database role the app runs as can change or empty the audit log: run it with least privilege (README, "Running in production")',
    );
  }
}
