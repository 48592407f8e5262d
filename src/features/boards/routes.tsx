import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { ipOf } from '../accounts/limits.js';
import { formBody, one } from '../leading/guard.js';
import { type Board, board, requireBoard } from './guard.js';
import { changeThread, isThreadAction } from './manage.js';
import { boardText } from './messages/index.js';
import { ownPenalties } from './penalties.js';
import { canModerateBoard, canPostOnBoard, canReadBoard } from './policies.js';
import { boardPath } from './post-views.js';
import { reply, startThread, threadById } from './posting.js';
import {
  isFollowing,
  listThreads,
  POSTS_PER_PAGE,
  preferencesOf,
  savePreferences,
  setFollowing,
  THREADS_PER_PAGE,
  threadPosts,
} from './read.js';
import { afterWrite, BOARD, ctxOf, limitPosts, UUID, writeRefusal } from './route-helpers.js';
import { parseBody, parseTitle } from './rules.js';
import { BoardPage, ThreadPage } from './views.js';

async function boardPage(
  c: Context<AppEnv>,
  b: Board,
  form?: { errors: FieldErrors; title: string; body: string },
) {
  const { db } = c.var.deps.database;
  const q = (c.req.query('q') ?? '').trim().slice(0, 200);
  const page = pageOf(c);
  const { threads, total } = await listThreads(db, {
    groupId: b.access.groupId,
    viewerId: b.viewer.id,
    leads: b.leads,
    page,
    q,
  });
  const ctx = ctxOf(c, b);
  return renderPage(
    c,
    { title: ctx.t.board.title(b.access.name), status: form ? 400 : 200 },
    <BoardPage
      ctx={ctx}
      groupName={b.access.name}
      standing={b.standing}
      threads={threads}
      total={total}
      page={page}
      pages={Math.max(1, Math.ceil(total / THREADS_PER_PAGE))}
      q={q}
      prefs={await preferencesOf(db, b.access.groupId, b.viewer.id)}
      penalties={await ownPenalties(db, b.access.groupId, b.viewer.id)}
      saved={c.req.query('saved') === '1'}
      errors={form?.errors ?? {}}
      values={{ title: form?.title ?? '', body: form?.body ?? '' }}
    />,
  );
}

async function threadPage(
  c: Context<AppEnv>,
  b: Board,
  threadId: string,
  form?: { errors: FieldErrors; body: string },
) {
  const { db } = c.var.deps.database;
  const thread = await threadById(db, b.access.groupId, threadId);
  const t = boardText(c.var.locale);
  if (!thread) throw new HTTPException(404, { message: t.errors.threadGone });
  const page = pageOf(c);
  const { posts, total } = await threadPosts(db, {
    threadId,
    viewerId: b.viewer.id,
    leads: b.leads,
    page,
  });
  const opening = page === 1 ? posts.find((p) => p.opening) : undefined;
  // A thread whose opening post others cannot read yet is not shown to them at all.
  if (page === 1 && !opening && !b.leads)
    throw new HTTPException(404, { message: t.errors.threadGone });
  const titleShown = b.leads || !opening || opening.body !== null;
  return renderPage(
    c,
    {
      title: titleShown ? thread.title || t.board.untitled : t.board.underReviewTitle,
      status: form ? 400 : 200,
    },
    <ThreadPage
      ctx={ctxOf(c, b)}
      standing={b.standing}
      thread={{
        id: thread.id,
        title: thread.title,
        closed: thread.closed,
        locked: thread.locked,
        pinned: thread.pinned,
        slowMinutes: thread.slow_minutes,
      }}
      titleShown={titleShown}
      posts={posts}
      page={page}
      pages={Math.max(1, Math.ceil(total / POSTS_PER_PAGE))}
      following={await isFollowing(db, thread.id, b.viewer.id)}
      errors={form?.errors ?? {}}
      value={form?.body ?? ''}
    />,
  );
}

/** The page asked for, 1 when missing or absurd. */
const pageOf = (c: Context<AppEnv>) => {
  const n = Number(c.req.query('page') ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
};

const author = (b: Board) => ({ id: b.viewer.id, name: b.viewer.name, leads: b.leads });

export function boardRoutes() {
  const app = new Hono<AppEnv>();

  app.get(BOARD, requireBoard(canReadBoard), (c) => boardPage(c, board(c)));

  app.post(BOARD, requireBoard(canPostOnBoard), async (c) => {
    const b = board(c);
    const t = boardText(c.var.locale).errors;
    const form = await formBody(c);
    const title = parseTitle(one(form.title));
    const body = parseBody(one(form.body));
    if (!title.ok || !body.ok) {
      const errors: FieldErrors = {
        title: title.ok ? undefined : title.error === 'empty' ? t.titleEmpty : t.titleTooLong,
        body: body.ok ? undefined : body.error === 'empty' ? t.bodyEmpty : t.bodyTooLong,
      };
      return boardPage(c, b, { errors, title: one(form.title), body: one(form.body) });
    }
    await limitPosts(c, b);
    const w = await startThread(
      c.var.deps.database.db,
      b.access.groupId,
      author(b),
      title.value,
      body.value,
    );
    return afterWrite(
      c,
      b,
      w.safety,
      w.state === 'held',
      `${boardPath(b.access.slug)}/t/${w.threadId}`,
    );
  });

  app.post(`${BOARD}/preferences`, requireBoard(canReadBoard), async (c) => {
    const b = board(c);
    const form = await formBody(c);
    const choice = (v: string) => (v === 'now' || v === 'daily' || v === 'off' ? v : null);
    const replies = choice(one(form.replies));
    const newThreads = choice(one(form.newThreads));
    if (!replies || !newThreads)
      throw new HTTPException(400, { message: boardText(c.var.locale).errors.badChoice });
    await savePreferences(c.var.deps.database.db, b.access.groupId, b.viewer.id, {
      replies,
      newThreads,
    });
    return c.redirect(`${boardPath(b.access.slug)}?saved=1`, 303);
  });

  app.get(`${BOARD}/t/:thread{${UUID}}`, requireBoard(canReadBoard), (c) =>
    threadPage(c, board(c), c.req.param('thread')),
  );

  app.post(`${BOARD}/t/:thread{${UUID}}`, requireBoard(canPostOnBoard), async (c) => {
    const b = board(c);
    const threadId = c.req.param('thread');
    const t = boardText(c.var.locale).errors;
    const raw = one((await formBody(c)).body);
    const body = parseBody(raw);
    if (!body.ok)
      return threadPage(c, b, threadId, {
        errors: { body: body.error === 'empty' ? t.bodyEmpty : t.bodyTooLong },
        body: raw,
      });
    await limitPosts(c, b);
    const w = await reply(
      c.var.deps.database.db,
      b.access.groupId,
      threadId,
      author(b),
      body.value,
    ).catch((e) => writeRefusal(c, e));
    return afterWrite(
      c,
      b,
      w.safety,
      w.state === 'held',
      `${boardPath(b.access.slug)}/t/${threadId}#p-${w.postId}`,
    );
  });

  app.post(`${BOARD}/t/:thread{${UUID}}/follow`, requireBoard(canReadBoard), async (c) => {
    const b = board(c);
    const threadId = c.req.param('thread');
    const { db } = c.var.deps.database;
    if (!(await threadById(db, b.access.groupId, threadId)))
      throw new HTTPException(404, { message: boardText(c.var.locale).errors.threadGone });
    await setFollowing(db, threadId, b.viewer.id, one((await formBody(c)).follow) !== 'no');
    return c.redirect(`${boardPath(b.access.slug)}/t/${threadId}`, 303);
  });

  app.post(`${BOARD}/t/:thread{${UUID}}/manage`, requireBoard(canModerateBoard), async (c) => {
    const b = board(c);
    const threadId = c.req.param('thread');
    const form = await formBody(c);
    const action = one(form.action);
    const minutes = Number(one(form.minutes) || '0');
    const t = boardText(c.var.locale).errors;
    if (
      !isThreadAction(action) ||
      (action === 'slow' && !(Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440))
    )
      throw new HTTPException(400, { message: t.badChoice });
    const ok = await changeThread(c.var.deps.database.db, {
      groupId: b.access.groupId,
      threadId,
      action,
      slowMinutes: minutes,
      by: b.viewer.id,
      ip: ipOf(c),
    });
    if (!ok) throw new HTTPException(404, { message: t.threadGone });
    return c.redirect(`${boardPath(b.access.slug)}/t/${threadId}`, 303);
  });

  return app;
}
