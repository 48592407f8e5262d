import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';

/** The origin for absolute links (calendars, shares, feeds): PUBLIC_URL, else this request's. */
export function publicOrigin(c: Context<AppEnv>): string {
  return c.var.deps.config.publicUrl ?? new URL(c.req.url).origin;
}
