import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { windowLimit } from './limits.js';

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
 * What a limit counts for an address: an IPv4 address as it is (an IPv4-mapped IPv6 one too),
 * an IPv6 address by its /64, since one subscriber is usually given a whole /64 and could
 * otherwise use a fresh address for every try.
 */
export function addressKey(address: string): string {
  const v4 = address.replace(/^::ffff:/i, '');
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v4)) return v4;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [
    ...left,
    ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'),
    ...right,
  ];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Whether this request comes from this computer itself: a loopback socket, asking for a local
 * host name, with no sign of a proxy in between (a proxy on the same host makes every visitor
 * look local). In-process calls (app.request in tests) have no socket and count as local.
 */
export function isLocalRequest(c: Context): boolean {
  if (c.req.header('x-forwarded-for') || c.req.header('forwarded') || c.req.header('x-real-ip')) {
    return false;
  }
  // A page of another site whose name was made to point here (DNS rebinding) reaches us over
  // loopback too, but asks for its own host name.
  const host = new URL(c.req.url).hostname;
  if (!['localhost', '127.0.0.1', '[::1]', '::1'].includes(host)) return false;
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

/**
 * Middleware: at most `limit` requests per client per window, counted across instances
 * (lib/limits.ts). The rule is named by `bucket`, so two limits never share a counter.
 */
export function rateLimit(options: {
  bucket: string;
  limit: number;
  windowMs: number;
  /** Count in memory and tell the shared store in batches: for limits on every request. */
  batched?: boolean;
}): MiddlewareHandler<AppEnv> {
  const rule = windowLimit(options.bucket, options.limit, options.windowMs);
  return async (c, next) => {
    const { deps } = c.var;
    const address = addressKey(clientAddress(c, deps.config.trustProxy));
    const { count, retryAfter } = options.batched
      ? deps.limits.attemptBatched(rule, address)
      : await deps.limits.attempt(rule, address);
    c.header('RateLimit-Limit', String(options.limit));
    c.header('RateLimit-Remaining', String(Math.max(0, options.limit - count)));
    if (retryAfter !== undefined) {
      throw tooManyRequests(
        retryAfter,
        `Too many requests: at most ${options.limit} a minute. Try again in ${retryAfter} s.`,
      );
    }
    await next();
  };
}
