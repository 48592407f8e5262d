import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { publicOrigin } from '../../lib/public-origin.js';
import { renderPage } from '../../views/page.js';
import { requireViewer, signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import { windowLimit } from '../limits/limits.js';
import { tooManyRequests } from '../limits/rate-limit.js';
import { loadOrgAccess } from './access.js';
import { requestClaim } from './claims.js';
import { createOrganisation } from './commands.js';
import { type OrgDetails, parseClaimMessage, parseDetails } from './form.js';
import { orgAccess, requireOrg } from './guard.js';
import { organisationFeed } from './meeting-guide-out.js';
import { orgText } from './messages/index.js';
import { acceptInvite, inviteOf } from './people.js';
import { canAcceptInvite, canClaimOrganisation, canCreateOrganisation } from './policies.js';
import {
  claimedOrganisations,
  GROUPS_PER_PAGE,
  organisationsOf,
  publicGroupsOf,
  therapistsOf,
} from './queries.js';
import { ClaimPage, DetailsForm, InvitePage } from './views/forms.js';
import { OrgListPage, OrgPage } from './views/public.js';

/**
 * Organisation accounts, the public side and joining: the list, an organisation's page and its
 * Meeting Guide feed (public), starting an account, asking to run a named one, accepting an
 * invitation. What owners and editors do is in manage-routes.tsx.
 */

// Accounts are few and deliberate: a handful a day per person is plenty, and stops a flood.
const NEW_PER_PERSON = windowLimit('orgs.new', 5, 86_400_000);
// Claims land in administrators' queue: a person asking for more than a few a day is not one
// intergroup's secretary.
const CLAIMS_PER_PERSON = windowLimit('orgs.claim', 5, 86_400_000);
const SLUG = '{[a-z0-9-]{1,80}}';

const ctxOf = (c: Context<AppEnv>) => ({
  t: orgText(c.var.locale),
  locale: c.var.locale,
  zone: c.var.zone ?? 'UTC',
});

const body = async (c: Context<AppEnv>) =>
  (await c.req.parseBody({ all: true })) as Record<string, string | string[]>;

export function organisationRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/orgs', async (c) => {
    const ctx = ctxOf(c);
    const { db } = c.var.deps.database;
    const orgs = await claimedOrganisations(db);
    const mine = c.var.viewer ? await organisationsOf(db, c.var.viewer.id) : [];
    // The list names the viewer's own organisations: never kept by a shared cache.
    if (c.var.viewer) c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      { title: ctx.t.list.title },
      <OrgListPage ctx={ctx} orgs={orgs} mine={mine} />,
    );
  });

  const creator = requireViewer(canCreateOrganisation);
  const empty: OrgDetails = { name: '', kind: 'other', url: '', description: '' };

  app.get('/orgs/new', creator, (c) => {
    const t = orgText(c.var.locale);
    return renderPage(
      c,
      { title: t.form.newTitle },
      <DetailsForm
        t={t}
        action="/orgs/new"
        value={{ ...empty, kind: '' as never }}
        errors={{}}
        editing={false}
      />,
    );
  });

  app.post('/orgs/new', creator, async (c) => {
    const viewer = signedIn(c);
    const t = orgText(c.var.locale);
    const parsed = parseDetails(await body(c), t);
    const again = (
      status: 400 | 409,
      errors: Record<string, string>,
      taken = null as { slug: string; claimed: boolean } | null,
    ) =>
      renderPage(
        c,
        { title: t.form.newTitle, status },
        <DetailsForm
          t={t}
          action="/orgs/new"
          value={parsed.value}
          errors={errors}
          taken={taken}
          editing={false}
        />,
      );
    if (!parsed.ok) return again(400, parsed.errors);
    const { retryAfter } = await c.var.deps.limits.attempt(NEW_PER_PERSON, viewer.id);
    if (retryAfter !== undefined) throw tooManyRequests(retryAfter, t.form.tooMany);
    const made = await createOrganisation(c.var.deps.database.db, viewer, parsed.value, ipOf(c));
    if (!made.ok)
      return again(
        409,
        { name: made.taken.claimed ? t.form.takenClaimed : t.form.takenUnclaimed },
        made.taken,
      );
    return c.redirect(`/orgs/${made.slug}/manage`, 303);
  });

  app.get(
    `/orgs/invite/:token{[A-Za-z0-9_-]{20,64}}`,
    requireViewer(canAcceptInvite),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      const t = orgText(c.var.locale);
      const { db } = c.var.deps.database;
      const token = c.req.param('token');
      const invite = await inviteOf(db, token);
      const org = invite ? await loadOrgAccess(db, { id: invite.organisationId }, null) : null;
      return renderPage(
        c,
        { title: t.invite.invalidTitle, status: org ? 200 : 404 },
        <InvitePage
          t={t}
          token={token}
          offer={org && invite ? { name: org.name, role: invite.role } : null}
        />,
      );
    },
  );

  app.post(
    `/orgs/invite/:token{[A-Za-z0-9_-]{20,64}}`,
    requireViewer(canAcceptInvite),
    async (c) => {
      const t = orgText(c.var.locale);
      const slug = await acceptInvite(
        c.var.deps.database.db,
        signedIn(c),
        c.req.param('token'),
        ipOf(c),
      );
      if (!slug) {
        return renderPage(
          c,
          { title: t.invite.invalidTitle, status: 404 },
          <InvitePage t={t} token="" offer={null} />,
        );
      }
      return c.redirect(`/orgs/${slug}/manage?done=joined`, 303);
    },
  );

  app.get(`/orgs/:slug${SLUG}/meeting-guide.json`, async (c) => {
    const org = await loadOrgAccess(c.var.deps.database.db, { slug: c.req.param('slug') }, null);
    if (!org) throw new HTTPException(404, { message: orgText(c.var.locale).errors.notFound });
    const { records, skipped } = await organisationFeed(
      c.var.deps.database.db,
      org,
      publicOrigin(c),
    );
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('X-Skipped-Groups', String(skipped.length));
    return c.json(records);
  });

  app.get(`/orgs/:slug${SLUG}/claim`, requireOrg(canClaimOrganisation, 'cannotClaim'), (c) => {
    const t = orgText(c.var.locale);
    const org = orgAccess(c);
    return renderPage(
      c,
      { title: t.claim.title(org.name) },
      <ClaimPage t={t} org={org} message="" />,
    );
  });

  app.post(
    `/orgs/:slug${SLUG}/claim`,
    requireOrg(canClaimOrganisation, 'cannotClaim'),
    async (c) => {
      const t = orgText(c.var.locale);
      const org = orgAccess(c);
      const parsed = parseClaimMessage(await body(c), t);
      if (!parsed.ok) {
        return renderPage(
          c,
          { title: t.claim.title(org.name), status: 400 },
          <ClaimPage t={t} org={org} message={parsed.message} error={parsed.error} />,
        );
      }
      const viewer = signedIn(c);
      const { retryAfter } = await c.var.deps.limits.attempt(CLAIMS_PER_PERSON, viewer.id);
      if (retryAfter !== undefined) throw tooManyRequests(retryAfter, t.claim.tooMany);
      await requestClaim(c.var.deps.database.db, viewer, org, parsed.message, ipOf(c));
      return renderPage(
        c,
        { title: t.claim.title(org.name) },
        <ClaimPage t={t} org={org} message="" sent />,
      );
    },
  );

  app.get(`/orgs/:slug${SLUG}`, async (c) => {
    const ctx = ctxOf(c);
    const { db } = c.var.deps.database;
    const org = await loadOrgAccess(db, { slug: c.req.param('slug') }, c.var.viewer);
    if (!org) throw new HTTPException(404, { message: ctx.t.errors.notFound });
    const page = Math.max(1, Math.min(1000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const groups = await publicGroupsOf(db, org.id, page);
    return renderPage(
      c,
      { title: org.name, description: org.description.slice(0, 160) || undefined },
      <OrgPage
        ctx={ctx}
        org={org}
        groups={groups}
        page={page}
        pages={Math.max(1, Math.ceil(groups.total / GROUPS_PER_PAGE))}
        therapists={await therapistsOf(db, org.id)}
        signedIn={c.var.viewer !== null}
      />,
    );
  });

  return app;
}
