import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../app-env.js';
import { sessions, users } from '../../db/schema/index.js';
import { isHttpsRequest } from '../../lib/public-origin.js';
import { recipientLocale } from '../mail/compose.js';
import { forwardCookies } from './auth-calls.js';
import { auditAccount } from './auth-common.js';
import { accountMail } from './mail.js';

/*
 * The end of every sign-in (password or two-step code): the browsers an account has used, the
 * alert when a new one appears, and the session handed to the browser only once all is written.
 */

const DEVICE_COOKIE = 'gw_device';
const MAX_KNOWN_DEVICES = 20;

const deviceHash = (userId: string, device: string) =>
  createHash('sha256').update(`${userId}:${device}`).digest('base64url');

/** This browser's device id, when it has signed in to the account with this address before. */
export async function knownBrowser(c: Context<AppEnv>, email: string): Promise<string | undefined> {
  const device = getCookie(c, DEVICE_COOKIE);
  if (!device || !/^[\w-]{20,64}$/.test(device)) return undefined;
  const [row] = await c.var.deps.database.db
    .select({ id: users.id, known: users.knownDevices })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return row?.known.includes(deviceHash(row.id, device)) ? device : undefined;
}

/**
 * Finish a sign-in: record it (and mark the browser), then hand the browser its session. If
 * any of it cannot be written, the session better-auth just made is deleted before the error
 * goes on, so a failed sign-in leaves no session behind and sets no cookie.
 */
export async function completeSignIn(
  c: Context<AppEnv>,
  signedIn: { token: string; user: { id: string; email: string; locale?: string | null } },
  cookies: Headers | undefined,
  method: 'password' | 'totp' | 'backup_code' = 'password',
) {
  try {
    await afterSignIn(c, signedIn.user, method);
  } catch (error) {
    await c.var.deps.database.db
      .delete(sessions)
      .where(eq(sessions.token, signedIn.token))
      .catch(() => {});
    throw error;
  }
  if (cookies) forwardCookies(c, cookies);
}

/**
 * Audit the sign-in and tell the owner when it came from a browser this account has not used
 * before. Each browser carries a random device id (a cookie, HttpOnly, a year); the account
 * keeps only hashes of the ids it has seen, so the list says nothing outside this database.
 * The very first sign-in of an account alerts nobody.
 */
async function afterSignIn(
  c: Context<AppEnv>,
  user: { id: string; email: string; locale?: string | null },
  method: 'password' | 'totp' | 'backup_code' = 'password',
) {
  const { database, mailer } = c.var.deps;
  const db = database.db;
  let device = getCookie(c, DEVICE_COOKIE);
  if (!device || !/^[\w-]{20,64}$/.test(device)) {
    device = randomBytes(18).toString('base64url');
    rememberDevice(c, device);
  }
  const hash = deviceHash(user.id, device);
  const [row] = await db
    .select({ known: users.knownDevices })
    .from(users)
    .where(eq(users.id, user.id));
  const known = row?.known ?? [];
  if (!known.includes(hash)) {
    // The alert is written before the browser is remembered: if it cannot be, the sign-in
    // fails, and a retry from this browser still alerts.
    if (known.length > 0) {
      await mailer.send(accountMail('newSignIn', user.email, recipientLocale(user.locale)));
    }
    await db
      .update(users)
      .set({ knownDevices: [hash, ...known].slice(0, MAX_KNOWN_DEVICES) })
      .where(eq(users.id, user.id));
  }
  // Recorded last, once everything else of the sign-in was written.
  await auditAccount(c, 'sign_in.succeeded', user.id, { details: { method } });
}

function rememberDevice(c: Context<AppEnv>, device: string) {
  setCookie(c, DEVICE_COOKIE, device, {
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
    sameSite: 'Lax',
    httpOnly: true,
    secure: isHttpsRequest(c),
  });
}
