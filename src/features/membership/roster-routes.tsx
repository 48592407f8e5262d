import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/page.js';
import { audit } from '../accounts/audit.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import { zoneFor } from '../zones/zone.js';
import { decide, removeMember } from './commands.js';
import { type Body, many, messageSchema, one, problem, SLUG, UUID } from './forms.js';
import { groupAccess, requireGroup } from './guards.js';
import { sendNotices } from './mail.js';
import { membershipText } from './messages/index.js';
import { viewerDateTime } from './panel.js';
import { canReadIntake, canSeeRoster } from './policies.js';
import { intakeQuestionsOf, peopleOf, readApplication, referralChoices } from './queries.js';
import { ApplicationPage } from './views/application.js';
import { PeoplePage } from './views/people.js';

const decisionSchema = z.object({
  decision: z.enum(['approve', 'screening', 'waitlist', 'decline']),
  note: z.string().max(2000),
  referrals: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/)).max(12),
});

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

/** The leaders' side of a group's people (/lead/:slug/people): who asked, waits, belongs. */
export function rosterRoutes() {
  const app = new Hono<AppEnv>();

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
