import { createHmac, timingSafeEqual } from 'node:crypto';
import { type GroupMailKind, isGroupMailKind } from './preferences.js';

/**
 * One-click unsubscribe links carry `{kind}.{userId}.{mac}`: an HMAC-SHA256 of the two with the
 * app's secret, so no row is stored and a link cannot be made for someone else. The links do
 * not expire (an old reminder should still let a person stop the next one).
 */
const mac = (secret: string, userId: string, kind: GroupMailKind) =>
  createHmac('sha256', secret).update(`unsubscribe\n${kind}\n${userId}`).digest('base64url');

export function unsubscribeToken(secret: string, userId: string, kind: GroupMailKind): string {
  return `${kind}.${userId}.${mac(secret, userId, kind)}`;
}

/** The person and kind a token names, or null when it was not made with our secret. */
export function readUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; kind: GroupMailKind } | null {
  const [kind, userId, given, ...rest] = token.split('.');
  if (rest.length > 0 || !isGroupMailKind(kind) || !userId || !given) return null;
  const expected = Buffer.from(mac(secret, userId, kind));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, kind };
}

/** The path of an unsubscribe link (the CSRF check in app.ts lets its one-click POST through). */
export const UNSUBSCRIBE_PATH = /^\/unsubscribe\/[A-Za-z0-9_.-]{1,200}$/;

/**
 * The unsubscribe link of one kind of group mail, and the headers that let a mail app offer
 * "unsubscribe" itself (RFC 2369 and RFC 8058). Notices about changed meetings and decisions
 * use this with `groupNotices`, reminders with their own kind.
 */
export function unsubscribeLink(
  origin: string,
  secret: string,
  userId: string,
  kind: GroupMailKind,
) {
  const url = `${origin}/unsubscribe/${unsubscribeToken(secret, userId, kind)}`;
  return {
    url,
    headers: {
      'List-Unsubscribe': `<${url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
