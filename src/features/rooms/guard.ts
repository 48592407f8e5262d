import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { markGuard } from '../../lib/guard-mark.js';
import { toSignIn } from '../accounts/session.js';
import type { Viewer } from '../accounts/viewer.js';
import { type GroupAccess, loadGroupAccess } from '../membership/access.js';
import { canViewGroup } from '../membership/policies.js';
import { roomText } from './messages/index.js';
import { roomStanding } from './people.js';
import { canRunRoom, hasRoom, type RoomStanding } from './policies.js';
import { currentSession, type RoomSession } from './sessions.js';

/** What a room route knows once its guard let the viewer through (room(c) in the handler). */
export type Room = {
  viewer: Viewer;
  access: GroupAccess;
  /** The open session, opened on the way when a meeting's room time has begun. */
  session: RoomSession | null;
  standing: RoomStanding;
  leads: boolean;
};

export type RoomPolicy = (v: Viewer | null, a: GroupAccess, r: RoomStanding) => boolean;

/**
 * The one guard for a group's room: a visitor signs in first; a group the viewer may not see,
 * or one that meets only in person, is a 404; then `policy` decides over the viewer, their
 * standing in the group and in the room's open session.
 */
export function requireRoom(policy: RoomPolicy): MiddlewareHandler<AppEnv> {
  const guard = async (c: Context<AppEnv>, next: () => Promise<void>) => {
    const viewer = c.var.viewer;
    if (!viewer) return toSignIn(c);
    const t = roomText(c.var.locale).errors;
    const { db } = c.var.deps.database;
    const access = await loadGroupAccess(db, { slug: c.req.param('slug') ?? '' }, viewer);
    if (!access || !canViewGroup(viewer, access) || !hasRoom(access)) {
      throw new HTTPException(404, { message: t.notFound });
    }
    const session = access.status === 'active' ? await currentSession(db, access.groupId) : null;
    const standing = await roomStanding(db, session, viewer.id);
    if (!policy(viewer, access, standing)) throw new HTTPException(403, { message: t.notAllowed });
    c.set('room', { viewer, access, session, standing, leads: canRunRoom(viewer, access) });
    c.header('Cache-Control', 'no-store');
    await next();
  };
  return markGuard(policy.name, guard);
}

export function room(c: Context<AppEnv>): Room {
  const r = c.var.room;
  if (!r) throw new Error(`${c.req.path}: a handler asked for a room it has no guard for`);
  return r;
}
