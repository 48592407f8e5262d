import type { Context } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { type AccountPolicy, requireViewer } from '../accounts/guards.js';
import { canUseAdmin, staffBlocker } from '../accounts/policies.js';
import type { Viewer } from '../accounts/viewer.js';
import { adminText } from './messages/index.js';

/** Why an administrator's page or action is refused: a missing second factor is named. */
function adminDenied(c: Context<AppEnv>, viewer: Viewer) {
  const m = adminText(c.var.locale);
  return staffBlocker(viewer) === 'two_factor_required' ? m.deniedTwoFactor : m.denied;
}

/**
 * Administrators' pages and actions (here and elsewhere, such as the feed upload): the area's
 * guard is `canUseAdmin`; an action with its own policy names it, with the path parameter of the
 * account it acts on. Never cached.
 */
export const requireAdmin = (policy: AccountPolicy = canUseAdmin, target?: string) =>
  requireViewer(policy, { target, denied: adminDenied, noStore: true });
