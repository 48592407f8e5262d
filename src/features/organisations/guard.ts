import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { markGuard } from '../../lib/guard-mark.js';
import { toSignIn } from '../accounts/session.js';
import type { Viewer } from '../accounts/viewer.js';
import { loadOrgAccess, type OrgAccess } from './access.js';
import { orgText } from './messages/index.js';

/** A named policy about the viewer and their place in one organisation (policies.ts). */
export type OrgPolicy = (viewer: Viewer | null, org: OrgAccess) => boolean;

/** The organisation in the path and the viewer's place in it, as requireOrg found them. */
export function orgAccess(c: Context<AppEnv>): OrgAccess {
  const org = c.var.org;
  if (!org)
    throw new Error(`${c.req.path}: a handler asked for an organisation it has no guard for`);
  return org;
}

/**
 * The one guard for organisation pages that are not public (`:slug` in the path): a visitor is
 * sent to sign in, an unknown organisation is a 404, then `policy` decides (403 with why). The
 * handler reads the organisation with `orgAccess(c)` and the viewer with `signedIn(c)`.
 */
export function requireOrg(
  policy: OrgPolicy,
  denied: 'editorsOnly' | 'ownersOnly' | 'cannotClaim' | 'professionalsOnly' = 'editorsOnly',
): MiddlewareHandler<AppEnv> {
  const guard = async (c: Context<AppEnv>, next: () => Promise<void>) => {
    c.header('Cache-Control', 'no-store');
    const viewer = c.var.viewer;
    if (!viewer) return toSignIn(c);
    const t = orgText(c.var.locale).errors;
    const org = await loadOrgAccess(
      c.var.deps.database.db,
      { slug: c.req.param('slug') ?? '' },
      viewer,
    );
    if (!org) throw new HTTPException(404, { message: t.notFound });
    if (!policy(viewer, org)) throw new HTTPException(403, { message: t[denied] });
    c.set('org', org);
    await next();
  };
  return markGuard(policy.name, guard);
}
