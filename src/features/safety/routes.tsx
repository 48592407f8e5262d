import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import type { Db } from '../../db/client.js';
import { regionOf } from '../../i18n/locale.js';
import { renderPage } from '../../views/page.js';
import { audit } from '../accounts/audit.js';
import { requireViewer, signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import { isSignedIn } from '../accounts/policies.js';
import { requireAdmin } from '../admin/guard.js';
import { adminText } from '../admin/messages/index.js';
import { AdminFrame } from '../admin/views/admin-pages.js';
import { crisisRegionFor } from '../crisis/crisis-lines.js';
import { wakeWorkers } from '../jobs/queue.js';
import { windowLimit } from '../limits/limits.js';
import { tooManyRequests } from '../limits/rate-limit.js';
import { dateTimeFor, type zoneFor } from '../zones/zone.js';
import { acknowledge, isItemKind, raiseAlert } from './alerts.js';
import { safetyText } from './messages/index.js';
import { leadsAlertGroup, mayHandleAlert, mayOverseeAlerts } from './policies.js';
import { findAlert, recentAlerts } from './queries.js';
import type { AlertSources } from './sources.js';
import { AlertPage, AlertsOverview, WorriedThanks } from './views.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// A uuid, or a room message's number.
const ITEM_ID = /^(?:[0-9a-f-]{36}|[1-9][0-9]{0,15})$/;

/** A path on this site to go back to, or the notification centre (never another origin). */
const localPath = (v: unknown) =>
  typeof v === 'string' && /^\/(?![/\\])/.test(v) && v.length < 300 ? v : '/notifications';

const when = dateTimeFor;

/**
 * The people responsible for an alert open it, read what was written, check in and acknowledge
 * (policy `mayHandleAlert`); any signed-in person can say they are worried about something
 * they can see; administrators see every alert's timings. Every read, refused read,
 * acknowledgement and escalation is audited, never the words.
 */
/** "Worried about someone": twenty an hour per person is far more than worry needs. */
const WORRIED_PER_PERSON = windowLimit('safety.worried', 20, 3_600_000);

export function safetyRoutes(sources: AlertSources) {
  const app = new Hono<AppEnv>();
  const guard = requireViewer(isSignedIn, { noStore: true });

  /** The alert in the path if the viewer may handle it; a refusal is audited, then 404. */
  async function alertFor(c: Parameters<typeof zoneFor>[0]) {
    const viewer = signedIn(c);
    const { db } = c.var.deps.database;
    const alert = await findAlert(db, c.req.param('id') ?? '', viewer.id);
    const facts = alert && { leads: alert.viewerLeads, groupKind: alert.group?.kind ?? null };
    if (alert && facts && mayHandleAlert(viewer, facts)) {
      return { viewer, alert, leads: leadsAlertGroup(viewer, facts) };
    }
    if (alert) {
      await audit(db, {
        action: 'safety.alert_read_denied',
        actorId: viewer.id,
        targetType: 'safety_alert',
        targetId: alert.id,
        ip: ipOf(c),
      });
    }
    throw new HTTPException(404, { message: safetyText(c.var.locale).alert.notFound });
  }

  app.get(`/safety/alerts/:id{${UUID}}`, guard, async (c) => {
    const { viewer, alert, leads } = await alertFor(c);
    const { db } = c.var.deps.database;
    await audit(db, {
      action: 'safety.alert_read',
      actorId: viewer.id,
      targetType: 'safety_alert',
      targetId: alert.id,
      ip: ipOf(c),
    });
    const words = await sources[alert.itemKind].read(c.var.deps, alert.itemId, {
      id: viewer.id,
      ip: ipOf(c),
    });
    const m = safetyText(c.var.locale);
    return renderPage(
      c,
      { title: m.alert.title },
      <AlertPage m={m} alert={alert} words={words} fmt={when(c)} leads={leads} />,
    );
  });

  app.post(`/safety/alerts/:id{${UUID}}/acknowledge`, guard, async (c) => {
    const { viewer, alert } = await alertFor(c);
    await acknowledge(c.var.deps.database.db, alert.id, viewer.id, ipOf(c));
    return c.redirect(`/safety/alerts/${alert.id}`, 303);
  });

  app.post('/safety/worried', guard, async (c) => {
    const viewer = signedIn(c);
    const { db } = c.var.deps.database;
    // A person worried about others presses this a few times a day at most; a flood of alerts
    // would bury the real ones in the leaders' inboxes. Counted per person, across instances.
    const { retryAfter } = await c.var.deps.limits.attempt(WORRIED_PER_PERSON, viewer.id);
    if (retryAfter !== undefined) {
      throw tooManyRequests(retryAfter, safetyText(c.var.locale).worried.tooMany);
    }
    const m = safetyText(c.var.locale);
    const body = await c.req.parseBody();
    const item = String(body.item ?? '');
    const id = String(body.id ?? '');
    const back = localPath(body.back);
    const writer =
      isItemKind(item) && ITEM_ID.test(id) ? await sources[item].writerOf(db, id, viewer.id) : null;
    if (!isItemKind(item) || !writer) {
      throw new HTTPException(404, { message: m.worried.notFound });
    }
    await db.transaction((tx) =>
      raiseAlert(tx as unknown as Db, {
        level: 'concern',
        source: 'worried',
        itemKind: item,
        itemId: id,
        groupId: writer.groupId,
        subjectId: writer.subjectId,
        raisedBy: viewer.id,
      }),
    );
    wakeWorkers();
    const region = crisisRegionFor(regionOf(c));
    return renderPage(
      c,
      { title: m.worried.title },
      <WorriedThanks m={m} emergency={region.emergency.display[c.var.locale]} back={back} />,
    );
  });

  app.get('/admin/safety', requireAdmin(mayOverseeAlerts), async (c) => {
    const m = safetyText(c.var.locale);
    const { lines, median, open } = await recentAlerts(c.var.deps.database.db);
    return renderPage(
      c,
      { title: m.admin.title },
      <AdminFrame m={adminText(c.var.locale)} section="safety" title={m.admin.title}>
        <AlertsOverview m={m} lines={lines} median={median} open={open} fmt={when(c)} />
      </AdminFrame>,
    );
  });

  return app;
}
