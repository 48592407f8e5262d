import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { defineMessages } from '../../i18n/locale.js';
import { type AuditAction, audit } from '../accounts/audit.js';
import { ipOf } from '../accounts/limits.js';
import { toSignIn } from '../accounts/session.js';
import type { Viewer } from '../accounts/viewer.js';
import { type GroupAccess, loadGroupAccess } from '../membership/access.js';
import { canViewGroup } from '../membership/policies.js';
import { readStoredGroup, type StoredGroup } from './group-input.js';
import { leadText } from './messages.js';

const denied = defineMessages({
  en: {
    notFound: 'We could not find that group.',
    denied: 'Only this group’s leaders can open this page.',
    ownerOnly: 'Only the group’s owner can do this.',
  },
  es: {
    notFound: 'No encontramos ese grupo.',
    denied: 'Solo quienes dirigen este grupo pueden abrir esta página.',
    ownerOnly: 'Solo la persona titular del grupo puede hacer esto.',
  },
});

export type Leading = { viewer: Viewer; access: GroupAccess; m: ReturnType<typeof leadText> };

/**
 * The group named in the path and the viewer, once `policy` allows them; a visitor is sent to
 * sign in and anyone else refused before anything about the group is read beyond its access.
 */
export async function leadingGroup(
  c: Context<AppEnv>,
  policy: (v: Viewer | null, a: GroupAccess) => boolean,
  which: 'denied' | 'ownerOnly' = 'denied',
): Promise<Leading | Response> {
  const viewer = c.var.viewer;
  if (!viewer) return toSignIn(c);
  const t = denied(c.var.locale);
  const access = await loadGroupAccess(
    c.var.deps.database.db,
    { slug: c.req.param('slug') ?? '' },
    viewer,
  );
  // A draft exists only for those who may see it: anyone else is told there is no such group,
  // exactly as for a slug that was never used (a 403 would confirm it exists).
  if (!access || !canViewGroup(viewer, access))
    throw new HTTPException(404, { message: t.notFound });
  if (!policy(viewer, access)) throw new HTTPException(403, { message: t[which] });
  return { viewer, access, m: leadText(c.var.locale) };
}

/** A form body with every value as a string or list of strings. */
export async function formBody(c: Context<AppEnv>) {
  return (await c.req.parseBody({ all: true })) as Record<string, string | string[]>;
}

export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/** As leadingGroup, with the listing itself as saveGroup stored it. */
export async function leadingStored(
  c: Context<AppEnv>,
  policy: (v: Viewer | null, a: GroupAccess) => boolean,
  which: 'denied' | 'ownerOnly' = 'denied',
): Promise<(Leading & { stored: StoredGroup }) | Response> {
  const lead = await leadingGroup(c, policy, which);
  if (lead instanceof Response) return lead;
  const stored = await readStoredGroup(c.var.deps.database.db, lead.access.groupId);
  if (!stored) throw new HTTPException(404);
  return { ...lead, stored };
}

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
