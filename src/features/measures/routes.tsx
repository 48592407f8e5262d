import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DateTime } from 'luxon';
import type { AppEnv } from '../../app-env.js';
import { SLUG } from '../../lib/slug-pattern.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { audit } from '../accounts/audit.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import type { Viewer } from '../accounts/viewer.js';
import { wakeWorkers } from '../jobs/queue.js';
import type { GroupAccess } from '../membership/access.js';
import { groupAccess, requireGroup } from '../membership/guards.js';
import { renderSupportCard } from '../safety/card.js';
import { dateTimeFor, zoneFor } from '../zones/zone.js';
import { answerRequest, giveConsent, setSchedule, withdrawConsent } from './commands.js';
import { INSTRUMENTS, isInstrument, parseAnswers } from './instruments.js';
import { measureText } from './messages/index.js';
import { canReadScores, canScheduleMeasures, canTakeMeasures } from './policies.js';
import {
  consentOf,
  memberOfGroup,
  membersWithConsent,
  openRequests,
  scheduleOf,
  scoresOf,
} from './queries.js';
import { isCadence } from './requests.js';
import { AnswerPage, LeadPage, MemberPage, PersonPage } from './views.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PERSON = '[A-Za-z0-9_-]{1,64}';

type Ctx = Context<AppEnv>;

const dateTime = dateTimeFor;
const day = (c: Ctx) => (d: Date) =>
  DateTime.fromJSDate(d)
    .setZone(zoneFor(c))
    .setLocale(c.var.locale)
    .toLocaleString(DateTime.DATE_MED);

const short = (c: Ctx) => (d: Date) =>
  DateTime.fromJSDate(d)
    .setZone(zoneFor(c))
    .setLocale(c.var.locale)
    .toLocaleString({ month: 'short', day: 'numeric' });

/** An audit event about reading scores (the member's id as target, or the group's for a summary). */
const auditRead = (
  c: Ctx,
  viewer: Viewer,
  access: GroupAccess,
  action: 'measures.read' | 'measures.read_denied',
  memberId: string | null,
) =>
  audit(c.var.deps.database.db, {
    action,
    actorId: viewer.id,
    targetType: memberId ? 'user' : 'group',
    targetId: memberId ?? access.groupId,
    ip: ipOf(c),
    details: memberId ? { group: access.groupId } : { scope: 'group' },
  });

/** Members: their own agreement, forms and charts. */
const memberGuard = () =>
  requireGroup(canTakeMeasures, { denied: (c) => measureText(c.var.locale).errors.membersOnly });

/**
 * The group's therapists. A refused look at scores is audited like an allowed one (an
 * administrator, another therapist, a peer co-leader, a member trying a leader's address).
 */
const scoresGuard = () =>
  requireGroup(canReadScores, {
    denied: (c) => measureText(c.var.locale).errors.therapistsOnly,
    onRefused: (c, viewer, access) =>
      auditRead(c, viewer, access, 'measures.read_denied', c.req.param('member') ?? null),
  });

/** The answers q1..qN as posted, each '' when missing. */
function postedAnswers(body: Record<string, unknown>, items: number) {
  return Array.from({ length: items }, (_, i) => {
    const v = body[`q${i + 1}`];
    return typeof v === 'string' ? v : '';
  });
}

export function measureRoutes() {
  const app = new Hono<AppEnv>();
  const member = `/groups/:slug{${SLUG}}/measures`;
  const lead = `/lead/:slug{${SLUG}}/measures`;

  app.get(member, memberGuard(), async (c) => {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    const m = measureText(c.var.locale);
    const { db } = c.var.deps.database;
    const done = c.req.query('done');
    const notices: Record<string, string> = {
      consent: m.member.consentSaved,
      withdrawn: m.member.withdrawnSaved,
      answered: m.member.answered,
    };
    const scores = await scoresOf(db, c.var.deps.config.membership.intakeKey, access.groupId, [
      viewer.id,
    ]);
    return renderPage(
      c,
      { title: m.member.title(access.name) },
      <MemberPage
        m={m}
        locale={c.var.locale}
        group={{ name: access.name, slug: access.slug }}
        consent={await consentOf(db, access.groupId, viewer.id)}
        open={await openRequests(db, access.groupId, viewer.id)}
        series={scores.get(viewer.id)}
        notice={done ? notices[done] : undefined}
        fmt={dateTime(c)}
        fmtDay={day(c)}
        fmtShort={short(c)}
      />,
    );
  });

  app.post(`${member}/consent`, memberGuard(), async (c) => {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    await giveConsent(c.var.deps.database.db, {
      groupId: access.groupId,
      userId: viewer.id,
      ip: ipOf(c),
    });
    return c.redirect(`/groups/${access.slug}/measures?done=consent`, 303);
  });

  app.post(`${member}/withdraw`, memberGuard(), async (c) => {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    await withdrawConsent(c.var.deps.database.db, {
      groupId: access.groupId,
      userId: viewer.id,
      ip: ipOf(c),
    });
    return c.redirect(`/groups/${access.slug}/measures?done=withdrawn`, 303);
  });

  /** The viewer's own open request in the path, or a 404 that says it cannot be answered. */
  async function ownOpenRequest(c: Ctx) {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    const [request] = await openRequests(
      c.var.deps.database.db,
      access.groupId,
      viewer.id,
      c.req.param('request') ?? '',
    );
    if (!request) throw new HTTPException(404, { message: measureText(c.var.locale).answer.gone });
    return { viewer, access, request };
  }

  app.get(`${member}/:request{${UUID}}`, memberGuard(), async (c) => {
    const { request } = await ownOpenRequest(c);
    const m = measureText(c.var.locale);
    return renderPage(
      c,
      { title: m.answer.title(INSTRUMENTS[request.instrument].label) },
      <AnswerPage
        m={m}
        locale={c.var.locale}
        action={c.req.path}
        instrument={request.instrument}
        values={[]}
        errors={{}}
      />,
    );
  });

  app.post(`${member}/:request{${UUID}}`, memberGuard(), async (c) => {
    const { viewer, access, request } = await ownOpenRequest(c);
    const m = measureText(c.var.locale);
    const inst = INSTRUMENTS[request.instrument];
    const raw = postedAnswers(await c.req.parseBody(), inst.items);
    const answers = parseAnswers(request.instrument, raw);
    if (!answers) {
      const errors: FieldErrors = {};
      raw.forEach((v, i) => {
        if (!/^[0-3]$/.test(v))
          errors[`q${i + 1}`] = `${m.answer.item(i + 1, inst.items)}: ${m.answer.missing}`;
      });
      return renderPage(
        c,
        { title: m.answer.title(inst.label), status: 400 },
        <AnswerPage
          m={m}
          locale={c.var.locale}
          action={c.req.path}
          instrument={request.instrument}
          values={raw.map((v) => (/^[0-3]$/.test(v) ? v : undefined))}
          errors={errors}
        />,
      );
    }
    const result = await answerRequest(
      c.var.deps.database.db,
      c.var.deps.config.membership.intakeKey,
      {
        groupId: access.groupId,
        userId: viewer.id,
        requestId: request.id,
        instrument: request.instrument,
        answers,
      },
    );
    if (!result.ok) throw new HTTPException(404, { message: m.answer.gone });
    const next = `/groups/${access.slug}/measures?done=answered`;
    if (!result.alert) return c.redirect(next, 303);
    // The alert committed with the answer: its mail leaves now, not at the next poll.
    wakeWorkers();
    return renderSupportCard(c, {
      level: result.alert.level,
      told: result.alert.told,
      group: { name: access.name, slug: access.slug },
      sent: 'answers',
      next,
    });
  });

  app.get(lead, scoresGuard(), async (c) => {
    return leadPage(c, groupAccess(c), c.req.query('saved') === '1' ? 'saved' : undefined);
  });

  app.post(
    `${lead}/schedule`,
    requireGroup(canScheduleMeasures, {
      denied: (c) => measureText(c.var.locale).errors.therapistsOnly,
    }),
    async (c) => {
      const viewer = signedIn(c);
      const access = groupAccess(c);
      const body = await c.req.parseBody({ all: true });
      const picked = [body.instruments].flat().filter((v): v is string => typeof v === 'string');
      const instruments = [...new Set(picked.filter(isInstrument))];
      const cadence =
        typeof body.cadence === 'string' && isCadence(body.cadence) ? body.cadence : null;
      if (!cadence) throw new HTTPException(400);
      if (cadence !== 'off' && instruments.length === 0) {
        const m = measureText(c.var.locale);
        return leadPage(c, access, undefined, { instruments: m.lead.noInstrument });
      }
      await setSchedule(c.var.deps.database.db, {
        groupId: access.groupId,
        userId: viewer.id,
        ip: ipOf(c),
        instruments,
        cadence,
      });
      return c.redirect(`/lead/${access.slug}/measures?saved=1`, 303);
    },
  );

  app.get(`${lead}/:member{${PERSON}}`, scoresGuard(), async (c) => {
    const viewer = signedIn(c);
    const access = groupAccess(c);
    const m = measureText(c.var.locale);
    const { db } = c.var.deps.database;
    const memberId = c.req.param('member');
    const person = await memberOfGroup(db, access.groupId, memberId);
    if (!person) throw new HTTPException(404, { message: m.errors.notMember });
    await auditRead(c, viewer, access, 'measures.read', memberId);
    const scores = await scoresOf(db, c.var.deps.config.membership.intakeKey, access.groupId, [
      memberId,
    ]);
    return renderPage(
      c,
      { title: m.person.title(person.name, access.name) },
      <PersonPage
        m={m}
        locale={c.var.locale}
        slug={access.slug}
        name={person.name}
        series={scores.get(memberId)}
        fmt={day(c)}
        fmtShort={short(c)}
      />,
    );
  });

  return app;
}

/**
 * The therapists' page, with a notice or the schedule form's error. It shows every member's
 * latest scores, so each drawing is an audited read of the group's scores.
 */
async function leadPage(c: Ctx, access: GroupAccess, notice?: 'saved', errors: FieldErrors = {}) {
  const m = measureText(c.var.locale);
  const { db } = c.var.deps.database;
  await auditRead(c, signedIn(c), access, 'measures.read', null);
  return renderPage(
    c,
    { title: m.lead.title(access.name), status: Object.keys(errors).length > 0 ? 400 : 200 },
    <LeadPage
      m={m}
      group={{ name: access.name, slug: access.slug }}
      schedule={await scheduleOf(db, access.groupId)}
      members={await membersWithConsent(db, access.groupId)}
      scores={await scoresOf(db, c.var.deps.config.membership.intakeKey, access.groupId, null)}
      notice={notice ? m.lead.saved : undefined}
      errors={errors}
    />,
  );
}
