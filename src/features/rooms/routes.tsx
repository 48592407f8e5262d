import { sql } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../../app-env.js';
import { queryRows } from '../../db/client.js';
import { SLUG } from '../../lib/slug-pattern.js';
import { renderPage } from '../../views/page.js';
import { ipOf } from '../accounts/limits.js';
import { wakeWorkers } from '../jobs/queue.js';
import { formBody, one } from '../leading/guard.js';
import { viewerDateTime } from '../membership/panel.js';
import { isMember } from '../membership/policies.js';
import { renderSupportCard } from '../safety/card.js';
import { zoneFor } from '../zones/zone.js';
import { roomState } from './bus.js';
import { applyControl, isControl, needsMessage, needsPerson, setHand } from './controls.js';
import { eventById, lastEventId, recentMessages, visibleTo } from './events.js';
import { type Room, requireRoom, room } from './guard.js';
import { roomText } from './messages/index.js';
import { ClosedPage, DoorPage, RoomPage, WaitingPage } from './pages.js';
import { enterRoom, seen } from './people.js';
import {
  canEnterRoom,
  canReachRoom,
  canReadRoom,
  canRunRoom,
  canStreamRoom,
  canWaitForRoom,
  canWriteInRoom,
  canWriteWaiting,
} from './policies.js';
import {
  parseRoomMessage,
  postRoomMessage,
  REPORT_REASONS,
  type ReportReason,
  reportMessage,
} from './posting.js';
import { CLOSE_AFTER_MS, HAND_OPEN_MS, keptSession, meetingNow, openSession } from './sessions.js';
import { streamRoom } from './stream.js';
import type { Me } from './views.js';

const PATH = `/groups/:slug{${SLUG}}/room`;

const meOf = (c: Context<AppEnv>, r: Room): Me => ({
  id: r.viewer.id,
  leads: r.leads,
  slug: r.access.slug,
  t: roomText(c.var.locale),
  fmt: viewerDateTime(c, zoneFor(c)),
});

async function groupExtras(c: Context<AppEnv>, groupId: string) {
  const [row] = await queryRows<{ keep_days: number | null; online_url: string | null }>(
    c.var.deps.database.db,
    sql`SELECT k.keep_days, g.online_url FROM groups g
          LEFT JOIN room_settings k ON k.group_id = g.id WHERE g.id = ${groupId}`,
  );
  return { keepDays: Number(row?.keep_days ?? 0), video: row?.online_url ?? null };
}

/** The room as this viewer finds it now: closed, at the door, waiting, or inside. */
async function roomPage(
  c: Context<AppEnv>,
  r: Room,
  form: { value?: string; error?: string; status?: 400 } = {},
) {
  const { db } = c.var.deps.database;
  const me = meOf(c, r);
  const { t } = me;
  const title = t.title(r.access.name);
  const { keepDays, video } = await groupExtras(c, r.access.groupId);
  const status = form.status;
  if (!r.session) {
    const kept = isMember(r.access) || r.leads ? await keptSession(db, r.access.groupId) : null;
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
  await seen(db, r.session.id, r.viewer.id);
  const state = await roomState(c.var.deps.database, r.session.id);
  if (!state) throw new HTTPException(404, { message: t.errors.notFound });
  const looker = { id: me.id, leads: r.leads };
  const after = await lastEventId(db, r.session.id);
  const messages = (await recentMessages(db, r.session.id)).filter((e) => visibleTo(e, looker));
  const pinned = state.session.pinnedEventId
    ? await eventById(db, state.session.pinnedEventId)
    : null;
  return renderPage(
    c,
    { title, status, scripts: ['room.js'] },
    <RoomPage
      me={me}
      groupName={r.access.name}
      state={state}
      messages={messages}
      pinned={pinned && !pinned.held ? pinned : null}
      after={after}
      keepDays={keepDays}
      video={video}
      form={form}
      notice={c.req.query('reported') === '1' ? t.actions.reported : undefined}
    />,
  );
}

const back = (c: Context<AppEnv>, r: Room, hash = '') =>
  c.redirect(`/groups/${r.access.slug}/room${hash}`, 303);
const closed = (c: Context<AppEnv>) => {
  throw new HTTPException(409, { message: roomText(c.var.locale).errors.closed });
};

export function roomRoutes() {
  const app = new Hono<AppEnv>();

  app.get(PATH, requireRoom(canReachRoom), (c) => roomPage(c, room(c)));

  app.post(`${PATH}/enter`, requireRoom(canReachRoom), async (c) => {
    const r = room(c);
    if (!r.session) return back(c, r);
    const { db } = c.var.deps.database;
    const name = r.viewer.name;
    if (canEnterRoom(r.viewer, r.access, r.standing)) {
      await enterRoom(
        db,
        r.session,
        { id: r.viewer.id, name },
        { state: 'in', attends: isMember(r.access) },
      );
    } else if (canWaitForRoom(r.viewer, r.access, r.standing)) {
      const body = await formBody(c);
      if (body.agree !== '1')
        return roomPage(c, r, { status: 400, error: roomText(c.var.locale).door.agreeError });
      await enterRoom(
        db,
        r.session,
        { id: r.viewer.id, name },
        { state: 'waiting', attends: false },
      );
    }
    return back(c, r);
  });

  app.post(`${PATH}/open`, requireRoom(canRunRoom), async (c) => {
    const r = room(c);
    if (!r.session) {
      const { db } = c.var.deps.database;
      const meeting = await meetingNow(db, r.access.groupId, new Date());
      await openSession(db, r.access.groupId, {
        meetingStartsAt: null,
        closesAt: new Date(
          Math.max(Date.now() + HAND_OPEN_MS, (meeting?.endsAt.getTime() ?? 0) + CLOSE_AFTER_MS),
        ),
        openedBy: r.viewer.id,
      });
    }
    return back(c, r);
  });

  app.post(`${PATH}/messages`, requireRoom(canReachRoom), async (c) => {
    const r = room(c);
    const session = r.session ?? closed(c);
    const t = roomText(c.var.locale);
    const form = await formBody(c);
    const value = one(form.message);
    const parsed = parseRoomMessage(value);
    const fragment = c.req.header('X-Fragment') === '1';
    if (!parsed.ok) {
      if (fragment) return c.text(t.errors[parsed.error], 400);
      return roomPage(c, r, { status: 400, value, error: t.errors[parsed.error] });
    }
    const { db } = c.var.deps.database;
    const to = one(form.to);
    const waiting = r.standing.person?.state === 'waiting';
    if (r.leads && to) {
      // A facilitator's reply to someone in the waiting room.
      await postRoomMessage(
        db,
        session,
        { id: r.viewer.id, name: r.viewer.name, leads: true },
        parsed.body,
        { waiting: true, to },
      );
      return back(c, r);
    }
    const allowed = waiting
      ? canWriteWaiting(r.viewer, r.access, r.standing)
      : canWriteInRoom(r.viewer, r.access, r.standing);
    if (!allowed) throw new HTTPException(403, { message: t.form.muted });
    const posted = await postRoomMessage(
      db,
      session,
      { id: r.viewer.id, name: r.viewer.name, leads: r.leads },
      parsed.body,
      { waiting },
    );
    await seen(db, session.id, r.viewer.id);
    if (posted.safety) {
      wakeWorkers();
      return renderSupportCard(c, {
        level: posted.safety.level,
        told: posted.safety.told,
        group: { name: r.access.name, slug: r.access.slug },
        sent: 'message',
        held: posted.held,
        next: `/groups/${r.access.slug}/room`,
      });
    }
    if (fragment) return c.body(null, 204);
    return back(c, r, `#m${posted.id}`);
  });

  app.post(`${PATH}/control`, requireRoom(canRunRoom), async (c) => {
    const r = room(c);
    const session = r.session ?? closed(c);
    const body = await formBody(c);
    const control = one(body.control);
    const person = one(body.person);
    const message = Number(one(body.message));
    const t = roomText(c.var.locale);
    if (
      !isControl(control) ||
      (needsPerson(control) && !person) ||
      (needsMessage(control) && !Number.isSafeInteger(message))
    )
      throw new HTTPException(400, { message: t.errors.noSuch });
    const { db } = c.var.deps.database;
    const changed = await applyControl(
      db,
      session,
      { id: r.viewer.id, ip: ipOf(c) },
      {
        control,
        person: person || undefined,
        message: needsMessage(control) ? message : undefined,
      },
      {
        attends: async (id) =>
          (
            await queryRows(
              db,
              sql`SELECT 1 FROM memberships WHERE group_id = ${r.access.groupId} AND user_id = ${id} AND status = 'member'`,
            )
          ).length > 0,
      },
    );
    if (!changed && control !== 'end') throw new HTTPException(409, { message: t.errors.noSuch });
    return control === 'end'
      ? c.redirect(`/groups/${r.access.slug}/room?ended=1`, 303)
      : back(c, r);
  });

  app.post(`${PATH}/hand`, requireRoom(canReadRoom), async (c) => {
    const r = room(c);
    if (r.session)
      await setHand(c.var.deps.database.db, r.session, r.viewer.id, (await formBody(c)).up === '1');
    return back(c, r);
  });

  app.post(`${PATH}/report`, requireRoom(canReadRoom), async (c) => {
    const r = room(c);
    const session = r.session ?? closed(c);
    const body = await formBody(c);
    const reason = one(body.reason) as ReportReason;
    const id = Number(one(body.message));
    const t = roomText(c.var.locale);
    if (!REPORT_REASONS.includes(reason) || !Number.isSafeInteger(id))
      throw new HTTPException(400, { message: t.errors.noSuch });
    const ok = await reportMessage(
      c.var.deps.database.db,
      session,
      id,
      { id: r.viewer.id, ip: ipOf(c) },
      reason,
    );
    if (!ok) throw new HTTPException(404, { message: t.errors.noSuch });
    return c.redirect(`/groups/${r.access.slug}/room?reported=1`, 303);
  });

  app.get(`${PATH}/events`, requireRoom(canStreamRoom), (c) => {
    const r = room(c);
    const session = r.session ?? closed(c);
    const from = Number(c.req.header('Last-Event-ID') ?? c.req.query('after') ?? 0);
    return streamSSE(c, (stream) =>
      streamRoom(
        c,
        stream,
        { ...r, session },
        Number.isSafeInteger(from) && from >= 0 ? from : 0,
        meOf(c, r),
      ),
    );
  });

  return app;
}
