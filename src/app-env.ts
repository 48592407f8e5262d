import type { Config } from './config.js';
import type { DbHandle } from './db/client.js';
import type { Geocoder } from './features/geo/index.js';
import type { Assets } from './lib/assets.js';
import type { Logger } from './lib/logger.js';
import type { Metrics } from './lib/metrics.js';

/** What the app is built from: the server and the tests hand in the same things. */
export type AppDeps = {
  config: Config;
  database: DbHandle;
  logger: Logger;
  assets: Assets;
  geocoder: Geocoder;
  /** Present only when metrics are enabled. */
  metrics?: Metrics;
};

/** Per-request values set by middleware, typed for every router. */
export type AppEnv = {
  Variables: {
    requestId: string;
    secureHeadersNonce?: string;
    deps: AppDeps;
  };
};
