import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { ipOf } from '../accounts/limits.js';
import { wakeWorkers } from '../jobs/queue.js';
import { formBody, one } from '../leading/guard.js';
import { type Board, board, requireBoard } from './guard.js';
import { boardText } from './messages/index.js';
import { canManageOwnPost, canPostOnBoard, canReadBoard } from './policies.js';
import { boardPath, EditPage, ReportPage } from './post-views.js';
import { deleteOwnPost, editPost, postById } from './posting.js';
import { reportPost } from './reports.js';
import { afterWrite, BOARD, ctxOf, limitPosts, UUID, writeRefusal } from './route-helpers.js';
import { isReportReason, parseBody, withinEditWindow } from './rules.js';

/** One post's own pages: editing it (its author, 30 minutes), deleting it, reporting it. */

const POST = `${BOARD}/p/:post{${UUID}}`;
const NOTE_MAX = 500;

async function postOf(c: Context<AppEnv>, b: Board) {
  const post = await postById(c.var.deps.database.db, b.access.groupId, c.req.param('post') ?? '');
  if (!post || post.state === 'deleted')
    throw new HTTPException(404, { message: boardText(c.var.locale).errors.postGone });
  return post;
}

function editPage(
  c: Context<AppEnv>,
  b: Board,
  p: { id: string; thread_id: string },
  value: string,
  errors: FieldErrors = {},
) {
  const ctx = ctxOf(c, b);
  return renderPage(
    c,
    { title: ctx.t.edit.title, status: Object.keys(errors).length ? 400 : 200 },
    <EditPage ctx={ctx} postId={p.id} threadId={p.thread_id} value={value} errors={errors} />,
  );
}

function reportPage(
  c: Context<AppEnv>,
  b: Board,
  p: { id: string; thread_id: string },
  values = { reason: '', note: '' },
  errors: FieldErrors = {},
) {
  const ctx = ctxOf(c, b);
  return renderPage(
    c,
    { title: ctx.t.report.title, status: Object.keys(errors).length ? 400 : 200 },
    <ReportPage ctx={ctx} postId={p.id} threadId={p.thread_id} values={values} errors={errors} />,
  );
}

export function boardPostRoutes() {
  const app = new Hono<AppEnv>();

  app.get(`${POST}/edit`, requireBoard(canPostOnBoard), async (c) => {
    const b = board(c);
    const post = await postOf(c, b);
    const t = boardText(c.var.locale).errors;
    if (post.author_id !== b.viewer.id) throw new HTTPException(403, { message: t.notYours });
    if (post.locked || post.state === 'hidden') throw new HTTPException(409, { message: t.locked });
    if (!withinEditWindow(new Date(post.created_at)))
      throw new HTTPException(409, { message: t.tooLate });
    return editPage(c, b, post, post.body);
  });

  app.post(`${POST}/edit`, requireBoard(canPostOnBoard), async (c) => {
    const b = board(c);
    const post = await postOf(c, b);
    const raw = one((await formBody(c)).body);
    const body = parseBody(raw);
    const t = boardText(c.var.locale).errors;
    if (!body.ok)
      return editPage(c, b, post, raw, {
        body: body.error === 'empty' ? t.bodyEmpty : t.bodyTooLong,
      });
    await limitPosts(c, b);
    const done = await editPost(
      c.var.deps.database.db,
      b.access.groupId,
      post.id,
      { id: b.viewer.id, name: b.viewer.name, leads: b.leads },
      body.value,
    ).catch((e) => writeRefusal(c, e));
    return afterWrite(
      c,
      b,
      done.safety,
      done.held,
      `${boardPath(b.access.slug)}/t/${done.threadId}#p-${post.id}`,
    );
  });

  app.post(`${POST}/delete`, requireBoard(canManageOwnPost), async (c) => {
    const b = board(c);
    const threadId = await deleteOwnPost(
      c.var.deps.database.db,
      b.access.groupId,
      c.req.param('post'),
      b.viewer.id,
    ).catch((e) => writeRefusal(c, e));
    return c.redirect(`${boardPath(b.access.slug)}/t/${threadId}`, 303);
  });

  app.get(`${POST}/report`, requireBoard(canReadBoard), async (c) => {
    const b = board(c);
    return reportPage(c, b, await postOf(c, b));
  });

  app.post(`${POST}/report`, requireBoard(canReadBoard), async (c) => {
    const b = board(c);
    const post = await postOf(c, b);
    const form = await formBody(c);
    const values = { reason: one(form.reason), note: one(form.note).trim() };
    const t = boardText(c.var.locale);
    const errors: FieldErrors = {};
    if (!isReportReason(values.reason)) errors.reason = t.errors.reasonMissing;
    if (values.note.length > NOTE_MAX) errors.note = t.errors.noteTooLong;
    if (!isReportReason(values.reason) || errors.note)
      return reportPage(c, b, post, values, errors);
    const outcome = await reportPost(c.var.deps.database.db, {
      groupId: b.access.groupId,
      postId: post.id,
      reporter: { id: b.viewer.id, leads: b.leads, ip: ipOf(c) },
      reason: values.reason,
      note: values.note,
    });
    if (!outcome) throw new HTTPException(404, { message: t.errors.postGone });
    wakeWorkers();
    const message =
      outcome === 'crisis'
        ? t.report.crisisThanks
        : outcome === 'already'
          ? t.report.already
          : t.report.thanks;
    return renderPage(
      c,
      { title: t.report.title },
      <section class="form-narrow">
        <h1>{t.report.title}</h1>
        <p role="status">{message}</p>
        <p>
          <a href={`${boardPath(b.access.slug)}/t/${post.thread_id}`}>{t.report.cancel}</a>
        </p>
      </section>,
    );
  });

  return app;
}
