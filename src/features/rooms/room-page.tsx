import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DateTime } from 'luxon';
import type { AppEnv } from '../../app-env.js';
import { queryRows } from '../../db/client.js';
import { renderPage } from '../../views/page.js';
import { canSeePrivateDetails } from '../membership/policies.js';
import { zoneFor } from '../zones/zone.js';
import { roomState } from './bus.js';
import { lastEventId, recentMessages, visibleTo } from './events.js';
import type { Room } from './guard.js';
import { roomText } from './messages/index.js';
import { ClosedPage, DoorPage, RoomPage, WaitingPage } from './pages.js';
import { enterRoom, seen } from './people.js';
import { canEnterRoom, canReadKeptMessages, canWaitForRoom } from './policies.js';
import { keptSession } from './sessions.js';
import { keepDaysOf } from './settings.js';
import { KeepForm, type Me } from './views.js';

/**
 * The room's one page, drawn for where this viewer stands: closed (with kept messages), at the
 * door, in the waiting room, or inside. Every room route that answers with a page comes here.
 */

/** Dates as the viewer reads them; holds the language and zone, not the request. */
const dateTimeIn = (locale: string, zone: string) => (d: Date) =>
  DateTime.fromJSDate(d).setZone(zone).setLocale(locale).toLocaleString(DateTime.DATETIME_MED);

export const meOf = (c: Context<AppEnv>, r: Room): Me => ({
  id: r.viewer.id,
  leads: r.leads,
  slug: r.access.slug,
  t: roomText(c.var.locale),
  fmt: dateTimeIn(c.var.locale, zoneFor(c)),
  view: `${c.var.locale}|${zoneFor(c)}`,
});

/** The group's video link, for those who may see it (members-only unless the group made it public). */
async function videoLink(c: Context<AppEnv>, r: Room) {
  const [row] = await queryRows<{ online_url: string | null; online_visibility: string }>(
    c.var.deps.database.db,
    sql`SELECT online_url, online_visibility FROM groups WHERE id = ${r.access.groupId}`,
  );
  const may = row?.online_visibility === 'public' || canSeePrivateDetails(r.viewer, r.access);
  return may ? (row?.online_url ?? null) : null;
}

/** The room as this viewer finds it now: closed, at the door, waiting, or inside. */
export async function roomPage(
  c: Context<AppEnv>,
  r: Room,
  form: { value?: string; error?: string; keepError?: string; status?: 400 } = {},
) {
  const { db } = c.var.deps.database;
  const me = meOf(c, r);
  const { t } = me;
  const title = t.title(r.access.name);
  const keepDays = await keepDaysOf(db, r.access.groupId);
  const status = form.status;
  const settings = r.leads ? (
    <KeepForm
      me={me}
      keepDays={keepDays}
      error={form.keepError}
      saved={c.req.query('saved') === '1'}
    />
  ) : null;
  if (!r.session) {
    const kept = canReadKeptMessages(r.viewer, r.access)
      ? await keptSession(db, r.access.groupId)
      : null;
    const [next] = await queryRows<{ starts_at: Date | string }>(
      db,
      sql`SELECT starts_at FROM group_occurrences WHERE group_id = ${r.access.groupId}
           AND starts_at > now() ORDER BY starts_at LIMIT 1`,
    );
    return renderPage(
      c,
      { title, status },
      <ClosedPage
        me={me}
        groupName={r.access.name}
        next={next ? new Date(next.starts_at) : null}
        ended={c.req.query('ended') === '1'}
        settings={settings}
        kept={
          kept?.keepUntil
            ? {
                until: kept.keepUntil,
                messages: (await recentMessages(db, kept.id)).filter(
                  (e) => e.kind === 'message' && visibleTo(e, { id: me.id, leads: false }),
                ),
              }
            : null
        }
      />,
    );
  }
  const person = r.standing.person;
  if (!r.leads && person?.state !== 'in') {
    const can =
      person?.state === 'removed'
        ? 'removed'
        : person?.state === 'waiting'
          ? null
          : canEnterRoom(r.viewer, r.access, r.standing)
            ? 'enter'
            : canWaitForRoom(r.viewer, r.access, r.standing)
              ? 'wait'
              : 'locked';
    if (can) {
      return renderPage(
        c,
        { title, status },
        <DoorPage
          me={me}
          groupName={r.access.name}
          keepDays={keepDays}
          can={can}
          error={form.error}
        />,
      );
    }
    const looker = { id: me.id, leads: false, waiting: true };
    const messages = (await recentMessages(db, r.session.id)).filter((e) => visibleTo(e, looker));
    return renderPage(
      c,
      { title: t.waitingTitle(r.access.name), status, scripts: ['room.js'] },
      <WaitingPage
        me={me}
        groupName={r.access.name}
        messages={messages}
        after={await lastEventId(db, r.session.id)}
        form={form}
      />,
    );
  }
  // Facilitators are in the room as soon as they open its page: listed, counted, streaming.
  if (r.leads && person?.state !== 'in') {
    await enterRoom(
      db,
      r.session,
      { id: r.viewer.id, name: r.viewer.name },
      { state: 'in', attends: false },
    );
  }
  await seen(db, r.session.id, r.viewer.id);
  const state = await roomState(c.var.deps.database, r.session.id);
  if (!state) throw new HTTPException(404, { message: t.errors.notFound });
  const looker = { id: me.id, leads: r.leads };
  const after = await lastEventId(db, r.session.id);
  const messages = (await recentMessages(db, r.session.id)).filter((e) => visibleTo(e, looker));
  return renderPage(
    c,
    { title, status, scripts: ['room.js'] },
    <RoomPage
      me={me}
      groupName={r.access.name}
      state={state}
      messages={messages}
      after={after}
      keepDays={keepDays}
      settings={settings}
      video={await videoLink(c, r)}
      form={form}
      notice={c.req.query('reported') === '1' ? t.actions.reported : undefined}
    />,
  );
}
