import type { ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
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
import { windowLimit } from '../limits/limits.js';
import { tooManyRequests } from '../limits/rate-limit.js';
import { isMember } from '../membership/policies.js';
import { renderSupportCard } from '../safety/card.js';
import {
  applyControl,
  isControl,
  needsMessage,
  needsPerson,
  openByHand,
  setHand,
} from './controls.js';
import { eventById, visibleTo } from './events.js';
import { type Room, requireRoom, room } from './guard.js';
import { roomText } from './messages/index.js';
import { ReportPage } from './pages.js';
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
import { meOf, roomPage } from './room-page.js';
import { parseKeepDays, setKeepDays } from './settings.js';
import { type EventSink, honoSink, nodeSink } from './sink.js';
import { streamRoom } from './stream.js';

const PATH = `/groups/:slug{${SLUG}}/room`;
/** One message a second on average is more than anyone types; a script is stopped. */
const MESSAGES_PER_PERSON = windowLimit('room.message', 60, 60_000);

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
    if (!r.session)
      await openByHand(c.var.deps.database.db, r.access.groupId, { id: r.viewer.id, ip: ipOf(c) });
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
    // Counted per person across instances: a flood from one account, not one address.
    const { retryAfter } = await c.var.deps.limits.attempt(MESSAGES_PER_PERSON, r.viewer.id);
    if (retryAfter !== undefined) {
      if (fragment) return c.text(t.errors.tooFast(retryAfter), 429);
      throw tooManyRequests(retryAfter, t.errors.tooFast(retryAfter));
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

  app.post(`${PATH}/settings`, requireRoom(canRunRoom), async (c) => {
    const r = room(c);
    const days = parseKeepDays(one((await formBody(c)).keepDays));
    if (days === null)
      return roomPage(c, r, { status: 400, keepError: roomText(c.var.locale).errors.badKeep });
    await setKeepDays(c.var.deps.database.db, r.access.groupId, days, {
      id: r.viewer.id,
      ip: ipOf(c),
    });
    return c.redirect(`/groups/${r.access.slug}/room?saved=1#room-settings`, 303);
  });

  app.post(`${PATH}/hand`, requireRoom(canReadRoom), async (c) => {
    const r = room(c);
    if (r.session)
      await setHand(c.var.deps.database.db, r.session, r.viewer.id, (await formBody(c)).up === '1');
    return back(c, r);
  });

  app.get(`${PATH}/report`, requireRoom(canReadRoom), async (c) => {
    const r = room(c);
    const session = r.session ?? closed(c);
    const t = roomText(c.var.locale);
    const id = Number(c.req.query('message'));
    const e = Number.isSafeInteger(id) ? await eventById(c.var.deps.database.db, id) : null;
    const reportable =
      e?.sessionId === session.id &&
      e.kind === 'message' &&
      e.authorId !== r.viewer.id &&
      visibleTo(e, { id: r.viewer.id, leads: r.leads });
    if (!e || !reportable) throw new HTTPException(404, { message: t.errors.noSuch });
    return renderPage(
      c,
      { title: t.actions.reportReason },
      <ReportPage me={meOf(c, r)} groupName={r.access.name} e={e} />,
    );
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
    const start = Number.isSafeInteger(from) && from >= 0 ? from : 0;
    // The stream keeps only what it needs, not the request's context (memory per listener).
    const { database } = c.var.deps;
    const me = meOf(c, r);
    const of = {
      sessionId: session.id,
      leads: r.leads,
      waiting: r.standing.person?.state === 'waiting',
    };
    const run = (sink: EventSink) => streamRoom(database, sink, of, start, me);
    // On the Node server, straight onto the socket (sink.ts); through app.request, Hono's stream.
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (outgoing) {
      run(nodeSink(outgoing)).catch(() => outgoing.destroy());
      return RESPONSE_ALREADY_SENT;
    }
    return streamSSE(c, (stream) => run(honoSink(stream)));
  });

  return app;
}
