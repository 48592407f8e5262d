import { type AppDeps, createApp } from './app.js';
import type { Config } from './config.js';
import { type DbHandle, openDatabase } from './db/client.js';
import { buildAssets } from './lib/assets.js';
import { createLogger, type Logger } from './lib/logger.js';
import { createMetrics } from './lib/metrics.js';

/** Open the configured database: PostgreSQL when DATABASE_URL is set, else PGlite on disk. */
export function openConfiguredDatabase(config: Config): Promise<DbHandle> {
  return config.databaseUrl
    ? openDatabase({ databaseUrl: config.databaseUrl, poolMax: config.databasePoolMax })
    : openDatabase({ dataDir: config.dataDir });
}

/** Everything the server needs before it listens: database migrated, assets built, app made. */
export async function prepareApp(config: Config, logger: Logger = createLogger(config)) {
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    const deps: AppDeps = {
      config,
      database,
      logger,
      assets: await buildAssets(),
      metrics: config.metrics.enabled ? createMetrics({ processMetrics: true }) : undefined,
    };
    return { app: createApp(deps), deps };
  } catch (error) {
    await database.close();
    throw error;
  }
}
