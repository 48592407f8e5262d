import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DateTime } from 'luxon';
import type { AppEnv } from '../../app-env.js';
import { type Db, queryRows } from '../../db/client.js';
import { renderPage } from '../../views/page.js';
import { audit } from '../accounts/audit.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import { requireAdmin } from '../admin/guard.js';
import { adminText } from '../admin/messages/index.js';
import { AdminFrame } from '../admin/views/admin-pages.js';
import { zoneFor } from '../zones/zone.js';
import { type RoomText, roomText } from './messages/index.js';
import { canReviewRoomReports } from './policies.js';
import type { ReportReason } from './posting.js';

/**
 * Reported room messages, for the moderators (administrators) only: each is a snapshot taken
 * when it was reported, kept after the room's own messages are deleted. Who reported it is not
 * shown here either; the audit log has it. A moderator marks a report handled (audited).
 */

type Report = {
  id: string;
  group_name: string;
  group_slug: string;
  author_name: string;
  body: string;
  reason: ReportReason;
  created_at: Date | string;
  resolved_at: Date | string | null;
};

async function roomReports(db: Db) {
  return queryRows<Report>(
    db,
    sql`SELECT r.id, g.name AS group_name, g.slug AS group_slug, r.author_name, r.body, r.reason,
               r.created_at, r.resolved_at
          FROM room_reports r JOIN groups g ON g.id = r.group_id
         ORDER BY r.resolved_at IS NOT NULL, r.created_at DESC LIMIT 200`,
  );
}

function ReportList(p: { reports: Report[]; t: RoomText; fmt: (d: Date) => string }) {
  const { t } = p;
  if (p.reports.length === 0) return <p>{t.reports.empty}</p>;
  return (
    <ol class="room-reports">
      {p.reports.map((r) => (
        <li class="card">
          <p>
            <strong>{t.reports.group}:</strong>{' '}
            <a href={`/groups/${r.group_slug}`}>{r.group_name}</a>
            {' · '}
            <strong>{t.reports.reason}:</strong> {t.actions.reasons[r.reason] ?? r.reason}
          </p>
          <p class="muted">{t.reports.reportedAt(p.fmt(new Date(r.created_at)))}</p>
          <blockquote>
            <p>
              <strong>{t.reports.wrote(r.author_name)}</strong>
            </p>
            <p class="room-msg__body">{r.body}</p>
          </blockquote>
          {r.resolved_at ? (
            <p>{t.reports.resolved(p.fmt(new Date(r.resolved_at)))}</p>
          ) : (
            <form method="post" action={`/admin/room-reports/${r.id}/resolve`}>
              <button type="submit" class="button button--secondary">
                {t.reports.resolve}
              </button>
            </form>
          )}
        </li>
      ))}
    </ol>
  );
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export function roomReportRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/admin/room-reports', requireAdmin(canReviewRoomReports), async (c) => {
    const t = roomText(c.var.locale);
    const fmt = (d: Date) =>
      DateTime.fromJSDate(d)
        .setZone(zoneFor(c))
        .setLocale(c.var.locale)
        .toLocaleString(DateTime.DATETIME_MED);
    const reports = await roomReports(c.var.deps.database.db);
    return renderPage(
      c,
      { title: t.reports.title },
      <AdminFrame
        m={adminText(c.var.locale)}
        section="rooms"
        title={t.reports.title}
        notice={c.req.query('done') === '1' ? t.reports.done : undefined}
      >
        <p>{t.reports.lead}</p>
        <ReportList reports={reports} t={t} fmt={fmt} />
      </AdminFrame>,
    );
  });

  app.post(
    `/admin/room-reports/:id{${UUID}}/resolve`,
    requireAdmin(canReviewRoomReports),
    async (c) => {
      const { db } = c.var.deps.database;
      const moderator = signedIn(c);
      const id = c.req.param('id');
      const done = await db.transaction(async (raw) => {
        const tx = raw as unknown as Db;
        const [row] = await queryRows<{ group_id: string }>(
          tx,
          sql`UPDATE room_reports SET resolved_at = now(), resolved_by = ${moderator.id}
               WHERE id = ${id} AND resolved_at IS NULL RETURNING group_id`,
        );
        if (!row) return false;
        await audit(tx, {
          action: 'room.report_resolved',
          actorId: moderator.id,
          targetType: 'group',
          targetId: row.group_id,
          ip: ipOf(c),
          details: { report: id },
        });
        return true;
      });
      if (!done) throw new HTTPException(404, { message: roomText(c.var.locale).errors.noSuch });
      return c.redirect('/admin/room-reports?done=1', 303);
    },
  );

  return app;
}
