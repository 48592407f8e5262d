import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { signedIn } from '../accounts/guards.js';
import { limitForm, MAIL_LIMITS } from '../accounts/limits.js';
import type { GroupAccess } from './access.js';
import { acceptAgreement, acceptOffer, askToJoin, leaveGroup } from './commands.js';
import {
  acceptedVersion,
  type Body,
  done,
  messageSchema,
  one,
  problem,
  SLUG,
  supportCard,
} from './forms.js';
import { groupAccess, requireGroup } from './guards.js';
import { sendNotices } from './mail.js';
import { membershipText } from './messages/index.js';
import { canAskToJoin, canViewGroup, isMember } from './policies.js';
import { LeavePage } from './views/joining.js';

/**
 * Draws a group's page with a problem in its joining panel. The page composes directory,
 * membership and attending, so app.ts hands it in (src/app/group-page.tsx).
 */
export type GroupPageWithProblem = (
  c: Context<AppEnv>,
  slug: string,
  options: { panel: { errors: FieldErrors; message?: string }; status: 400 },
) => Response | Promise<Response>;

/** Leaving (or letting a held seat go): the seat passes to the next person waiting. */
async function leave(c: Context<AppEnv>, access: GroupAccess, membershipId: string) {
  const { database, config } = c.var.deps;
  const notices = await leaveGroup(
    database.db,
    membershipId,
    access.groupId,
    config.membership.seatOfferMs,
  );
  await sendNotices(c.var.deps, notices);
  return done(c, access.slug, 'left');
}

/**
 * The person's side of a group, answered from its page's joining panel: join or ask to join,
 * leave or withdraw, take or pass on a held seat, accept a changed agreement. (Applying to a
 * therapy group has its own form: apply-routes.tsx.)
 */
export function joinRoutes(groupPage: GroupPageWithProblem) {
  const app = new Hono<AppEnv>();
  /** Back to the group page with a problem shown in its joining panel; nothing changed. */
  const refuse = (c: Context<AppEnv>, errors: FieldErrors, message?: string) =>
    groupPage(c, c.req.param('slug') ?? '', { panel: { errors, message }, status: 400 });

  app.post(`/groups/:slug{${SLUG}}/join`, requireGroup(canViewGroup), async (c) => {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    if (access.policy === 'application') return c.redirect(`/groups/${access.slug}/apply`, 303);
    if (!canAskToJoin(viewer, access)) return refuse(c, { form: m.errors.not_allowed });
    await limitForm(c, [[MAIL_LIMITS.joinRequestsPerPerson, viewer.id]]);
    const body = (await c.req.parseBody({ all: true })) as Body;
    const message = one(body.message);
    const errors: FieldErrors = {};
    const agreement = acceptedVersion(body);
    if (access.agreementVersion !== null && agreement === null)
      errors.agreement = m.errors.agreement;
    if (!messageSchema.safeParse(message).success) errors.message = m.errors.message;
    if (Object.keys(errors).length > 0) return refuse(c, errors, message);
    try {
      const result = await askToJoin(c.var.deps.database.db, {
        groupId: access.groupId,
        userId: viewer.id,
        agreementVersion: agreement,
        message,
        intakeKey: c.var.deps.config.membership.intakeKey,
      });
      await sendNotices(c.var.deps, result.notices);
      const what = result.status === 'member' ? 'joined' : result.status;
      if (result.safety) return supportCard(c, access, result.safety, 'request', what);
      return done(c, access.slug, what);
    } catch (error) {
      return refuse(c, { form: problem(m, error) }, message);
    }
  });

  app.get(`/groups/:slug{${SLUG}}/leave`, requireGroup(canViewGroup), async (c) => {
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    if (!access.membership) return c.redirect(`/groups/${access.slug}`, 303);
    const name = access.name;
    return renderPage(
      c,
      { title: m.leave.title(name) },
      <LeavePage m={m} groupName={name} slug={access.slug} />,
    );
  });

  app.post(`/groups/:slug{${SLUG}}/leave`, requireGroup(canViewGroup), async (c) => {
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    if (!access.membership) return refuse(c, { form: m.errors.not_found });
    try {
      return await leave(c, access, access.membership.id);
    } catch (error) {
      return refuse(c, { form: problem(m, error) });
    }
  });

  app.post(`/groups/:slug{${SLUG}}/offer`, requireGroup(canViewGroup), async (c) => {
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    const answer = one((await c.req.parseBody()).answer as Body[string]);
    if (access.membership?.status !== 'offered' || !['accept', 'decline'].includes(answer)) {
      return refuse(c, { form: m.errors.not_found });
    }
    const { db } = c.var.deps.database;
    try {
      if (answer === 'accept') {
        await acceptOffer(db, access.membership.id, access.groupId);
        return done(c, access.slug, 'seat');
      }
      return await leave(c, access, access.membership.id);
    } catch (error) {
      return refuse(c, { form: problem(m, error) });
    }
  });

  app.post(`/groups/:slug{${SLUG}}/agreement`, requireGroup(canViewGroup), async (c) => {
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    const version = acceptedVersion((await c.req.parseBody()) as Body);
    if (!isMember(access) || !access.membership) return refuse(c, { form: m.errors.not_found });
    if (version === null || version !== access.agreementVersion) {
      return refuse(c, { agreement: m.errors.agreement });
    }
    await acceptAgreement(c.var.deps.database.db, access.membership.id, version);
    return done(c, access.slug, 'agreement');
  });

  return app;
}
