import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { SLUG } from '../../lib/slug-pattern.js';
import { ErrorSummary, type FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import { requireAdmin } from '../admin/guard.js';
import { adminText } from '../admin/messages/index.js';
import { AdminFrame } from '../admin/views/admin-pages.js';
import { wakeWorkers } from '../jobs/queue.js';
import { formBody, leading, one, requireLeading } from '../leading/guard.js';
import { sendNotices } from '../membership/mail.js';
import { dateTimeFor } from '../zones/zone.js';
import { moderationLog } from './log.js';
import { isListingOutcome, resolveListingReport, saveBoardSettings } from './manage.js';
import { boardText } from './messages/index.js';
import {
  HeldList,
  ListingList,
  LogTable,
  type ModCtx,
  PenaltyList,
  ReportedList,
  SettingsForm,
} from './moderation-views.js';
import { liftPenalty, penaltiesIn } from './penalties.js';
import { canModerateAllBoards, canModerateBoard } from './policies.js';
import { groupOfPost, heldPosts, openListingReports, reportedPosts } from './queue.js';
import { type Decision, decidePost, releaseHeld } from './reports.js';
import { UUID } from './route-helpers.js';
import { boardSettingsOf } from './standing.js';

/*
 * The moderators' routes: `/lead/{slug}/moderation` for a group's leaders (its queue, held
 * posts, listing reports, penalties, log and board rules) and `/admin/moderation` for
 * administrators (every group's reported posts and listing reports, site-wide penalties).
 */

const LEAD = `/lead/:slug{${SLUG}}/moderation`;
const ADMIN = '/admin/moderation';

async function leaderPage(c: Context<AppEnv>, errors: FieldErrors = {}) {
  const { access } = leading(c);
  const { db } = c.var.deps.database;
  const t = boardText(c.var.locale);
  const m = t.moderation;
  const ctx: ModCtx = {
    t,
    fmt: dateTimeFor(c),
    action: `/lead/${access.slug}/moderation`,
    admin: false,
  };
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    { title: m.title(access.name), status: Object.keys(errors).length ? 400 : 200 },
    <section class="moderation">
      <p class="breadcrumb">
        <a href={`/lead/${access.slug}`}>{access.name}</a> ·{' '}
        <a href={`/groups/${access.slug}/board`}>{t.board.heading}</a>
      </p>
      <h1>
        {m.heading}: {access.name}
      </h1>
      <p class="lead">{m.lead}</p>
      <ErrorSummary errors={errors} title={t.errors.problemTitle} />
      <h2>{m.reported}</h2>
      <ReportedList ctx={ctx} posts={await reportedPosts(db, access.groupId)} errors={errors} />
      <h2>{m.held}</h2>
      <HeldList ctx={ctx} posts={await heldPosts(db, access.groupId)} />
      <h2>{m.listing}</h2>
      <ListingList ctx={ctx} reports={await openListingReports(db, access.groupId)} />
      <h2>{m.penalties}</h2>
      <PenaltyList ctx={ctx} rows={await penaltiesIn(db, access.groupId)} />
      <h2>{m.settings}</h2>
      <SettingsForm
        ctx={ctx}
        settings={await boardSettingsOf(db, access.groupId)}
        saved={c.req.query('saved') === '1'}
      />
      <h2>{m.log}</h2>
      <LogTable ctx={ctx} lines={await moderationLog(db, access.groupId)} />
    </section>,
  );
}

async function adminPage(c: Context<AppEnv>, errors: FieldErrors = {}) {
  const { db } = c.var.deps.database;
  const t = boardText(c.var.locale);
  const ctx: ModCtx = { t, fmt: dateTimeFor(c), action: ADMIN, admin: true };
  return renderPage(
    c,
    { title: t.admin.title, status: Object.keys(errors).length ? 400 : 200 },
    <AdminFrame m={adminText(c.var.locale)} section="moderation" title={t.admin.title}>
      <p>{t.admin.lead}</p>
      <ErrorSummary errors={errors} title={t.errors.problemTitle} />
      <h2>{t.moderation.reported}</h2>
      <ReportedList ctx={ctx} posts={await reportedPosts(db, null)} errors={errors} />
      <h2>{t.moderation.listing}</h2>
      <ListingList ctx={ctx} reports={await openListingReports(db, null)} />
    </AdminFrame>,
  );
}

type Parsed = { decision: Decision; penalise: 'none' | 'group' | 'site'; note: string };

/** A decision form: a decision, a penalty choice, and a reason whenever anything is taken away. */
async function decisionOf(
  c: Context<AppEnv>,
  admin: boolean,
): Promise<{ ok: true; value: Parsed } | { ok: false; errors: FieldErrors }> {
  const form = await formBody(c);
  const decision = one(form.decision);
  const penalise = one(form.penalise) || 'none';
  const note = one(form.note).trim();
  const t = boardText(c.var.locale).errors;
  const key = `d-${c.req.param('post')}`;
  if (decision !== 'keep' && decision !== 'hide' && decision !== 'delete')
    return { ok: false, errors: { [key]: t.badChoice } };
  if (penalise !== 'none' && penalise !== 'group' && !(admin && penalise === 'site'))
    return { ok: false, errors: { [key]: t.badChoice } };
  if (note.length > 500) return { ok: false, errors: { [key]: t.noteTooLong } };
  if (note === '' && (decision !== 'keep' || penalise !== 'none'))
    return { ok: false, errors: { [key]: boardText(c.var.locale).moderation.whyMissing } };
  return { ok: true, value: { decision, penalise: penalise as Parsed['penalise'], note } };
}

export function moderationRoutes() {
  const app = new Hono<AppEnv>();
  const lead = requireLeading(canModerateBoard);
  const admin = requireAdmin(canModerateAllBoards);

  app.get(LEAD, lead, (c) => leaderPage(c));
  app.get(ADMIN, admin, (c) => adminPage(c));

  for (const [path, guard, isAdmin] of [
    [LEAD, lead, false],
    [ADMIN, admin, true],
  ] as const) {
    const back = (c: Context<AppEnv>) =>
      isAdmin ? ADMIN : `/lead/${leading(c).access.slug}/moderation`;

    app.post(`${path}/posts/:post{${UUID}}`, guard, async (c) => {
      const parsed = await decisionOf(c, isAdmin);
      if (!parsed.ok) return isAdmin ? adminPage(c, parsed.errors) : leaderPage(c, parsed.errors);
      const { db } = c.var.deps.database;
      const postId = c.req.param('post');
      // An administrator acts on any group's post; a leader on their own group's only.
      const groupId = isAdmin ? await groupOfPost(db, postId) : leading(c).access.groupId;
      const done = groupId
        ? await decidePost(db, {
            groupId,
            postId,
            ...parsed.value,
            by: signedIn(c).id,
            ip: ipOf(c),
            offerMs: c.var.deps.config.membership.seatOfferMs,
          })
        : null;
      if (!done) throw new HTTPException(404, { message: boardText(c.var.locale).errors.postGone });
      wakeWorkers();
      await sendNotices(c.var.deps, done.notices);
      return c.redirect(back(c), 303);
    });

    app.post(`${path}/listing/:report{${UUID}}`, guard, async (c) => {
      const outcome = one((await formBody(c)).outcome);
      const t = boardText(c.var.locale).errors;
      if (!isListingOutcome(outcome)) throw new HTTPException(400, { message: t.badChoice });
      const ok = await resolveListingReport(c.var.deps.database.db, {
        reportId: c.req.param('report'),
        groupId: isAdmin ? null : leading(c).access.groupId,
        outcome,
        by: signedIn(c).id,
        ip: ipOf(c),
      });
      if (!ok) throw new HTTPException(404, { message: t.postGone });
      wakeWorkers();
      return c.redirect(back(c), 303);
    });
  }

  app.post(`${LEAD}/held/:post{${UUID}}`, lead, async (c) => {
    const { access, viewer } = leading(c);
    const approve = one((await formBody(c)).approve) === 'yes';
    const ok = await releaseHeld(c.var.deps.database.db, {
      groupId: access.groupId,
      postId: c.req.param('post'),
      approve,
      by: viewer.id,
      ip: ipOf(c),
    });
    if (!ok) throw new HTTPException(404, { message: boardText(c.var.locale).errors.postGone });
    wakeWorkers();
    return c.redirect(`/lead/${access.slug}/moderation`, 303);
  });

  app.post(`${LEAD}/penalties/:penalty{${UUID}}/lift`, lead, async (c) => {
    const { access, viewer } = leading(c);
    const ok = await liftPenalty(c.var.deps.database.db, {
      groupId: access.groupId,
      penaltyId: c.req.param('penalty'),
      by: viewer.id,
      ip: ipOf(c),
    });
    if (!ok) throw new HTTPException(404, { message: boardText(c.var.locale).errors.notAllowed });
    return c.redirect(`/lead/${access.slug}/moderation`, 303);
  });

  app.post(`${LEAD}/settings`, lead, async (c) => {
    const { access, viewer } = leading(c);
    const form = await formBody(c);
    const newMembers = one(form.newMembers);
    if (newMembers !== 'at_once' && newMembers !== 'after_first_meeting')
      throw new HTTPException(400, { message: boardText(c.var.locale).errors.badChoice });
    await saveBoardSettings(c.var.deps.database.db, {
      groupId: access.groupId,
      settings: { newMembers, holdFirstPosts: one(form.holdFirstPosts) === 'on' },
      by: viewer.id,
      ip: ipOf(c),
    });
    return c.redirect(`/lead/${access.slug}/moderation?saved=1#settings`, 303);
  });

  return app;
}
