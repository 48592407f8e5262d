import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DateTime } from 'luxon';
import type { AppEnv } from '../../app-env.js';
import { SLUG } from '../../lib/slug-pattern.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { formBody, leading, one, requireLeading } from '../leading/guard.js';
import { zoneFor } from '../zones/zone.js';
import { therapistText } from './messages/index.js';
import { PlanForm, PlansPage } from './plan-views.js';
import {
  deletePlan,
  MAX_SESSIONS,
  parsePlan,
  planOfSession,
  plansOf,
  savePlan,
  sessionDates,
} from './plans.js';
import { canPlanSessions } from './policies.js';

/** A therapy group's session plans, for its therapists: /lead/{slug}/plans. */

const PLANS = `/lead/:slug{${SLUG}}/plans`;
const ONE = `${PLANS}/:number{[0-9]{1,3}}`;

function ctxOf(c: Context<AppEnv>) {
  const zone = zoneFor(c);
  return {
    t: therapistText(c.var.locale),
    slug: leading(c).access.slug,
    fmt: (d: Date) =>
      DateTime.fromJSDate(d)
        .setZone(zone)
        .setLocale(c.var.locale)
        .toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY),
  };
}

const numberOf = (c: Context<AppEnv>) => {
  const n = Number(c.req.param('number'));
  if (!Number.isInteger(n) || n < 1 || n > MAX_SESSIONS)
    throw new HTTPException(404, { message: therapistText(c.var.locale).plans.problems.number });
  return n;
};

const EMPTY = (number: number) => ({
  number,
  title: '',
  goals: '',
  technique: '',
  agenda: [],
  materials: '',
  shared: false,
});

export function planRoutes() {
  const app = new Hono<AppEnv>();
  const guard = requireLeading(canPlanSessions);

  app.get(PLANS, guard, async (c) => {
    const { access } = leading(c);
    const { db } = c.var.deps.database;
    const [{ dates, series }, plans] = await Promise.all([
      sessionDates(db, access.groupId),
      plansOf(db, access.groupId),
    ]);
    // Every dated session, every planned one, and one more to plan ahead of an open-ended group.
    const count = Math.min(
      MAX_SESSIONS,
      Math.max(series ?? 0, plans.at(-1)?.number ?? 0, series ? 0 : Math.min(dates.length, 12)),
    );
    const sessions = Array.from({ length: Math.max(1, count) }, (_, i) => ({
      number: i + 1,
      start: dates[i]?.start ?? null,
      plan: plans.find((p) => p.number === i + 1) ?? null,
    }));
    c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      { title: therapistText(c.var.locale).plans.title(access.name) },
      <PlansPage ctx={ctxOf(c)} groupName={access.name} sessions={sessions} />,
    );
  });

  app.get(ONE, guard, async (c) => {
    const { access } = leading(c);
    const number = numberOf(c);
    const plan = await planOfSession(c.var.deps.database.db, access.groupId, number);
    c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      { title: therapistText(c.var.locale).plans.editTitle(number) },
      <PlanForm ctx={ctxOf(c)} plan={plan ?? EMPTY(number)} exists={plan !== null} errors={{}} />,
    );
  });

  app.post(ONE, guard, async (c) => {
    const { access, viewer } = leading(c);
    const number = numberOf(c);
    const form = await formBody(c);
    const body = Object.fromEntries(
      ['title', 'goals', 'technique', 'agenda', 'materials', 'shared'].map((k) => [
        k,
        one(form[k]),
      ]),
    );
    const parsed = parsePlan(number, body);
    if (!parsed.ok) {
      const p = therapistText(c.var.locale).plans.problems;
      const errors: FieldErrors = {};
      if (parsed.errors.includes('title')) errors.title = p.title;
      if (parsed.errors.includes('long')) errors.goals = p.long;
      return renderPage(
        c,
        { title: therapistText(c.var.locale).plans.editTitle(number), status: 400 },
        <PlanForm ctx={ctxOf(c)} plan={parsed.value} exists={false} errors={errors} />,
      );
    }
    await savePlan(c.var.deps.database.db, access.groupId, viewer.id, parsed.value);
    return c.redirect(`/lead/${access.slug}/plans`, 303);
  });

  app.post(`${ONE}/delete`, guard, async (c) => {
    const { access } = leading(c);
    await deletePlan(c.var.deps.database.db, access.groupId, numberOf(c));
    return c.redirect(`/lead/${access.slug}/plans`, 303);
  });

  return app;
}
