import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../app-env.js';
import { users } from '../../db/schema/index.js';
import { renderPage } from '../../views/page.js';
import { type AuditAction, type AuditEvent, audit } from './audit.js';
import { ipOf } from './limits.js';
import { accountText } from './messages/index.js';
import { MessagePage, withNext } from './views/auth-pages.js';

/* What the sign-up, sign-in and password-reset routes share. */

export const text = (c: Context<AppEnv>) => accountText(c.var.locale);
/** A page that only says something (and perhaps offers a next step). */
export const say = (c: Context<AppEnv>, title: string, said: string, next?: Child) =>
  renderPage(
    c,
    { title },
    <MessagePage title={title} text={said}>
      {next}
    </MessagePage>,
  );

/** An audit event about one account, from this request's address. */
export const auditAccount = (
  c: Context<AppEnv>,
  action: AuditAction,
  userId: string | null,
  options: { byThemselves?: boolean; details?: AuditEvent['details'] } = {},
) =>
  audit(c.var.deps.database.db, {
    action,
    actorId: options.byThemselves === false ? null : userId,
    targetType: userId ? 'user' : null,
    targetId: userId,
    ip: ipOf(c),
    details: options.details,
  });

export const SignInLink = ({ m, next }: { m: ReturnType<typeof text>; next?: string }) => (
  <p>
    <a class="button" href={withNext('/sign-in', next)}>
      {m.signIn.submit}
    </a>
  </p>
);

export const body = async (c: Context<AppEnv>) =>
  (await c.req.parseBody()) as Record<string, string>;

export async function userIdByEmail(c: Context<AppEnv>, email: string) {
  const [row] = await c.var.deps.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email));
  return row?.id ?? null;
}
