import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

/**
 * Fixed-window counters per key, in memory. Enough for one process (the embedded database
 * allows no other); several instances behind a proxy each keep their own count. Keys (client
 * addresses, hashed e-mail addresses) live for a window and are never logged.
 */
export class FixedWindow {
  private counts = new Map<string, { windowStart: number; count: number }>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Count one attempt for `key`; `retryAfter` (seconds) is set when it is over the limit. */
  hit(key: string, now = Date.now()): { remaining: number; retryAfter?: number } {
    let entry = this.counts.get(key);
    if (!entry || now - entry.windowStart >= this.windowMs) {
      entry = { windowStart: now, count: 0 };
      this.counts.set(key, entry);
      // Forget idle keys now and then so the map stays small; under a flood of distinct keys,
      // start over rather than grow without bound.
      if (this.counts.size > 10_000) {
        for (const [k, v] of this.counts)
          if (now - v.windowStart >= this.windowMs) this.counts.delete(k);
        if (this.counts.size > 50_000) this.counts.clear();
        this.counts.set(key, entry);
      }
    }
    entry.count++;
    const remaining = Math.max(0, this.limit - entry.count);
    if (entry.count <= this.limit) return { remaining };
    return {
      remaining,
      retryAfter: Math.max(1, Math.ceil((entry.windowStart + this.windowMs - now) / 1000)),
    };
  }

  /** Forget a key (after a successful sign-in, the failures before it stop counting). */
  reset(key: string) {
    this.counts.delete(key);
  }
}

/** The client's address: the proxy's last hop when we trust one, else the socket's. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
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
}

/**
 * Whether this request comes from this computer itself: a loopback socket, with no sign of a
 * proxy in between (a proxy on the same host makes every visitor look local). In-process calls
 * (app.request in tests) have no socket and count as local.
 */
export function isLocalRequest(c: Context): boolean {
  if (c.req.header('x-forwarded-for') || c.req.header('forwarded') || c.req.header('x-real-ip')) {
    return false;
  }
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    return true;
  }
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** A 429 with Retry-After, through the one error path. */
export function tooManyRequests(retryAfter: number, message: string): HTTPException {
  return new HTTPException(429, {
    message,
    res: new Response(null, { headers: { 'Retry-After': String(retryAfter) } }),
  });
}

/** Middleware: at most `limit` requests per client per window. */
export function rateLimit(options: {
  limit: number;
  windowMs: number;
  trustProxy: boolean;
}): MiddlewareHandler {
  const window = new FixedWindow(options.limit, options.windowMs);
  return async (c, next) => {
    const { remaining, retryAfter } = window.hit(clientAddress(c, options.trustProxy));
    c.header('RateLimit-Limit', String(options.limit));
    c.header('RateLimit-Remaining', String(remaining));
    if (retryAfter !== undefined) {
      throw tooManyRequests(
        retryAfter,
        `Too many requests: at most ${options.limit} a minute. Try again in ${retryAfter} s.`,
      );
    }
    await next();
  };
}
