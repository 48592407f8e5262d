import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { ROLES } from '../../db/schema/index.js';
import { renderPage } from '../../views/page.js';
import { linkOrigin } from '../accounts/auth.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import {
  canDecideProfessional,
  canModerateAccount,
  canReviewProfessionals,
} from '../accounts/policies.js';
import { recipientLocale } from '../mail/compose.js';
import { decideProfessional, setAccountDisabled, setRole } from './commands.js';
import { requireAdmin } from './guard.js';
import { professionalDecisionMail } from './mail.js';
import { adminText } from './messages/index.js';
import {
  accountSummary,
  listingReportsForAdmin,
  overviewCounts,
  professionalQueue,
} from './queries.js';
import { AccountsPage, OverviewPage, ReportsPage } from './views/admin-pages.js';
import { ProfessionalsPage } from './views/professionals-page.js';

const text = (c: Context<AppEnv>) => adminText(c.var.locale);
const db = (c: Context<AppEnv>) => c.var.deps.database.db;

/** The viewer, who the guard has already shown to be an administrator. */
const admin = (c: Context<AppEnv>) => signedIn(c);

const declineForm = z.object({ reason: z.string().trim().min(3).max(500) });
const roleForm = z.object({ role: z.enum(ROLES) });
const emailQuery = z.string().trim().toLowerCase().max(254).pipe(z.email());

const DONE = ['verified', 'declined', 'disabled', 'enabled', 'role', 'unchanged'] as const;
const doneParam = (c: Context<AppEnv>) => {
  const done = c.req.query('done');
  return (DONE as readonly string[]).includes(done ?? '') ? (done as (typeof DONE)[number]) : null;
};

async function queuePage(
  c: Context<AppEnv>,
  extra: { errors?: Record<string, string>; reasons?: Record<string, string> } = {},
) {
  const m = text(c);
  const done = doneParam(c);
  return renderPage(
    c,
    { title: m.professionals.title, status: extra.errors ? 400 : 200 },
    <ProfessionalsPage
      m={m}
      locale={c.var.locale}
      viewerId={admin(c).id}
      queue={await professionalQueue(db(c))}
      notice={done === 'verified' || done === 'declined' ? m.professionals.done[done] : undefined}
      errors={extra.errors}
      reasons={extra.reasons}
    />,
  );
}

async function accountPage(c: Context<AppEnv>, id: string) {
  const m = text(c);
  const account = await accountSummary(db(c), { id });
  if (!account) throw new HTTPException(404, { message: m.problems.notFound });
  const done = doneParam(c);
  const notice =
    done === 'disabled' || done === 'enabled' || done === 'role' || done === 'unchanged'
      ? m.accounts.done[done]
      : undefined;
  return renderPage(
    c,
    { title: m.accounts.title },
    <AccountsPage
      m={m}
      locale={c.var.locale}
      account={account}
      canModerate={canModerateAccount(admin(c), account.id)}
      notice={notice}
    />,
  );
}

/**
 * The administrators' area: the professional verification queue, account moderation
 * (disable, enable, role) and listing reports. Every change is a POST, audited in the same
 * transaction, and answered with a 303 back to the page it came from.
 */
export function adminRoutes() {
  const app = new Hono<AppEnv>();
  // The area's guard; an action with a narrower policy names it on its own route as well.
  app.use('/admin', requireAdmin());
  app.use('/admin/*', requireAdmin());

  app.get('/admin', async (c) => {
    const m = text(c);
    const counts = await overviewCounts(db(c));
    return renderPage(c, { title: m.overview.title }, <OverviewPage m={m} counts={counts} />);
  });

  app.get('/admin/professionals', requireAdmin(canReviewProfessionals), (c) => queuePage(c));

  app.post(
    '/admin/professionals/:userId/verify',
    requireAdmin(canDecideProfessional, 'userId'),
    async (c) => {
      const userId = c.req.param('userId');
      const result = await decideProfessional(db(c), userId, { verdict: 'verified' }, actor(c));
      if (!result.ok) return refuse(c, result.problem);
      await tellProfessional(c, 'verified', result);
      return c.redirect('/admin/professionals?done=verified', 303);
    },
  );

  app.post(
    '/admin/professionals/:userId/decline',
    requireAdmin(canDecideProfessional, 'userId'),
    async (c) => {
      const m = text(c);
      const userId = c.req.param('userId');
      const body = await c.req.parseBody();
      const form = declineForm.safeParse(body);
      if (!form.success) {
        const key = `reason-${userId}`;
        return queuePage(c, {
          errors: { [key]: m.problems.reason },
          reasons: { [key]: typeof body.reason === 'string' ? body.reason : '' },
        });
      }
      const result = await decideProfessional(
        db(c),
        userId,
        { verdict: 'declined', reason: form.data.reason },
        actor(c),
      );
      if (!result.ok) return refuse(c, result.problem);
      await tellProfessional(c, 'declined', result, form.data.reason);
      return c.redirect('/admin/professionals?done=declined', 303);
    },
  );

  app.get('/admin/accounts', (c) => {
    const m = text(c);
    return renderPage(c, { title: m.accounts.title }, <AccountsPage m={m} locale={c.var.locale} />);
  });

  // A search by address is a POST, so the address stays out of URLs, history and proxy logs.
  app.post('/admin/accounts', async (c) => {
    const m = text(c);
    const body = await c.req.parseBody();
    const raw = typeof body.email === 'string' ? body.email : '';
    const email = emailQuery.safeParse(raw);
    if (!email.success) {
      return renderPage(
        c,
        { title: m.accounts.title, status: 400 },
        <AccountsPage
          m={m}
          locale={c.var.locale}
          email={raw}
          errors={{ email: m.accounts.badEmail }}
        />,
      );
    }
    const account = await accountSummary(db(c), { email: email.data });
    return renderPage(
      c,
      { title: m.accounts.title, status: account ? 200 : 404 },
      <AccountsPage
        m={m}
        locale={c.var.locale}
        email={email.data}
        account={account}
        canModerate={account ? canModerateAccount(admin(c), account.id) : false}
      />,
    );
  });

  // The card by id, where actions land: the e-mail address stays out of the redirect.
  app.get('/admin/accounts/:id', (c) => accountPage(c, c.req.param('id')));

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(`/admin/accounts/:id/${action}`, requireAdmin(canModerateAccount, 'id'), async (c) => {
      const id = c.req.param('id');
      await mustExist(c, id);
      const changed = await setAccountDisabled(db(c), id, disabled, actor(c));
      return backToAccount(c, id, changed ? (disabled ? 'disabled' : 'enabled') : 'unchanged');
    });
  }

  app.post('/admin/accounts/:id/role', requireAdmin(canModerateAccount, 'id'), async (c) => {
    const m = text(c);
    const id = c.req.param('id');
    const form = roleForm.safeParse(await c.req.parseBody());
    if (!form.success) throw new HTTPException(400, { message: m.problems.role });
    const result = await setRole(db(c), id, form.data.role, actor(c));
    if (!result) throw new HTTPException(404, { message: m.problems.notFound });
    return backToAccount(c, id, result.changed ? 'role' : 'unchanged');
  });

  app.get('/admin/reports', async (c) => {
    const m = text(c);
    const reports = await listingReportsForAdmin(db(c));
    return renderPage(
      c,
      { title: m.reports.title },
      <ReportsPage m={m} locale={c.var.locale} reports={reports} />,
    );
  });

  return app;
}

const actor = (c: Context<AppEnv>) => ({ adminId: admin(c).id, ip: ipOf(c) });

const backToAccount = (c: Context<AppEnv>, id: string, done: (typeof DONE)[number]) =>
  c.redirect(`/admin/accounts/${encodeURIComponent(id)}?done=${done}`, 303);

async function mustExist(c: Context<AppEnv>, id: string) {
  if (!(await accountSummary(db(c), { id }))) {
    throw new HTTPException(404, { message: text(c).problems.notFound });
  }
}

function refuse(c: Context<AppEnv>, problem: 'notFound' | 'notPending' | 'expired') {
  const m = text(c);
  // A decision that no longer applies (sent twice, or decided by someone else meanwhile).
  throw new HTTPException(problem === 'notFound' ? 404 : 400, { message: m.problems[problem] });
}

/** The person hears the decision by e-mail, in their language, with a link to their profile. */
async function tellProfessional(
  c: Context<AppEnv>,
  decision: 'verified' | 'declined',
  to: { email: string; locale: string | null },
  reason?: string,
) {
  const { config, mailer } = c.var.deps;
  const link = `${linkOrigin(config)}/account/professional`;
  await mailer.send(
    professionalDecisionMail(decision, to.email, recipientLocale(to.locale), { link, reason }),
  );
}
