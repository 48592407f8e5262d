import type { Context } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { ipOf } from './limits.js';

/**
 * Headers for a server-side better-auth call: the browser's own (cookies, user agent) plus the
 * client address as we determined it, under a header name only we set.
 */
export function authHeaders(c: Context<AppEnv>): Headers {
  const headers = new Headers(c.req.raw.headers);
  headers.set('x-gatherwell-client-ip', ipOf(c));
  return headers;
}

/** Pass better-auth's cookies (session, two-step challenge) on to the browser. */
export function forwardCookies(c: Context<AppEnv>, headers: Headers) {
  for (const cookie of headers.getSetCookie()) c.header('Set-Cookie', cookie, { append: true });
}

/** better-auth's error code (e.g. INVALID_EMAIL_OR_PASSWORD), or rethrow what is not its error. */
export function authErrorCode(error: unknown): string {
  const e = error as { name?: string; body?: { code?: string }; status?: unknown };
  if (e && e.name === 'APIError') return e.body?.code ?? String(e.status ?? 'UNKNOWN');
  throw error;
}
