import { and, eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { memberships, users } from '../../db/schema/index.js';
import { SLUG } from '../../lib/slug-pattern.js';
import { renderPage } from '../../views/page.js';
import { signedIn } from '../accounts/guards.js';
import { limitForm, MAIL_LIMITS } from '../accounts/limits.js';
import { formBody, type Leading, leading, one, requireLeading } from '../leading/guard.js';
import { groupAccess, requireGroup } from '../membership/guards.js';
import { viewerDateTime } from '../membership/panel.js';
import { canAnswerThreads, canWriteToLeaders } from '../membership/policies.js';
import { renderSupportCard } from '../safety/card.js';
import { zoneFor } from '../zones/zone.js';
import { threadText } from './messages/index.js';
import { markThreadRead, parseMessage, postMessage, threadOf, threadsOfGroup } from './queries.js';
import { LeaderThreadPage, PersonThreadPage, ThreadsPage } from './views.js';

const PERSON = '[A-Za-z0-9_-]{1,64}';

/**
 * The person's side of their thread with a group's leaders, once `canWriteToLeaders` allows it.
 * A group they may not see is not there (404); a leader is sent to the leaders' side.
 */
function personSide(c: Context<AppEnv>) {
  return { viewer: signedIn(c), access: groupAccess(c), t: threadText(c.var.locale) };
}

/** A member (or someone who asked to join) writing to the leaders; leaders go to their view. */
const writerGuard = () =>
  requireGroup(canWriteToLeaders, {
    denied: (c) => threadText(c.var.locale).errors.notAllowed,
    elsewhere: (access) =>
      access.leaderRole !== null ? `/lead/${access.slug}/threads` : undefined,
  });

/** The person a leaders' thread is with: someone with a standing in this group, or 404. */
async function personIn(c: Context<AppEnv>, groupId: string) {
  const [row] = await c.var.deps.database.db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.groupId, groupId), eq(memberships.userId, c.req.param('person') ?? '')),
    );
  if (!row) throw new HTTPException(404, { message: threadText(c.var.locale).errors.notFound });
  return row;
}

type Side = Exclude<Awaited<ReturnType<typeof personSide>>, Response>;
type Extra = { status?: 400; value?: string; error?: string };

/** The person's thread page, after a GET or a refused POST. */
async function personPage(c: Context<AppEnv>, { viewer, access, t }: Side, extra: Extra = {}) {
  const db = c.var.deps.database.db;
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    { title: t.title(access.name), status: extra.status },
    <PersonThreadPage
      t={t}
      groupName={access.name}
      slug={access.slug}
      messages={await threadOf(db, access.groupId, viewer.id)}
      fmt={viewerDateTime(c, zoneFor(c))}
      sent={!extra.status && c.req.query('sent') === '1'}
      value={extra.value}
      error={extra.error}
    />,
  );
}

/** A thread as the leaders see it, after a GET or a refused POST. */
async function leaderPage(
  c: Context<AppEnv>,
  lead: Leading,
  person: { id: string; name: string },
  extra: Extra = {},
) {
  const t = threadText(c.var.locale);
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    { title: t.lead_.thread(person.name), status: extra.status },
    <LeaderThreadPage
      t={t}
      slug={lead.access.slug}
      personId={person.id}
      personName={person.name}
      locale={c.var.locale}
      messages={await threadOf(c.var.deps.database.db, lead.access.groupId, person.id)}
      fmt={viewerDateTime(c, zoneFor(c))}
      sent={!extra.status && c.req.query('sent') === '1'}
      value={extra.value}
      error={extra.error}
    />,
  );
}

export function threadRoutes() {
  const app = new Hono<AppEnv>();

  app.get(`/groups/:slug{${SLUG}}/write`, writerGuard(), async (c) => {
    const side = personSide(c);
    const page = await personPage(c, side);
    // Read once shown: what the leaders wrote is no longer new.
    await markThreadRead(c.var.deps.database.db, side.access.groupId, side.viewer.id, 'person');
    return page;
  });

  app.post(`/groups/:slug{${SLUG}}/write`, writerGuard(), async (c) => {
    const side = personSide(c);
    const { viewer, access, t } = side;
    await limitForm(c, [[MAIL_LIMITS.threadMessagesPerPerson, viewer.id]]);
    const value = one((await formBody(c)).message);
    const parsed = parseMessage(value);
    if (!parsed.ok)
      return personPage(c, side, { status: 400, value, error: t.errors[parsed.error] });
    const { safety } = await postMessage(c.var.deps.database.db, {
      groupId: access.groupId,
      personId: viewer.id,
      authorId: viewer.id,
      fromLeaders: false,
      body: parsed.body,
    });
    const next = `/groups/${access.slug}/write?sent=1`;
    if (safety) {
      return renderSupportCard(c, {
        level: safety.level,
        told: safety.told,
        group: { name: access.name, slug: access.slug },
        sent: 'message',
        next,
      });
    }
    return c.redirect(next, 303);
  });

  app.get('/lead/:slug/threads', requireLeading(canAnswerThreads), async (c) => {
    const lead = leading(c);
    const t = threadText(c.var.locale);
    c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      { title: t.lead_.title(lead.access.name) },
      <ThreadsPage
        t={t}
        groupName={lead.access.name}
        slug={lead.access.slug}
        threads={await threadsOfGroup(c.var.deps.database.db, lead.access.groupId)}
        fmt={viewerDateTime(c, zoneFor(c))}
      />,
    );
  });

  app.get(`/lead/:slug/threads/:person{${PERSON}}`, requireLeading(canAnswerThreads), async (c) => {
    const lead = leading(c);
    const person = await personIn(c, lead.access.groupId);
    const page = await leaderPage(c, lead, person);
    await markThreadRead(c.var.deps.database.db, lead.access.groupId, person.id, 'leaders');
    return page;
  });

  app.post(
    `/lead/:slug/threads/:person{${PERSON}}`,
    requireLeading(canAnswerThreads),
    async (c) => {
      const lead = leading(c);
      const person = await personIn(c, lead.access.groupId);
      await limitForm(c, [[MAIL_LIMITS.threadMessagesPerPerson, lead.viewer.id]]);
      const value = one((await formBody(c)).message);
      const parsed = parseMessage(value);
      if (!parsed.ok) {
        const error = threadText(c.var.locale).errors[parsed.error];
        return leaderPage(c, lead, person, { status: 400, value, error });
      }
      await postMessage(c.var.deps.database.db, {
        groupId: lead.access.groupId,
        personId: person.id,
        authorId: lead.viewer.id,
        fromLeaders: true,
        body: parsed.body,
      });
      return c.redirect(`/lead/${lead.access.slug}/threads/${person.id}?sent=1`, 303);
    },
  );

  return app;
}
