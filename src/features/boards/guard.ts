import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { markGuard } from '../../lib/guard-mark.js';
import { toSignIn } from '../accounts/session.js';
import type { Viewer } from '../accounts/viewer.js';
import { type GroupAccess, loadGroupAccess } from '../membership/access.js';
import { canViewGroup } from '../membership/policies.js';
import { boardText } from './messages/index.js';
import { type BoardStanding, canModerateBoard, canReadBoard } from './policies.js';
import { boardStanding } from './standing.js';

/** What a board route knows once its guard let the viewer through (board(c) in the handler). */
export type Board = {
  viewer: Viewer;
  access: GroupAccess;
  standing: BoardStanding;
  leads: boolean;
};

export type BoardPolicy = (v: Viewer | null, a: GroupAccess, s: BoardStanding) => boolean;

/**
 * The one guard for a group's board: a visitor signs in first; a group the viewer may not see
 * is a 404 (as an unknown one); then `policy` decides over the viewer, their standing in the
 * group and on its board. A refusal says why (members only, muted until, after a meeting).
 */
export function requireBoard(policy: BoardPolicy): MiddlewareHandler<AppEnv> {
  const guard = async (c: Context<AppEnv>, next: () => Promise<void>) => {
    const viewer = c.var.viewer;
    if (!viewer) return toSignIn(c);
    const t = boardText(c.var.locale).errors;
    const { db } = c.var.deps.database;
    const access = await loadGroupAccess(db, { slug: c.req.param('slug') ?? '' }, viewer);
    if (!access || !canViewGroup(viewer, access))
      throw new HTTPException(404, { message: t.notFound });
    const standing = await boardStanding(db, access, viewer.id);
    c.header('Cache-Control', 'no-store');
    if (!policy(viewer, access, standing)) {
      const message = !canReadBoard(viewer, access)
        ? t.membersOnly
        : standing.mutedUntil
          ? t.muted
          : standing.waitingForFirstMeeting
            ? t.afterFirstMeeting
            : t.notAllowed;
      throw new HTTPException(403, { message });
    }
    c.set('board', { viewer, access, standing, leads: canModerateBoard(viewer, access) });
    await next();
  };
  return markGuard(policy.name, guard);
}

export function board(c: Context<AppEnv>): Board {
  const b = c.var.board;
  if (!b) throw new Error(`${c.req.path}: a handler asked for a board it has no guard for`);
  return b;
}
