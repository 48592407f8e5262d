import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import type { RaisedAlert } from '../safety/alerts.js';
import { renderSupportCard } from '../safety/card.js';
import type { GroupAccess } from './access.js';
import { MembershipError } from './commands.js';
import type { MembershipText } from './messages/index.js';

// What the joining and the leaders' forms share: the path patterns, reading a posted body, and
// turning a command's refusal into words.

export { SLUG } from '../../lib/slug-pattern.js';
export const UUID = '[0-9a-f-]{36}';

export type Body = Record<string, string | File | (string | File)[]>;
export const one = (v: Body[string] | undefined) => (typeof v === 'string' ? v : '');
export const many = (v: Body[string] | undefined) =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  );

/** A request's message and a removal's reason alike. */
export const messageSchema = z.string().max(2000);

/** The agreement version a form accepted, or null (the group may have none). */
export const acceptedVersion = (body: Body) => {
  const n = Number.parseInt(one(body.agreement), 10);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/** A command's refusal in the viewer's words; anything else is a real error and goes on up. */
export function problem(m: MembershipText, error: unknown): string {
  if (error instanceof MembershipError) return m.errors[error.code];
  throw error;
}

/** After a change, the group page says what happened (and the search index learns of seats). */
export const done = (c: Context<AppEnv>, slug: string, what: string) =>
  c.redirect(`/groups/${slug}?done=${what}#join`, 303);

/**
 * After a change whose words raised a safety alert: the private support card, with Continue
 * leading where `done` would have gone (docs/safety.md).
 */
export const supportCard = (
  c: Context<AppEnv>,
  access: GroupAccess,
  alert: RaisedAlert,
  sent: 'application' | 'request',
  what: string,
) =>
  renderSupportCard(c, {
    level: alert.level,
    told: alert.told,
    group: { name: access.name, slug: access.slug },
    sent,
    next: `/groups/${access.slug}?done=${what}#join`,
  });
