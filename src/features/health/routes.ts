import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';

/** Liveness and readiness for load balancers and orchestrators; no personal data here. */
export function healthRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });
  app.get('/readyz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await c.var.deps.database.ping();
      // The search index is built before the server listens (ADR 14); its size and build time
      // tell an operator what a restart costs.
      const { groups, buildMs } = c.var.deps.searchIndex.stats;
      return c.json({
        status: 'ready',
        database: c.var.deps.database.driver,
        searchIndex: { groups, buildMs },
      });
    } catch (error) {
      c.var.deps.logger.warn({ err: error }, 'readiness check failed');
      return c.json({ status: 'unavailable', database: c.var.deps.database.driver }, 503);
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
