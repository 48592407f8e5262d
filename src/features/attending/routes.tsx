import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { publicOrigin } from '../../lib/public-origin.js';
import { SLUG } from '../../lib/slug-pattern.js';
import { renderPage } from '../../views/page.js';
import { requireViewer, signedIn } from '../accounts/guards.js';
import { limitForm, MAIL_LIMITS } from '../accounts/limits.js';
import { isSignedIn } from '../accounts/policies.js';
import { readUnsubscribeToken } from '../mail/unsubscribe-token.js';
import { groupAccess, requireGroup } from '../membership/guards.js';
import { canRsvp } from '../membership/policies.js';
import { zoneFor } from '../zones/zone.js';
import {
  calendarFeed,
  FEED_TOKEN,
  feedOwner,
  hasCalendarFeed,
  resetCalendarFeed,
} from './calendar-feed.js';
import { turnOffMail } from './commands.js';
import { attendingText } from './messages/index.js';
import { myGatherwell } from './my-query.js';
import { isUpcomingMeeting, setRsvp } from './rsvp.js';
import { MyPage } from './views/my-page.js';
import { meetingAnchor } from './views/rsvp-control.js';
import { UnsubscribePage } from './views/unsubscribe-page.js';

type Ctx = Context<AppEnv>;
/** A meeting's start as toISOString() writes it. */
const INSTANT = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z';

const rsvpForm = z.object({
  going: z.enum(['yes', 'no']),
  back: z.string().optional(),
});

async function showMy(c: Ctx, feedUrl?: string) {
  const viewer = signedIn(c);
  const { database } = c.var.deps;
  const t = attendingText(c.var.locale);
  const data = await myGatherwell(database.db, viewer.id);
  const zone = zoneFor(c);
  const exists = feedUrl !== undefined || (await hasCalendarFeed(database.db, viewer.id));
  return renderPage(
    c,
    { title: t.my.title, times: true },
    <MyPage
      t={t}
      locale={c.var.locale}
      zone={zone}
      {...data}
      feed={{ exists, url: feedUrl }}
      rsvpSaved={c.req.method === 'GET' ? c.req.query('rsvp') : undefined}
    />,
  );
}

/** RSVPs, My Gatherwell, the private calendar feed and one-click unsubscribe. */
export function attendingRoutes() {
  const app = new Hono<AppEnv>();

  app.post(
    `/groups/:slug{${SLUG}}/meetings/:startsAt{${INSTANT}}/rsvp`,
    requireGroup(canRsvp, { denied: (c) => attendingText(c.var.locale).rsvp.notMember }),
    async (c) => {
      const viewer = signedIn(c);
      const access = groupAccess(c);
      const t = attendingText(c.var.locale).rsvp;
      const db = c.var.deps.database.db;
      const slug = access.slug;
      await limitForm(c, [[MAIL_LIMITS.rsvpsPerPerson, viewer.id]]);
      const form = rsvpForm.safeParse(await c.req.parseBody());
      if (!form.success) throw new HTTPException(400, { message: t.badAnswer });
      const startsAt = new Date(c.req.param('startsAt'));
      if (
        Number.isNaN(startsAt.getTime()) ||
        !(await isUpcomingMeeting(db, access.groupId, startsAt))
      ) {
        throw new HTTPException(404, { message: t.notAMeeting });
      }
      await setRsvp(db, {
        groupId: access.groupId,
        userId: viewer.id,
        startsAt,
        going: form.data.going === 'yes',
      });
      // Back to the page the answer came from, and only to one of ours.
      const back = form.data.back === '/my' ? '/my' : `/groups/${slug}`;
      return c.redirect(`${back}?rsvp=${form.data.going}#${meetingAnchor(startsAt)}`, 303);
    },
  );

  app.get('/my', requireViewer(isSignedIn), (c) => showMy(c));

  // The new URL is shown in this answer only (never in a redirect or a log): the page is the
  // one place the secret is ever written.
  app.post('/my/calendar', requireViewer(isSignedIn), async (c) => {
    const viewer = signedIn(c);
    const token = await resetCalendarFeed(c.var.deps.database.db, viewer.id);
    return showMy(c, `${publicOrigin(c)}/calendar/${token}.ics`);
  });

  // The request log records the route pattern, never the path, so the secret stays out of logs.
  app.get('/calendar/:file{[A-Za-z0-9_-]+\\.ics}', async (c) => {
    const token = c.req.param('file').replace(/\.ics$/, '');
    const db = c.var.deps.database.db;
    const owner = FEED_TOKEN.test(token) ? await feedOwner(db, token) : null;
    if (!owner) throw new HTTPException(404);
    const body = await calendarFeed(db, owner, {
      origin: publicOrigin(c),
      calendarName: attendingText(c.var.locale).feed.calendarName,
    });
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Cache-Control', 'private, no-store');
    return c.body(body);
  });

  const unsubscribe = (c: Ctx) => {
    const token = c.req.param('token') ?? '';
    const target = readUnsubscribeToken(c.var.deps.config.auth.secret, token);
    if (!target) {
      throw new HTTPException(404, { message: attendingText(c.var.locale).unsubscribe.bad });
    }
    return { ...target, action: `/unsubscribe/${token}` };
  };

  // Following the link only asks: mail scanners open links, and must not unsubscribe anyone.
  app.get('/unsubscribe/:token', (c) => {
    const { kind, action } = unsubscribe(c);
    const t = attendingText(c.var.locale).unsubscribe;
    c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      { title: t.title },
      <UnsubscribePage t={t} kind={kind} action={action} done={false} />,
    );
  });

  // The page's button and a mail app's RFC 8058 one-click POST (List-Unsubscribe=One-Click)
  // both land here; the token, not a session, says whose mail this is.
  app.post('/unsubscribe/:token', async (c) => {
    const { userId, kind, action } = unsubscribe(c);
    const t = attendingText(c.var.locale).unsubscribe;
    if (!(await turnOffMail(c.var.deps.database.db, userId, kind))) {
      throw new HTTPException(404, { message: t.bad });
    }
    c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      { title: t.title },
      <UnsubscribePage t={t} kind={kind} action={action} done={true} />,
    );
  });

  return app;
}
