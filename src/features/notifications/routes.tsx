import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/page.js';
import { requireViewer, signedIn } from '../accounts/guards.js';
import { isSignedIn } from '../accounts/policies.js';
import { zoneFor } from '../zones/zone.js';
import { notificationText } from './messages/index.js';
import { findNotification, listNotifications, markAllRead, markRead } from './queries.js';
import { NotificationsPage } from './views.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** /notifications: the signed-in person's own notices (policy `mayReadNotification`). */
export function notificationRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/notifications', requireViewer(isSignedIn), async (c) => {
    const viewer = signedIn(c);
    const { database } = c.var.deps;
    const rows = await listNotifications(database.db, viewer);
    const zone = zoneFor(c);
    const m = notificationText(c.var.locale);
    return renderPage(
      c,
      { title: m.title },
      <NotificationsPage m={m} rows={rows} zone={zone} locale={c.var.locale} />,
    );
  });

  // Opening one marks it read and goes where it points (a form post: reading changes state).
  app.post(`/notifications/:id{${UUID}}/open`, requireViewer(isSignedIn), async (c) => {
    const viewer = signedIn(c);
    const { db } = c.var.deps.database;
    const found = await findNotification(db, viewer, c.req.param('id'));
    if (!found) {
      throw new HTTPException(404, { message: notificationText(c.var.locale).notFound });
    }
    await markRead(db, viewer.id, found.id);
    return c.redirect(found.href, 303);
  });

  app.post('/notifications/read', requireViewer(isSignedIn), async (c) => {
    const viewer = signedIn(c);
    await markAllRead(c.var.deps.database.db, viewer.id);
    return c.redirect('/notifications', 303);
  });

  return app;
}
