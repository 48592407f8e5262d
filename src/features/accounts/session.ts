import { and, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../../app-env.js';
import { professionalProfiles, sessions, users } from '../../db/schema/index.js';
import { isLocale, LOCALE_COOKIE } from '../../i18n/locales.js';
import { audit } from './audit.js';
import { COOKIE_PREFIX } from './auth.js';
import { isStaff, professionalStanding, type Viewer } from './viewer.js';

/**
 * Signed out (or just ended): to the sign-in page, saying why when a session just ended. A page
 * that was asked for by GET is where the person comes back to afterwards (a form post is not
 * repeated).
 */
export function toSignIn(c: Context<AppEnv>) {
  const params = new URLSearchParams();
  const ended = c.var.sessionEnded;
  if (ended) params.set('ended', ended);
  if (c.req.method === 'GET') {
    const url = new URL(c.req.url);
    params.set('next', `${url.pathname}${url.search}`);
  }
  const query = params.toString();
  return c.redirect(query ? `/sign-in?${query}` : '/sign-in', 303);
}

export const SESSION_COOKIE = `${COOKIE_PREFIX}.session_token`;
const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;
/** Record activity at most this often, so a page view is not always a write. */
const ACTIVITY_GRANULARITY_MS = 60_000;

/**
 * Sets `c.var.viewer`. better-auth checks the signed cookie and the session's absolute expiry;
 * we then apply what it does not know: disabled accounts, the inactivity timeout, and the
 * shorter limits of staff accounts. A session that fails any of them is deleted, so it is
 * dead on every route at once.
 */
export interface SessionOptions {
  /**
   * The header's unread badge, as a subquery over the person's id, so a signed-in page costs
   * one query. Handed in by app.ts: notifications build on accounts, not the other way round.
   */
  unreadCount?: (userId: SQLWrapper) => SQL<number>;
}

export function sessionMiddleware(options: SessionOptions = {}): MiddlewareHandler<AppEnv> {
  const unreadCount = options.unreadCount ?? (() => sql<number>`0`);
  return async (c, next) => {
    c.set('viewer', null);
    if (!getCookie(c, SESSION_COOKIE) && !getCookie(c, SECURE_SESSION_COOKIE)) return next();
    const { auth, database, config } = c.var.deps;
    const found = await auth.api.getSession({
      headers: c.req.raw.headers,
      query: { disableCookieCache: true, disableRefresh: true },
    });
    if (!found) return next();
    const db = database.db;
    const [row] = await db
      .select({
        role: users.role,
        disabledAt: users.disabledAt,
        timezone: users.timezone,
        locale: users.locale,
        lastActiveAt: sessions.lastActiveAt,
        createdAt: sessions.createdAt,
        profileStatus: professionalProfiles.status,
        profileExpires: professionalProfiles.expiresOn,
        unread: unreadCount(users.id),
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(professionalProfiles, eq(professionalProfiles.userId, users.id))
      .where(and(eq(sessions.id, found.session.id), eq(users.id, found.user.id)));
    if (!row) return next();
    const viewer: Viewer = {
      id: found.user.id,
      name: found.user.name,
      email: found.user.email,
      role: row.role,
      twoFactorEnabled: Boolean(found.user.twoFactorEnabled),
      professional: professionalStanding(
        row.profileStatus && row.profileExpires
          ? { status: row.profileStatus, expiresOn: row.profileExpires }
          : null,
      ),
      locale: row.locale,
      timezone: row.timezone,
      sessionId: found.session.id,
      unreadNotifications: Number(row.unread ?? 0),
    };
    const limits = isStaff(viewer) ? config.auth.session.staff : config.auth.session.member;
    const now = Date.now();
    const ended = row.disabledAt
      ? 'disabled'
      : now - row.lastActiveAt.getTime() > limits.idleMs
        ? 'idle'
        : now - row.createdAt.getTime() > limits.maxMs
          ? 'lifetime'
          : null;
    if (ended) {
      await db.delete(sessions).where(eq(sessions.id, viewer.sessionId));
      if (ended !== 'disabled') {
        await audit(db, {
          action: 'session.expired',
          targetType: 'user',
          targetId: viewer.id,
          details: { reason: ended },
        });
      }
      c.set('sessionEnded', ended);
      return next();
    }
    if (now - row.lastActiveAt.getTime() > ACTIVITY_GRANULARITY_MS) {
      await db
        .update(sessions)
        .set({ lastActiveAt: sql`now()` })
        .where(eq(sessions.id, viewer.sessionId));
    }
    c.set('viewer', viewer);
    // The language saved in the profile follows the person to any browser, unless this
    // browser has an explicit choice of its own.
    if (isLocale(viewer.locale) && !getCookie(c, LOCALE_COOKIE)) c.set('locale', viewer.locale);
    await next();
    // What a signed-in person is shown may carry personal data: never store it anywhere.
    c.header('Cache-Control', 'no-store');
  };
}
