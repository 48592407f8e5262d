import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { canUseAdmin, staffBlocker } from '../accounts/policies.js';
import { toSignIn } from '../accounts/session.js';
import { adminText } from './messages.js';

/**
 * Every administrators' page (here and elsewhere, such as the feed upload): administrators with
 * two-step sign-in only, signed-out people to the sign-in page, and never cached.
 */
export const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.header('Cache-Control', 'no-store');
  const viewer = c.var.viewer;
  if (!viewer) return toSignIn(c);
  if (!canUseAdmin(viewer)) {
    const m = adminText(c.var.locale);
    const blocked = staffBlocker(viewer) === 'two_factor_required';
    throw new HTTPException(403, { message: blocked ? m.deniedTwoFactor : m.denied });
  }
  await next();
  c.header('Cache-Control', 'no-store');
};
