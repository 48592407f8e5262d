import type { Context } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { type AuditAction, audit } from './audit.js';
import { authErrorCode, authHeaders } from './auth-calls.js';
import { ACCOUNT_LIMITS, ipOf, limitFor } from './limits.js';
import { accountText, privacyText } from './messages/index.js';
import type { Viewer } from './viewer.js';

/* What the privacy centre's pages share: their words, their audit events and forms. */

export type Ctx = Context<AppEnv>;
export const texts = (c: Ctx) => ({ m: accountText(c.var.locale), p: privacyText(c.var.locale) });

export const auditSelf = (c: Ctx, viewer: Viewer, action: AuditAction) =>
  audit(c.var.deps.database.db, {
    action,
    actorId: viewer.id,
    targetType: 'user',
    targetId: viewer.id,
    ip: ipOf(c),
  });

/** A form's fields; a field sent more than once (checkboxes) is a list. */
export const bodyOf = async (c: Ctx) =>
  (await c.req.parseBody({ all: true })) as Record<string, string | string[]>;

/** Check the password again before a sensitive change; rate-limited per account. */
export async function passwordMatches(c: Ctx, viewer: Viewer, password: string) {
  await limitFor(c, [[ACCOUNT_LIMITS.reauthPerAccount, viewer.id]]);
  try {
    await c.var.deps.auth.api.verifyPassword({ body: { password }, headers: authHeaders(c) });
    return true;
  } catch (error) {
    authErrorCode(error);
    return false;
  }
}
