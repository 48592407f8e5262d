import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { renderPage } from '../../views/page.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import { requireAdmin } from '../admin/guard.js';
import { claimSource, FeedSetupError } from '../feeds/commands.js';
import { loadOrgAccess } from './access.js';
import { decideClaim, setVerified } from './claims.js';
import { type OrgText, orgText } from './messages/index.js';
import { canReviewOrganisations } from './policies.js';
import { reviewQueue } from './queries.js';
import { AdminOrgsPage } from './views/admin.js';

/**
 * Administrators and organisations (/admin/organisations): decide claims on named
 * organisations, verify accounts (the badge), hand an import's listings to its publisher.
 */

type Done = keyof OrgText['admin']['notices'];
const PAGE = '/admin/organisations';

const form = async (c: Context<AppEnv>) => {
  const body = await c.req.parseBody();
  return (k: string) => String(body[k] ?? '');
};
const back = (c: Context<AppEnv>, done: Done) => c.redirect(`${PAGE}?done=${done}`, 303);

export function organisationAdminRoutes() {
  const app = new Hono<AppEnv>();
  const admin = requireAdmin(canReviewOrganisations);

  app.get(PAGE, admin, async (c) => {
    const t = orgText(c.var.locale);
    const done = c.req.query('done') as Done | undefined;
    return renderPage(
      c,
      { title: t.admin.title },
      <AdminOrgsPage
        t={t}
        locale={c.var.locale}
        queue={await reviewQueue(c.var.deps.database.db)}
        notice={done && done in t.admin.notices ? t.admin.notices[done] : null}
      />,
    );
  });

  app.post(
    `${PAGE}/claims/:id{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}`,
    admin,
    async (c) => {
      const field = await form(c);
      const outcome = field('outcome') === 'approved' ? 'approved' : 'declined';
      const result = await decideClaim(
        c.var.deps.database.db,
        signedIn(c),
        c.req.param('id'),
        outcome,
        ipOf(c),
      );
      if (result === 'taken') return back(c, 'taken');
      return back(c, outcome);
    },
  );

  app.post(`${PAGE}/:slug{[a-z0-9-]{1,80}}/verification`, admin, async (c) => {
    const field = await form(c);
    await setVerified(
      c.var.deps.database.db,
      signedIn(c),
      c.req.param('slug'),
      field('verified') === 'yes',
      ipOf(c),
    );
    return back(c, 'verified');
  });

  app.post(`${PAGE}/sources`, admin, async (c) => {
    const field = await form(c);
    const { db } = c.var.deps.database;
    const org = await loadOrgAccess(db, { slug: field('organisation') }, null);
    const source = field('source');
    if (!org?.claimedAt || !source) return back(c, 'notGiven');
    try {
      await claimSource(db, { organisationId: org.id, sourceName: source, userId: signedIn(c).id });
    } catch (error) {
      if (error instanceof FeedSetupError) return back(c, 'notGiven');
      throw error;
    }
    return back(c, 'given');
  });

  return app;
}
