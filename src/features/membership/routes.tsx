import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/layout.js';
import { audit } from '../accounts/audit.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf, limitForm, MAIL_LIMITS } from '../accounts/limits.js';
import { showGroupPage } from '../directory/show-group.js';
import { zoneFor } from '../zones/zone.js';
import type { GroupAccess } from './access.js';
import {
  acceptAgreement,
  acceptOffer,
  askToJoin,
  decide,
  leaveGroup,
  MembershipError,
  removeMember,
} from './commands.js';
import { groupAccess, requireGroup } from './guards.js';
import type { IntakeAnswers } from './intake-crypto.js';
import { sendNotices } from './mail.js';
import { type MembershipText, membershipText } from './messages.js';
import { viewerDateTime } from './panel.js';
import {
  canApply,
  canAskToJoin,
  canReadIntake,
  canSeeRoster,
  canViewGroup,
  isMember,
} from './policies.js';
import {
  currentAgreementOf,
  type IntakeQuestion,
  intakeQuestionsOf,
  peopleOf,
  readApplication,
  referralChoices,
} from './queries.js';
import { ApplicationPage, ApplyPage, LeavePage, PeoplePage } from './views.js';

const SLUG = '[a-z0-9][a-z0-9-]{0,120}';
const UUID = '[0-9a-f-]{36}';

type Body = Record<string, string | File | (string | File)[]>;
const one = (v: Body[string] | undefined) => (typeof v === 'string' ? v : '');
const many = (v: Body[string] | undefined) =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  );

const messageSchema = z.string().max(2000);
const decisionSchema = z.object({
  decision: z.enum(['approve', 'screening', 'waitlist', 'decline']),
  note: z.string().max(2000),
  referrals: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/)).max(12),
});

/** The agreement version a form accepted, or null (the group may have none). */
const acceptedVersion = (body: Body) => {
  const n = Number.parseInt(one(body.agreement), 10);
  return Number.isInteger(n) && n > 0 ? n : null;
};

function problem(m: MembershipText, error: unknown): string {
  if (error instanceof MembershipError) return m.errors[error.code];
  throw error;
}

/** Back to the group page with a problem shown in its joining panel; nothing changed. */
const refuse = (c: Context<AppEnv>, errors: FieldErrors, message?: string) =>
  showGroupPage(c, c.req.param('slug') ?? '', { panel: { errors, message }, status: 400 });

/** After a change, the group page says what happened (and the search index learns of seats). */
const done = (c: Context<AppEnv>, slug: string, what: string) =>
  c.redirect(`/groups/${slug}?done=${what}#join`, 303);

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

/** Validates intake answers against the questions asked; errors by question. */
function parseAnswers(
  m: MembershipText,
  questions: IntakeQuestion[],
  body: Body,
): { answers: IntakeAnswers; errors: FieldErrors } {
  const answers: IntakeAnswers = {};
  const errors: FieldErrors = {};
  for (const q of questions) {
    const key = `q-${q.id}`;
    if (q.type === 'multiple_choice') {
      const chosen = many(body[key]);
      if (chosen.some((x) => !q.options.includes(x))) errors[key] = m.errors.choice;
      else if (q.required && chosen.length === 0) errors[key] = m.errors.required;
      answers[q.id] = chosen;
      continue;
    }
    const value = one(body[key]).trim();
    const allowed =
      q.type === 'yes_no' ? ['yes', 'no'] : q.type === 'single_choice' ? q.options : null;
    const limit = q.type === 'short_text' ? 200 : 4000;
    if (q.required && value === '') errors[key] = m.errors.required;
    else if (allowed && value !== '' && !allowed.includes(value)) errors[key] = m.errors.choice;
    else if (value.length > limit) errors[key] = m.errors.tooLong;
    answers[q.id] = value;
  }
  return { answers, errors };
}

/**
 * Leaders' pages: the group's leaders only (administrators do not see rosters). A refused look at
 * who belongs is recorded like an allowed look at intake answers.
 */
const rosterGuard = () =>
  requireGroup(canSeeRoster, {
    denied: (c) => membershipText(c.var.locale).errors.notLeader,
    onRefused: (c, viewer, access) =>
      audit(c.var.deps.database.db, {
        action: 'roster.read_denied',
        actorId: viewer.id,
        targetType: 'group',
        targetId: access.groupId,
        ip: ipOf(c),
      }),
  });

/** The application form: for application groups a person may still ask to join; else back. */
const applicantGuard = () =>
  requireGroup(canApply, { elsewhere: (access) => `/groups/${access.slug}#join` });

export function membershipRoutes() {
  const app = new Hono<AppEnv>();

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
      return done(c, access.slug, result.status === 'member' ? 'joined' : result.status);
    } catch (error) {
      return refuse(c, { form: problem(m, error) }, message);
    }
  });

  const applyPage = async (
    c: Context<AppEnv>,
    access: GroupAccess,
    values: Record<string, string | string[]> = {},
    errors: FieldErrors = {},
  ) => {
    const m = membershipText(c.var.locale);
    const { db } = c.var.deps.database;
    const name = access.name;
    return renderPage(
      c,
      { title: m.apply.title(name), status: Object.keys(errors).length > 0 ? 400 : 200 },
      <ApplyPage
        m={m}
        groupName={name}
        slug={access.slug}
        questions={await intakeQuestionsOf(db, access.groupId)}
        agreement={await currentAgreementOf(db, access.groupId)}
        values={values}
        errors={errors}
      />,
    );
  };

  app.get(`/groups/:slug{${SLUG}}/apply`, applicantGuard(), async (c) => {
    const access = groupAccess(c);
    return applyPage(c, access);
  });

  app.post(`/groups/:slug{${SLUG}}/apply`, applicantGuard(), async (c) => {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    await limitForm(c, [[MAIL_LIMITS.joinRequestsPerPerson, viewer.id]]);
    const { db } = c.var.deps.database;
    const body = (await c.req.parseBody({ all: true })) as Body;
    const questions = await intakeQuestionsOf(db, access.groupId);
    const { answers, errors } = parseAnswers(m, questions, body);
    const agreement = acceptedVersion(body);
    if (access.agreementVersion !== null && agreement === null)
      errors.agreement = m.errors.agreement;
    const values = Object.fromEntries(questions.map((q) => [q.id, answers[q.id] ?? '']));
    if (Object.keys(errors).length > 0) return applyPage(c, access, values, errors);
    try {
      const result = await askToJoin(db, {
        groupId: access.groupId,
        userId: viewer.id,
        agreementVersion: agreement,
        answers,
        intakeKey: c.var.deps.config.membership.intakeKey,
      });
      await sendNotices(c.var.deps, result.notices);
      return done(c, access.slug, 'applied');
    } catch (error) {
      return applyPage(c, access, values, { form: problem(m, error) });
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

  // The leaders' side: who asked, who waits, who belongs.

  app.get(`/lead/:slug{${SLUG}}/people`, rosterGuard(), async (c) => {
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    const { db } = c.var.deps.database;
    const name = access.name;
    const decided = c.req.query('decided');
    const notice =
      c.req.query('removed') === '1'
        ? m.people.removed
        : decided
          ? m.people.decided[decided]
          : undefined;
    return renderPage(
      c,
      { title: m.people.title(name) },
      <PeoplePage
        m={m}
        groupName={name}
        slug={access.slug}
        policy={access.policy}
        capacity={access.capacity}
        people={await peopleOf(db, access.groupId)}
        referralChoices={await referralChoices(db, access.groupId)}
        notice={notice}
        fmt={viewerDateTime(c, zoneFor(c))}
      />,
    );
  });

  app.get(`/lead/:slug{${SLUG}}/people/:id{${UUID}}`, rosterGuard(), async (c) => {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    if (!canReadIntake(viewer, access)) {
      await audit(c.var.deps.database.db, {
        action: 'intake.read_denied',
        actorId: viewer.id,
        targetType: 'membership',
        targetId: c.req.param('id'),
        ip: ipOf(c),
      });
      throw new HTTPException(403, { message: m.errors.intakeRefused });
    }
    const { db } = c.var.deps.database;
    const application = await readApplication(db, {
      key: c.var.deps.config.membership.intakeKey,
      access,
      membershipId: c.req.param('id'),
      readerId: viewer.id,
      ip: ipOf(c),
    });
    if (!application) throw new HTTPException(404, { message: m.errors.not_found });
    const name = access.name;
    return renderPage(
      c,
      { title: application.name },
      <ApplicationPage
        m={m}
        groupName={name}
        slug={access.slug}
        application={application}
        questions={await intakeQuestionsOf(db, access.groupId, true)}
        referralChoices={await referralChoices(db, access.groupId)}
        fmt={viewerDateTime(c, zoneFor(c))}
      />,
    );
  });

  app.post(`/lead/:slug{${SLUG}}/people/:id{${UUID}}/decision`, rosterGuard(), async (c) => {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    const body = (await c.req.parseBody({ all: true })) as Body;
    const parsed = decisionSchema.safeParse({
      decision: one(body.decision),
      note: one(body.note),
      referrals: many(body.referrals),
    });
    if (!parsed.success) throw new HTTPException(400, { message: m.errors.not_allowed });
    try {
      const result = await decide(c.var.deps.database.db, {
        membershipId: c.req.param('id'),
        groupId: access.groupId,
        leaderId: viewer.id,
        ...parsed.data,
      });
      await audit(c.var.deps.database.db, {
        action: 'membership.decided',
        actorId: viewer.id,
        targetType: 'membership',
        targetId: c.req.param('id'),
        ip: ipOf(c),
        details: { decision: parsed.data.decision, status: result.status },
      });
      await sendNotices(c.var.deps, result.notices);
      return c.redirect(`/lead/${access.slug}/people?decided=${result.status}`, 303);
    } catch (error) {
      throw new HTTPException(409, { message: problem(m, error) });
    }
  });

  app.post(`/lead/:slug{${SLUG}}/people/:id{${UUID}}/remove`, rosterGuard(), async (c) => {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    const m = membershipText(c.var.locale);
    const reason = one((await c.req.parseBody()).reason as Body[string]);
    if (!messageSchema.safeParse(reason).success) {
      throw new HTTPException(400, { message: m.errors.message });
    }
    try {
      const notices = await removeMember(
        c.var.deps.database.db,
        { membershipId: c.req.param('id'), groupId: access.groupId, leaderId: viewer.id, reason },
        c.var.deps.config.membership.seatOfferMs,
      );
      await audit(c.var.deps.database.db, {
        action: 'membership.removed',
        actorId: viewer.id,
        targetType: 'membership',
        targetId: c.req.param('id'),
        ip: ipOf(c),
      });
      await sendNotices(c.var.deps, notices);
      return c.redirect(`/lead/${access.slug}/people?removed=1`, 303);
    } catch (error) {
      throw new HTTPException(409, { message: problem(m, error) });
    }
  });

  return app;
}
