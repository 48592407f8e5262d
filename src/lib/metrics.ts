import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DbHealth } from '../db/client.js';

/** Prometheus metrics for one app instance (its own registry, so tests can build many apps). */
export type Metrics = {
  registry: Registry;
  observe(method: string, route: string, status: number, seconds: number): void;
};

export function createMetrics(options: {
  processMetrics: boolean;
  database?: { health(): DbHealth };
}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  if (options.database) databaseMetrics(registry, options.database);
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, matched route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method and matched route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.002, 0.005, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return {
    registry,
    observe(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      duration.observe({ method, route }, seconds);
    },
  };
}

/** The embedded database's thread: stuck statements, failures and reopenings (ADR 17). */
function databaseMetrics(registry: Registry, database: { health(): DbHealth }) {
  const counter = (name: string, help: string, read: (h: DbHealth) => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read(database.health()));
      },
    });
  counter(
    'gatherwell_database_wedges_total',
    'Statements that ran past the limit, so the database thread was ended',
    (h) => h.wedges,
  );
  counter(
    'gatherwell_database_crashes_total',
    'Times the database thread failed on its own',
    (h) => h.crashes,
  );
  counter(
    'gatherwell_database_reopens_total',
    'Times the database was opened again after its thread was ended',
    (h) => h.reopens,
  );
  new Gauge({
    name: 'gatherwell_database_ready',
    help: '1 when the database answers, 0 while it is stuck, reopening or failed',
    registers: [registry],
    collect() {
      this.set(database.health().state === 'ready' ? 1 : 0);
    },
  });
}
