import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { publicOrigin } from '../../lib/public-origin.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { requireViewer, signedIn } from '../accounts/guards.js';
import { limitForm, MAIL_LIMITS } from '../accounts/limits.js';
import { isSignedIn } from '../accounts/policies.js';
import type { Viewer } from '../accounts/viewer.js';
import { loadGroupAccess } from '../membership/access.js';
import {
  canAcceptCoLeadership,
  canEditIntakeQuestions,
  canLeadGroup,
  canManageLeaders,
  canSendInvitations,
  canStepDown,
} from '../membership/policies.js';
import { intakeQuestionsOf } from '../membership/queries.js';
import { auditGroup, formBody, type Leading, leading, one, requireLeading } from './guard.js';
import { coLeadInvitationMail } from './mail.js';
import { leadText } from './messages/index.js';
import {
  acceptInvitation,
  addQuestion,
  createInvitation,
  emailHash,
  findInvitation,
  moveQuestion,
  type QuestionInput,
  removeCoLeader,
  retireQuestion,
} from './people-commands.js';
import { groupName, leadersOfGroup } from './queries.js';
import {
  IntakePage,
  InvitationPage,
  LeadersPage,
  type QuestionValues,
} from './views/people-pages.js';

type Ctx = Context<AppEnv>;
type Lead = Leading & { stored: { input: { name: string } } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailForm = z.string().trim().toLowerCase().max(254).pipe(z.email());

async function leadersPage(
  c: Ctx,
  lead: Lead,
  extra: { notice?: string; errors?: FieldErrors; email?: string } = {},
) {
  const { access, m, viewer } = lead;
  return renderPage(
    c,
    {
      title: m.leaders.title(lead.stored.input.name),
      status: extra.errors ? 400 : 200,
    },
    <LeadersPage
      m={m}
      slug={access.slug}
      name={lead.stored.input.name}
      kind={access.kind}
      leaders={await leadersOfGroup(c.var.deps.database.db, access.groupId)}
      isOwner={canManageLeaders(viewer, access)}
      canStepDown={canStepDown(viewer, access)}
      {...extra}
    />,
  );
}

const QUESTION_TYPES = [
  'short_text',
  'long_text',
  'single_choice',
  'multiple_choice',
  'yes_no',
] as const;
const questionForm = z
  .object({
    type: z.enum(QUESTION_TYPES, { error: 'type' }),
    prompt: z.string().trim().min(3, 'prompt').max(300, 'prompt'),
    help: z.string().trim().max(500, 'help'),
    options: z.string().transform((s) =>
      s
        .split(/\r?\n/)
        .map((o) => o.trim())
        .filter(Boolean),
    ),
    required: z.boolean(),
  })
  .superRefine((q, ctx) => {
    const list = q.type === 'single_choice' || q.type === 'multiple_choice';
    if (
      list &&
      (q.options.length < 2 || q.options.length > 20 || q.options.some((o) => o.length > 120))
    ) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'options' });
    }
  });

async function intakePage(
  c: Ctx,
  lead: Lead,
  extra: { notice?: string; errors?: FieldErrors; values?: QuestionValues } = {},
) {
  const { access, m } = lead;
  return renderPage(
    c,
    {
      title: m.intake.title(lead.stored.input.name),
      status: extra.errors ? 400 : 200,
    },
    <IntakePage
      m={m}
      slug={access.slug}
      name={lead.stored.input.name}
      policy={access.policy}
      questions={await intakeQuestionsOf(c.var.deps.database.db, access.groupId, true)}
      notice={extra.notice}
      errors={extra.errors}
      values={
        extra.values ?? { type: 'short_text', prompt: '', help: '', options: '', required: true }
      }
    />,
  );
}

/** Co-leaders (invitations, removal, stepping down) and intake questions. */
export function peopleRoutes() {
  const app = new Hono<AppEnv>();

  /** The invitation in the path and the group it is for, checked against the viewer. */
  async function invitationFor(c: Ctx, viewer: Viewer) {
    const m = leadText(c.var.locale);
    const token = c.req.param('token') ?? '';
    const db = c.var.deps.database.db;
    const invitation = await findInvitation(db, token);
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) {
      throw new HTTPException(404, { message: m.invitation.invalid });
    }
    const access = await loadGroupAccess(db, { id: invitation.groupId }, viewer);
    if (!access) throw new HTTPException(404, { message: m.invitation.invalid });
    if (invitation.emailHash !== emailHash(viewer.email)) {
      throw new HTTPException(403, { message: m.invitation.wrongAccount });
    }
    if (access.leaderRole) return { invitation, access, already: true, token, m };
    if (!canAcceptCoLeadership(viewer, access)) {
      throw new HTTPException(403, {
        message: access.status === 'ended' ? m.invitation.invalid : m.invitation.needsProfessional,
      });
    }
    return { invitation, access, already: false, token, m };
  }

  app.get('/lead/invitations/:token', requireViewer(isSignedIn), async (c) => {
    const viewer = signedIn(c);
    const found = await invitationFor(c, viewer);
    if (found.already) return c.redirect(`/lead/${found.access.slug}`, 303);
    const group = await groupName(c.var.deps.database.db, found.access.groupId);
    return renderPage(
      c,
      { title: found.m.invitation.title },
      <InvitationPage
        m={found.m}
        token={found.token}
        name={group?.name ?? ''}
        kind={found.access.kind}
      />,
    );
  });

  app.post('/lead/invitations/:token', requireViewer(isSignedIn), async (c) => {
    const viewer = signedIn(c);
    const found = await invitationFor(c, viewer);
    if (found.already) return c.redirect(`/lead/${found.access.slug}`, 303);
    const db = c.var.deps.database.db;
    if (!(await acceptInvitation(db, found.invitation, viewer.id))) {
      throw new HTTPException(404, { message: found.m.invitation.invalid });
    }
    await auditGroup(c, viewer, 'group.leader_joined', found.access.groupId);
    return c.redirect(`/lead/${found.access.slug}?done=joined`, 303);
  });

  app.get('/lead/:slug/leaders', requireLeading(canLeadGroup), async (c) => {
    const lead = leading(c);
    const done = c.req.query('done');
    const notice =
      done === 'sent'
        ? lead.m.leaders.sent
        : done === 'removed'
          ? lead.m.leaders.removed
          : undefined;
    return leadersPage(c, lead, { notice });
  });

  app.post(
    '/lead/:slug/leaders/invite',
    requireLeading(canManageLeaders, 'ownerOnly'),
    async (c) => {
      const lead = leading(c);
      const raw = one((await formBody(c)).email);
      if (!canSendInvitations(lead.viewer, lead.access)) {
        return leadersPage(c, lead, {
          errors: { email: lead.m.leaders.problems.unpublished },
          email: raw,
        });
      }
      const email = emailForm.safeParse(raw);
      if (!email.success) {
        return leadersPage(c, lead, {
          errors: { email: lead.m.leaders.problems.email },
          email: raw,
        });
      }
      await limitForm(c, [
        [MAIL_LIMITS.invitationsPerLeader, lead.viewer.id],
        [MAIL_LIMITS.invitationsPerGroup, lead.access.groupId],
      ]);
      const db = c.var.deps.database.db;
      const token = await createInvitation(db, lead.access.groupId, lead.viewer.id, email.data);
      await c.var.deps.mailer.send(
        coLeadInvitationMail(email.data, c.var.locale, {
          name: lead.viewer.name,
          group: lead.stored.input.name,
          link: `${publicOrigin(c)}/lead/invitations/${token}`,
        }),
      );
      await auditGroup(c, lead.viewer, 'group.leader_invited', lead.access.groupId);
      return c.redirect(`/lead/${lead.access.slug}/leaders?done=sent`, 303);
    },
  );

  app.post('/lead/:slug/leaders/step-down', requireLeading(canStepDown), async (c) => {
    const lead = leading(c);
    await removeCoLeader(c.var.deps.database.db, lead.access.groupId, lead.viewer.id);
    await auditGroup(c, lead.viewer, 'group.leader_stepped_down', lead.access.groupId);
    return c.redirect('/lead?done=stepped-down', 303);
  });

  app.post(
    '/lead/:slug/leaders/:userId/remove',
    requireLeading(canManageLeaders, 'ownerOnly'),
    async (c) => {
      const lead = leading(c);
      const removed = await removeCoLeader(
        c.var.deps.database.db,
        lead.access.groupId,
        c.req.param('userId'),
      );
      if (!removed) throw new HTTPException(404);
      await auditGroup(c, lead.viewer, 'group.leader_removed', lead.access.groupId);
      return c.redirect(`/lead/${lead.access.slug}/leaders?done=removed`, 303);
    },
  );

  app.get('/lead/:slug/intake', requireLeading(canEditIntakeQuestions), async (c) => {
    const lead = leading(c);
    return intakePage(c, lead, {
      notice: c.req.query('done') === 'added' ? lead.m.intake.added : undefined,
    });
  });

  app.post('/lead/:slug/intake', requireLeading(canEditIntakeQuestions), async (c) => {
    const lead = leading(c);
    const body = await formBody(c);
    const values: QuestionValues = {
      type: one(body.type),
      prompt: one(body.prompt),
      help: one(body.help),
      options: one(body.options),
      required: one(body.required) === 'on',
    };
    const parsed = questionForm.safeParse(values);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      const problems = lead.m.intake.problems as Record<string, string>;
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        errors[field] ??= problems[issue.message] ?? problems[field];
      }
      return intakePage(c, lead, { errors, values });
    }
    const db = c.var.deps.database.db;
    await addQuestion(db, lead.access.groupId, parsed.data as QuestionInput);
    await auditGroup(c, lead.viewer, 'intake.question_added', lead.access.groupId);
    return c.redirect(`/lead/${lead.access.slug}/intake?done=added`, 303);
  });

  for (const action of ['move', 'retire'] as const) {
    app.post(
      `/lead/:slug/intake/:id/${action}`,
      requireLeading(canEditIntakeQuestions),
      async (c) => {
        const lead = leading(c);
        const id = c.req.param('id');
        if (!UUID.test(id)) throw new HTTPException(404);
        const db = c.var.deps.database.db;
        if (action === 'move') {
          const direction = one((await formBody(c)).direction);
          if (direction !== 'up' && direction !== 'down') throw new HTTPException(400);
          await moveQuestion(db, lead.access.groupId, id, direction);
          await auditGroup(c, lead.viewer, 'intake.question_moved', lead.access.groupId);
        } else {
          if (!(await retireQuestion(db, lead.access.groupId, id))) throw new HTTPException(404);
          await auditGroup(c, lead.viewer, 'intake.question_retired', lead.access.groupId);
        }
        return c.redirect(`/lead/${lead.access.slug}/intake`, 303);
      },
    );
  }

  return app;
}
