import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { markGuard } from '../../lib/guard-mark.js';
import { type AuditAction, audit } from '../accounts/audit.js';
import { signedIn } from '../accounts/guards.js';
import { ipOf } from '../accounts/limits.js';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import { type GroupPolicy, groupAccess, requireGroup } from '../membership/guards.js';
import { readStoredGroup, type StoredGroup } from './group-input.js';
import { type LeadText, leadText } from './messages/index.js';

export type Leading = {
  viewer: Viewer;
  access: GroupAccess;
  m: LeadText;
  /** The listing as saveGroup stored it (the edit form's source). */
  stored: StoredGroup;
};

/** What requireLeading found for this request. */
export function leading(c: Context<AppEnv>): Leading {
  const lead = c.var.lead;
  if (!lead) throw new Error(`${c.req.path}: a handler asked for a group it has no guard for`);
  return lead;
}

/**
 * The group guard (requireGroup) for leaders' pages, which also hands the handler the listing
 * as stored: `leading(c)`.
 */
export function requireLeading(
  policy: GroupPolicy,
  denied: 'leadersOnly' | 'ownerOnly' = 'leadersOnly',
): MiddlewareHandler<AppEnv> {
  const group = requireGroup(policy, { denied });
  const guard = (c: Context<AppEnv>, next: () => Promise<void>) =>
    group(c, async () => {
      const access = groupAccess(c);
      const stored = await readStoredGroup(c.var.deps.database.db, access.groupId);
      if (!stored) throw new HTTPException(404);
      c.set('lead', { viewer: signedIn(c), access, m: leadText(c.var.locale), stored });
      await next();
    });
  return markGuard(policy.name, guard);
}

/** A form body with every value as a string or list of strings. */
export async function formBody(c: Context<AppEnv>) {
  return (await c.req.parseBody({ all: true })) as Record<string, string | string[]>;
}

export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/** An audit event about a group, by the viewer (details are codes and counts only). */
export const auditGroup = (
  c: Context<AppEnv>,
  viewer: Viewer,
  action: AuditAction,
  groupId: string,
  details?: Record<string, string | number | boolean>,
) =>
  audit(c.var.deps.database.db, {
    action,
    actorId: viewer.id,
    targetType: 'group',
    targetId: groupId,
    ip: ipOf(c),
    details,
  });
