import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../../app-env.js';
import type { FieldErrors } from '../../views/forms.js';
import { renderPage } from '../../views/page.js';
import { auditSelf, bodyOf, passwordMatches, texts } from './account-common.js';
import { exportAccount } from './commands.js';
import { parseForm, passwordForm } from './forms.js';
import { requireViewer, signedIn } from './guards.js';
import { ipOf } from './limits.js';
import { canManageAccount } from './policies.js';
import { SESSION_COOKIE } from './session.js';
import { DeletePage } from './views/account-lists.js';

/**
 * What deleting and downloading an account involve beyond the accounts feature's own tables:
 * leaving every group, and the memberships in the export. Those features depend on accounts,
 * so accounts does not import them (that would be a loop); app.ts, which composes the
 * features, hands their commands in.
 */
export type AccountLifecycle = {
  /**
   * Delete the account and everything tied to it, as one transaction; mail about it (a seat
   * passed on) goes out after the commit.
   */
  deleteAccount: (
    deps: AppDeps,
    userId: string,
    ip: string,
    choices: { posts: 'keep' | 'delete' },
  ) => Promise<void>;
  /** Other features' parts of "download my data", added to exportAccount's. */
  exportData: (deps: AppDeps, userId: string) => Promise<Record<string, unknown>>;
};

/** "Download my data" and "Delete my account". */
export function accountDataRoutes(lifecycle: AccountLifecycle) {
  const app = new Hono<AppEnv>();

  app.post('/account/export', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const db = c.var.deps.database.db;
    await auditSelf(c, viewer, 'account.exported');
    const data = {
      ...(await exportAccount(db, viewer.id)),
      ...(await lifecycle.exportData(c.var.deps, viewer.id)),
    };
    c.header(
      'Content-Disposition',
      `attachment; filename="gatherwell-data-${new Date().toISOString().slice(0, 10)}.json"`,
    );
    c.header('Cache-Control', 'no-store');
    return c.body(JSON.stringify(data, null, 2), 200, {
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  app.get('/account/delete', requireViewer(canManageAccount), (c) => {
    const { m, p } = texts(c);
    return renderPage(c, { title: p.data.deleteTitle }, <DeletePage m={m} p={p} />);
  });

  app.post('/account/delete', requireViewer(canManageAccount), async (c) => {
    const viewer = signedIn(c);
    const { m, p } = texts(c);
    const raw = await bodyOf(c);
    const form = parseForm(passwordForm, raw, m);
    const errors: FieldErrors = {};
    if (raw.confirm !== 'yes') errors.confirm = p.data.deleteConfirmMissing;
    const posts = raw.posts === 'delete' ? 'delete' : 'keep';
    if (!form.ok) Object.assign(errors, form.errors);
    else if (!(await passwordMatches(c, viewer, form.data.password)))
      errors.password = m.problems.wrongPassword;
    if (Object.keys(errors).length > 0) {
      return renderPage(
        c,
        { title: p.data.deleteTitle, status: 400 },
        <DeletePage m={m} p={p} errors={errors} />,
      );
    }
    await lifecycle.deleteAccount(c.var.deps, viewer.id, ipOf(c), { posts });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return renderPage(
      c,
      { title: p.data.deleteTitle },
      <section class="form-narrow">
        <h1>{p.data.deleteTitle}</h1>
        <p role="status">{p.data.deleted}</p>
      </section>,
    );
  });

  return app;
}
