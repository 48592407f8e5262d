import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';

/** The origin for absolute links (calendars, shares, feeds): PUBLIC_URL, else this request's. */
export function publicOrigin(c: Context<AppEnv>): string {
  return c.var.deps.config.publicUrl ?? new URL(c.req.url).origin;
}

/** Whether this request came over HTTPS (through our proxy, when we trust one). */
export function isHttpsRequest(c: Context<AppEnv>): boolean {
  const forwarded = c.var.deps.config.trustProxy ? c.req.header('x-forwarded-proto') : undefined;
  return new URL(c.req.url).protocol === 'https:' || forwarded === 'https';
}
