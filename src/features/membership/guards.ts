import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { markGuard } from '../../lib/guard-mark.js';
import { toSignIn } from '../accounts/session.js';
import type { Viewer } from '../accounts/viewer.js';
import { type GroupAccess, loadGroupAccess } from './access.js';
import { membershipText } from './messages/index.js';
import { canViewGroup } from './policies.js';

type Refusal = 'leadersOnly' | 'ownerOnly';

/**
 * Refuse an action a guarded page allows but its particular form does not (a leader ending a
 * group only its owner may end): the guard's own 403 and words.
 */
export function forbid(c: Context<AppEnv>, why: Refusal): never {
  throw new HTTPException(403, { message: membershipText(c.var.locale).errors[why] });
}

/** The viewer's standing in the group in the path, as requireGroup found it. */
export function groupAccess(c: Context<AppEnv>): GroupAccess {
  const access = c.var.access;
  if (!access) throw new Error(`${c.req.path}: a handler asked for a group it has no guard for`);
  return access;
}

/** A named policy about the viewer and their standing in one group (policies.ts). */
export type GroupPolicy = (viewer: Viewer | null, access: GroupAccess) => boolean;

type GroupGuardOptions = {
  /** Why a signed-in person the policy refuses gets a 403: a common reason or the feature's. */
  denied?: Refusal | ((c: Context<AppEnv>) => string);
  /** Instead of a 403, where to send someone the policy refuses (when it names a place). */
  elsewhere?: (access: GroupAccess) => string | undefined;
  /** Runs before a 403: a refused look at people's data is audited like an allowed one. */
  onRefused?: (c: Context<AppEnv>, viewer: Viewer, access: GroupAccess) => Promise<void>;
};

/**
 * The one guard for pages about a group named in the path (`:slug`): a visitor is sent to sign
 * in; a group the viewer may not see (unknown, or someone else's draft) is the same 404, so a
 * 403 never confirms that a draft exists; then `policy` decides. The handler finds the viewer's
 * standing with `groupAccess(c)` and the viewer with `signedIn(c)`.
 */
export function requireGroup(
  policy: GroupPolicy,
  options: GroupGuardOptions = {},
): MiddlewareHandler<AppEnv> {
  const guard = async (c: Context<AppEnv>, next: () => Promise<void>) => {
    const viewer = c.var.viewer;
    if (!viewer) return toSignIn(c);
    const t = membershipText(c.var.locale).errors;
    const access = await loadGroupAccess(
      c.var.deps.database.db,
      { slug: c.req.param('slug') ?? '' },
      viewer,
    );
    if (!access || !canViewGroup(viewer, access)) {
      throw new HTTPException(404, { message: t.notFound });
    }
    if (!policy(viewer, access)) {
      const place = options.elsewhere?.(access);
      if (place) return c.redirect(place, 303);
      await options.onRefused?.(c, viewer, access);
      const denied = options.denied ?? 'leadersOnly';
      if (typeof denied !== 'function') forbid(c, denied);
      throw new HTTPException(403, { message: denied(c) });
    }
    c.set('access', access);
    await next();
  };
  return markGuard(policy.name, guard);
}
