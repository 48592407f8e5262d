import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DateTime } from 'luxon';
import type { AppEnv } from '../../app-env.js';
import { isLocale } from '../../i18n/locales.js';
import { publicOrigin } from '../../lib/public-origin.js';
import { formatOccurrence } from '../../shared/schedule/index.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { wantsMail } from '../mail/preferences.js';
import { unsubscribeLink } from '../mail/unsubscribe-token.js';
import { canRunMeetings } from '../membership/policies.js';
import { zoneFor } from '../zones/zone.js';
import { auditGroup, formBody, type Leading, leading, one, requireLeading } from './guard.js';
import { meetingChangedMail } from './mail.js';
import { changeMeeting, type MeetingChange, recordAttendance } from './meeting-commands.js';
import {
  attendanceAt,
  attendanceHistory,
  membersOf,
  membersToTell,
  pastMeetings,
  recentChanges,
  startedMeeting,
  upcomingMeetings,
} from './queries.js';

import { AttendancePage, HistoryPage, MeetingsPage } from './views/meeting-pages.js';
import { meetingPath, when } from './views/parts.js';

type Ctx = Context<AppEnv>;
type Lead = Leading & { stored: { input: { name: string } } };

/** The meeting in the path: an ISO instant, or 404. */
function startsAtParam(c: Ctx): Date {
  const raw = c.req.param('startsAt') ?? '';
  const at = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(at.getTime())) throw new HTTPException(404);
  return at;
}

async function meetingsPage(
  c: Ctx,
  lead: Lead,
  extra: { notice?: string; failed?: Parameters<typeof MeetingsPage>[0]['failed'] } = {},
) {
  const db = c.var.deps.database.db;
  const { access, m } = lead;
  const now = new Date();
  return renderPage(
    c,
    {
      title: m.meetings.title(lead.stored.input.name),
      status: extra.failed ? 400 : 200,
    },
    <MeetingsPage
      m={m}
      locale={c.var.locale}
      slug={access.slug}
      name={lead.stored.input.name}
      upcoming={await upcomingMeetings(db, access.groupId, now, 12)}
      past={(await pastMeetings(db, access.groupId, now, 8)).slice(0, 12)}
      changes={await recentChanges(db, access.groupId, now)}
      zone={zoneFor(c)}
      notice={extra.notice}
      failed={extra.failed}
    />,
  );
}

/** Tell every member, each in their own language and zone. */
async function tellMembers(
  c: Ctx,
  lead: Lead,
  change: {
    kind: 'cancelled' | 'moved';
    startsAt: Date;
    newStartsAt: Date | null;
    note: string;
    zone: string;
  },
) {
  const { deps } = c.var;
  const link = `${publicOrigin(c)}/groups/${lead.access.slug}`;
  for (const member of await membersToTell(deps.database.db, lead.access.groupId)) {
    // Members who turned group notices off see the change on the group page and in /my.
    if (!wantsMail(member.notifications, 'groupNotices')) continue;
    const locale = isLocale(member.locale) ? member.locale : c.var.locale;
    const at = (d: Date) => {
      const f = formatOccurrence(
        { start: d, end: d, localDate: '' },
        member.timezone ?? change.zone,
        change.zone,
        locale,
      );
      return f.group ? `${f.viewer} (${f.group})` : f.viewer;
    };
    await deps.mailer.send(
      meetingChangedMail(member.email, locale, {
        kind: change.kind,
        group: lead.stored.input.name,
        when: at(change.startsAt),
        newWhen: change.newStartsAt ? at(change.newStartsAt) : undefined,
        note: change.note,
        link,
        unsubscribe: unsubscribeLink(
          publicOrigin(c),
          deps.config.auth.secret,
          member.userId,
          'groupNotices',
        ),
      }),
    );
  }
}

export function meetingRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/lead/:slug/meetings', requireLeading(canRunMeetings), async (c) => {
    const lead = leading(c);
    const done = c.req.query('done');
    const notice =
      done === 'cancelled'
        ? lead.m.meetings.cancelled
        : done === 'moved'
          ? lead.m.meetings.moved
          : undefined;
    return meetingsPage(c, lead, { notice });
  });

  for (const kind of ['cancel', 'move'] as const) {
    app.post(
      `/lead/:slug/meetings/:startsAt/${kind}`,
      requireLeading(canRunMeetings),
      async (c) => {
        const lead = leading(c);
        const startsAt = startsAtParam(c);
        const t = lead.m.meetings;
        const body = await formBody(c);
        const note = one(body.note).trim();
        const date = one(body.date).trim();
        const time = one(body.time).trim();
        const key = startsAt.getTime();
        const errors: FieldErrors = {};
        if (note.length > 500) errors[`${kind}-note-${key}`] = t.problems.note;
        const zone = lead.stored.input.schedules[0]?.timezone ?? zoneFor(c);
        if (kind === 'move') {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid)
            errors[`date-${key}`] = t.problems.date;
          else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) errors[`time-${key}`] = t.problems.time;
          else if (DateTime.fromISO(`${date}T${time}`, { zone }).toJSDate() <= new Date()) {
            errors[`date-${key}`] = t.problems.future;
          }
        }
        if (Object.keys(errors).length > 0) {
          return meetingsPage(c, lead, {
            failed: {
              startsAt: startsAt.toISOString(),
              errors,
              values: { kind, note, date, time },
            },
          });
        }
        const change: MeetingChange =
          kind === 'cancel' ? { kind: 'cancelled', note } : { kind: 'moved', note, date, time };
        const db = c.var.deps.database.db;
        const done = await changeMeeting(db, lead.access.groupId, startsAt, change, lead.viewer.id);
        if (!done) {
          return meetingsPage(c, lead, {
            failed: { startsAt: '', errors: { form: t.notFound }, values: {} },
          });
        }
        await auditGroup(
          c,
          lead.viewer,
          kind === 'cancel' ? 'meeting.cancelled' : 'meeting.moved',
          lead.access.groupId,
        );
        await tellMembers(c, lead, {
          kind: change.kind,
          startsAt,
          newStartsAt: done.newStartsAt,
          note,
          zone,
        });
        return c.redirect(`/lead/${lead.access.slug}/meetings?done=${change.kind}`, 303);
      },
    );
  }

  async function attendanceForm(c: Ctx, lead: Lead, startsAt: Date, saved: boolean) {
    const db = c.var.deps.database.db;
    const meeting = await startedMeeting(db, lead.access.groupId, startsAt);
    if (!meeting) throw new HTTPException(404, { message: lead.m.attendance.notMeeting });
    const recorded = await attendanceAt(db, lead.access.groupId, startsAt);
    const members = await membersOf(db, lead.access.groupId);
    // People recorded then who have since left still appear, so their record can be read.
    for (const r of recorded) {
      if (!members.some((mb) => mb.userId === r.userId))
        members.push({ userId: r.userId, name: r.name });
    }
    const title = lead.m.attendance.title(when(meeting.startsAt, meeting.timezone, c.var.locale));
    return {
      members,
      page: () =>
        renderPage(
          c,
          { title },
          <AttendancePage
            m={lead.m}
            slug={lead.access.slug}
            title={title}
            members={members}
            present={new Set(recorded.filter((r) => r.present).map((r) => r.userId))}
            saved={saved}
            action={meetingPath(lead.access.slug, startsAt)}
          />,
        ),
    };
  }

  app.get('/lead/:slug/meetings/:startsAt', requireLeading(canRunMeetings), async (c) => {
    const lead = leading(c);
    const form = await attendanceForm(c, lead, startsAtParam(c), c.req.query('saved') === '1');
    return form.page();
  });

  app.post('/lead/:slug/meetings/:startsAt', requireLeading(canRunMeetings), async (c) => {
    const lead = leading(c);
    const startsAt = startsAtParam(c);
    const form = await attendanceForm(c, lead, startsAt, false);
    const body = await formBody(c);
    const ticked = new Set([body.present ?? []].flat());
    const db = c.var.deps.database.db;
    // Only people on the form are recorded: any other id in the body is ignored.
    const marks = form.members.map((mb) => ({ userId: mb.userId, present: ticked.has(mb.userId) }));
    await recordAttendance(db, lead.access.groupId, startsAt, marks, lead.viewer.id);
    await auditGroup(c, lead.viewer, 'attendance.recorded', lead.access.groupId, {
      present: marks.filter((mk) => mk.present).length,
      listed: marks.length,
    });
    return c.redirect(`${meetingPath(lead.access.slug, startsAt)}?saved=1`, 303);
  });

  app.get('/lead/:slug/attendance', requireLeading(canRunMeetings), async (c) => {
    const lead = leading(c);
    const history = await attendanceHistory(c.var.deps.database.db, lead.access.groupId);
    return renderPage(
      c,
      { title: lead.m.attendance.historyTitle(lead.stored.input.name) },
      <HistoryPage
        m={lead.m}
        locale={c.var.locale}
        slug={lead.access.slug}
        name={lead.stored.input.name}
        zone={zoneFor(c)}
        perMeeting={history.perMeeting}
        perMember={history.perMember}
      />,
    );
  });

  return app;
}
