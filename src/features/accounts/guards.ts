import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { markGuard } from '../../lib/guard-mark.js';
import { toSignIn } from './session.js';
import type { Viewer } from './viewer.js';

/**
 * The viewer a guard let through. Guards type nothing into the context (a narrower context would
 * no longer fit the helpers that take `Context<AppEnv>`), so handlers read it through this.
 */
export function signedIn(c: Context<AppEnv>): Viewer {
  const viewer = c.var.viewer;
  if (!viewer) throw new Error(`${c.req.path}: a guarded handler ran without a signed-in viewer`);
  return viewer;
}

/** A named policy about the viewer and, where it has one, the account acted on. */
export type AccountPolicy = (viewer: Viewer | null, accountId: string) => boolean;

type ViewerGuardOptions = {
  /** The path parameter naming the account acted on; the viewer's own account by default. */
  target?: string;
  /** The 403 message for a signed-in person the policy refuses; without it, sent to sign in. */
  denied?: (c: Context<AppEnv>, viewer: Viewer) => string;
  /** Never cached, refusals included (administrators' pages). */
  noStore?: boolean;
};

/**
 * The one guard for pages about the viewer's own things and for administrators' pages: a
 * visitor is sent to sign in (told why when a session just ended), a signed-in person the
 * policy refuses gets `denied` (403), and the handler finds the viewer with `signedIn(c)`.
 */
export function requireViewer(
  policy: AccountPolicy,
  options: ViewerGuardOptions = {},
): MiddlewareHandler<AppEnv> {
  const guard = async (c: Context<AppEnv>, next: () => Promise<void>) => {
    if (options.noStore) c.header('Cache-Control', 'no-store');
    const viewer = c.var.viewer;
    if (!viewer) return toSignIn(c);
    const target = options.target ? (c.req.param(options.target) ?? '') : viewer.id;
    if (!policy(viewer, target)) {
      if (!options.denied) return toSignIn(c);
      throw new HTTPException(403, { message: options.denied(c, viewer) });
    }
    await next();
    // Set again: a handler's own headers must not make a refusal or an answer cacheable.
    if (options.noStore) c.header('Cache-Control', 'no-store');
  };
  return markGuard(policy.name, guard);
}
