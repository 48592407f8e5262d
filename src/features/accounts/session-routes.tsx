import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import type { AppEnv } from '../../app-env.js';
import { sessions } from '../../db/schema/index.js';
import { renderPage } from '../../views/page.js';
import { zoneFor } from '../zones/zone.js';
import { auditSelf, texts } from './account-common.js';
import { eventsAbout } from './audit.js';
import { requireViewer, signedIn } from './guards.js';
import { canManageAccount, canViewAuditOf } from './policies.js';
import { SESSION_COOKIE } from './session.js';
import { ActivityPage, SessionsPage } from './views/account-lists.js';

/** Where the person is signed in (and signing out there), and their security activity. */
export function sessionRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/account/sessions', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const rows = await c.var.deps.database.db
      .select({
        id: sessions.id,
        createdAt: sessions.createdAt,
        lastActiveAt: sessions.lastActiveAt,
        ipAddress: sessions.ipAddress,
        userAgent: sessions.userAgent,
      })
      .from(sessions)
      .where(eq(sessions.userId, viewer.id))
      .orderBy(desc(sessions.lastActiveAt));
    const { m, p } = texts(c);
    return renderPage(
      c,
      { title: p.sessions.title },
      <SessionsPage
        m={m}
        p={p}
        locale={c.var.locale}
        timeZone={zoneFor(c)}
        sessions={rows.map((r) => ({ ...r, current: r.id === viewer.sessionId }))}
      />,
    );
  });

  app.post('/account/sessions/:id/revoke', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const db = c.var.deps.database.db;
    const [target] = await db
      .select({ userId: sessions.userId })
      .from(sessions)
      .where(eq(sessions.id, c.req.param('id')));
    // Someone else's session (or none): the same answer, and nothing happens.
    if (target && canManageAccount(viewer, target.userId)) {
      await db
        .delete(sessions)
        .where(and(eq(sessions.id, c.req.param('id')), eq(sessions.userId, viewer.id)));
      await auditSelf(c, viewer, 'sessions.revoked');
    }
    return c.redirect('/account/sessions', 303);
  });

  app.post('/account/sessions/revoke-all', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    await c.var.deps.database.db.delete(sessions).where(eq(sessions.userId, viewer.id));
    await auditSelf(c, viewer, 'sessions.revoked');
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/sign-in', 303);
  });

  app.get('/account/activity', requireViewer(canViewAuditOf), async (c) => {
    const viewer = signedIn(c);
    const events = await eventsAbout(c.var.deps.database.db, viewer.id);
    const { m, p } = texts(c);
    return renderPage(
      c,
      { title: p.activity.title },
      <ActivityPage m={m} p={p} locale={c.var.locale} events={events} timeZone={zoneFor(c)} />,
    );
  });

  return app;
}
