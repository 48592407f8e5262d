import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { jobHandlers } from './app/jobs.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/dir-lock.js';
import { scheduleReminders } from './features/attending/reminders.js';
import { refreshOccurrences } from './features/directory/commands.js';
import { scheduleDueFeeds } from './features/feeds/schedule.js';
import { startWorker } from './features/jobs/queue.js';
import { scheduleMeasureRequests } from './features/measures/requests.js';
import { isBundled } from './lib/bundled.js';
import { createLogger } from './lib/logger.js';
import { prepareApp } from './runtime.js';

/** Print a start-up problem plainly (not as a JSON log line) and exit non-zero. */
function fail(message: string): never {
  process.stderr.write(`gatherwell: ${message}\n`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

// `test` is for the test suite, which builds the app itself: a server never runs with it.
if (config.env === 'test') {
  fail('NODE_ENV=test is for the test suite only; use development or production to run the server');
}

const logger = createLogger(config);
const started = performance.now();

if (config.env === 'development') {
  // Development must be asked for (NODE_ENV=development; npm start does) and is never quiet.
  process.stderr.write(
    [
      '',
      '  ┌──────────────────────────────────────────────────────────────────────┐',
      '  │ DEVELOPMENT MODE: for trying Gatherwell on this computer only.       │',
      '  │ It uses public development secrets, keeps mail in an outbox shown    │',
      '  │ at /dev/outbox (to this computer only) and must never face the       │',
      '  │ internet. To deploy, see "Running in production" in the README.      │',
      '  └──────────────────────────────────────────────────────────────────────┘',
      '',
      '',
    ].join('\n'),
  );
  logger.warn(
    { env: 'development' },
    'development mode: public development secrets, not for real use',
  );
}

const prepared = await prepareApp(config, logger, {
  prebuiltAssets: isBundled(),
}).catch((error: unknown) => {
  if (error instanceof DataDirLockedError) fail(error.message);
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
});
const { app, deps } = prepared;

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  logger.info(
    {
      url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
      database: deps.database.driver,
      startupMs: Math.round(performance.now() - started),
    },
    'Gatherwell is listening',
  );
}) as Server;

server.on('error', async (error: NodeJS.ErrnoException) => {
  await deps.database.close();
  fail(
    error.code === 'EADDRINUSE'
      ? `port ${config.port} on ${config.host} is already in use (set PORT to another one)`
      : `the HTTP server failed: ${error.message}`,
  );
});

// Keep the occurrence window rolling and each group's next meeting current.
// Then queue the reminders due in the next day (dedupe keys make a repeat queue nothing), and
// the outcome measures due before the next day's therapy sessions (one request per person,
// measure and session: a repeat run asks nobody twice).
const refresher = setInterval(() => {
  refreshOccurrences(deps.database.db)
    .then(() => scheduleReminders(deps.database.db))
    .then(() => scheduleMeasureRequests(deps.database.db))
    // Managed Meeting Guide feeds that are due: one job each (dedupe keys), run by the worker.
    .then(() => scheduleDueFeeds(deps.database.db))
    .then(() => deps.limits.store.sweep(Date.now()))
    .catch((error: unknown) => logger.error({ err: error }, 'occurrence refresh failed'));
}, 60_000);
refresher.unref();

// Durable background jobs: mail over SMTP, lapsing seat offers, meeting reminders.
const worker = startWorker(deps.database.db, jobHandlers(deps), {
  onError: (error) => logger.error({ err: error }, 'job worker pass failed'),
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  clearInterval(refresher);
  logger.info({ signal }, 'shutting down: finishing requests in flight');
  // Stop accepting; requests already being served finish. Past the timeout, cut the rest.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => {
    logger.warn('shutdown timeout: closing remaining connections');
    server.closeAllConnections();
  }, config.shutdownTimeoutMs);
  await closed;
  clearTimeout(timer);
  // A job being delivered finishes; one not started stays queued for the next start.
  await worker.stop();
  await deps.searchIndex.close();
  try {
    await deps.database.checkpoint();
    await deps.database.close();
    logger.info('database closed cleanly');
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'database did not close cleanly');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
