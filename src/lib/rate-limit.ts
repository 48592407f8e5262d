import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

/**
 * A fixed-window limit per client address, in memory. Enough for one process (the embedded
 * database allows no other); several instances behind a proxy each keep their own count.
 * The address is used only as a key for a minute and never logged.
 */
export function rateLimit(options: {
  limit: number;
  windowMs: number;
  trustProxy: boolean;
}): MiddlewareHandler {
  const counts = new Map<string, { windowStart: number; count: number }>();
  const clientKey = (c: Context) => {
    if (options.trustProxy) {
      // The last hop is the one our proxy added; earlier ones are whatever the client sent.
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // app.request() in tests has no socket.
      return 'local';
    }
  };
  return async (c, next) => {
    const now = Date.now();
    const key = clientKey(c);
    let entry = counts.get(key);
    if (!entry || now - entry.windowStart >= options.windowMs) {
      entry = { windowStart: now, count: 0 };
      counts.set(key, entry);
      // Forget idle clients now and then so the map stays small; under a flood of distinct
      // addresses, start over rather than grow without bound.
      if (counts.size > 10_000) {
        for (const [k, v] of counts) if (now - v.windowStart >= options.windowMs) counts.delete(k);
        if (counts.size > 50_000) counts.clear();
        counts.set(key, entry);
      }
    }
    entry.count++;
    const remaining = Math.max(0, options.limit - entry.count);
    c.header('RateLimit-Limit', String(options.limit));
    c.header('RateLimit-Remaining', String(remaining));
    if (entry.count > options.limit) {
      const retryAfter = Math.ceil((entry.windowStart + options.windowMs - now) / 1000);
      throw new HTTPException(429, {
        message: `Too many requests: at most ${options.limit} a minute. Try again in ${retryAfter} s.`,
        res: new Response(null, { headers: { 'Retry-After': String(retryAfter) } }),
      });
    }
    await next();
  };
}
