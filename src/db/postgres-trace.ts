import type pg from 'pg';
import type { StatementTrace } from './statement-trace.js';

type QueryArgs = [config: string | { text: string; values?: unknown[] }, ...rest: unknown[]];

/**
 * Record every statement the pool's connections run in `trace` (SQL text and parameter count
 * only). pool.query() and drizzle's transactions both end in a client's query(), so wrapping
 * each client once, when the pool makes it, sees everything.
 */
export function tracePool(pool: pg.Pool, trace: StatementTrace) {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: QueryArgs) => unknown;
    (client as unknown as { query: (...args: QueryArgs) => unknown }).query = (...args) => {
      const [config] = args;
      const text = typeof config === 'string' ? config : (config?.text ?? '');
      const values =
        typeof config === 'string' ? args[1] : (config?.values ?? (args[1] as unknown[]));
      const entry = trace.start(
        'query',
        text,
        Array.isArray(values) ? values.length : 0,
        undefined,
      );
      const last = args[args.length - 1];
      if (typeof last === 'function') {
        // The callback form, which pool.query() uses.
        args[args.length - 1] = (error: unknown, result: unknown) => {
          trace.finish(entry, error ? 'error' : 'ok');
          return (last as (e: unknown, r: unknown) => unknown)(error, result);
        };
        return query(...args);
      }
      const result = query(...args) as Promise<unknown>;
      return result.then(
        (value) => {
          trace.finish(entry, 'ok');
          return value;
        },
        (error: unknown) => {
          trace.finish(entry, 'error');
          throw error;
        },
      );
    };
  });
}
