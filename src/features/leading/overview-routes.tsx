import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { describeSchedule, toStoredSchedule } from '../../shared/schedule/index.js';
import { renderPage } from '../../views/page.js';
import { requireViewer, signedIn } from '../accounts/guards.js';
import {
  canCreateSupportGroup,
  canEditIntakeQuestions,
  canLeadGroup,
  canManageLeaders,
} from '../membership/policies.js';
import { zoneFor } from '../zones/zone.js';
import { stateChangesFor } from './commands.js';
import { leading, requireLeading } from './guard.js';
import { type LeadText, leadText } from './messages/index.js';
import {
  groupsLedBy,
  nextMeetingsLedBy,
  recentAttendanceLedBy,
  upcomingMeetings,
  waitingCount,
} from './queries.js';
import { Dashboard, Overview } from './views/pages.js';
import { when } from './views/parts.js';

/** What the overview says after the action that led back to it (`?done=`). */
function doneNotice(m: LeadText, done: string): string | undefined {
  if (done === 'created') return m.overview.created;
  if (done === 'saved') return m.overview.saved;
  if (done === 'agreement') return `${m.overview.saved} ${m.overview.agreementChanged}`;
  if (done === 'joined') return m.invitation.accepted;
  return (m.overview.changed as Record<string, string>)[done];
}

/** The dashboard of every group one leads, and the overview of one of them. */
export function overviewRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/lead', requireViewer(canCreateSupportGroup), async (c) => {
    const viewer = signedIn(c);
    const m = leadText(c.var.locale);
    const db = c.var.deps.database.db;
    const groups = await groupsLedBy(db, viewer.id);
    const coming = await nextMeetingsLedBy(db, viewer.id);
    const attended = await recentAttendanceLedBy(db, viewer.id);
    return renderPage(
      c,
      { title: m.dashboard.title },
      <Dashboard
        m={m}
        locale={c.var.locale}
        groups={groups}
        coming={coming}
        attended={attended}
        zone={zoneFor(c)}
        notice={c.req.query('done') === 'stepped-down' ? m.leaders.steppedDown : undefined}
      />,
    );
  });

  app.get('/lead/:slug', requireLeading(canLeadGroup), async (c) => {
    const { access, m, viewer, stored } = leading(c);
    const db = c.var.deps.database.db;
    const main = stored.input.schedules[0];
    const meetings = await upcomingMeetings(db, access.groupId, new Date(), 6);
    const preview = main
      ? {
          words: describeSchedule(toStoredSchedule(main), c.var.locale),
          dates: meetings.map((mt) => when(mt.startsAt, mt.timezone, c.var.locale)),
        }
      : null;
    const changes = stateChangesFor(access.published, access.status).filter(
      (ch) => ch !== 'end' || canManageLeaders(viewer, access),
    );
    return renderPage(
      c,
      { title: stored.input.name },
      <Overview
        m={m}
        locale={c.var.locale}
        group={{
          slug: access.slug,
          name: stored.input.name,
          kind: access.kind,
          policy: access.policy,
          published: access.published,
          status: access.status,
        }}
        notice={doneNotice(m, c.req.query('done') ?? '')}
        preview={preview}
        waiting={await waitingCount(db, access.groupId)}
        agreementVersion={access.agreementVersion}
        changes={changes}
        intake={canEditIntakeQuestions(viewer, access)}
      />,
    );
  });

  return app;
}
