import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { clientAddress, FixedWindow, tooManyRequests } from '../../lib/rate-limit.js';
import { accountText } from './messages.js';

const MINUTE = 60_000;

/**
 * Abuse limits on the account forms (documented in docs/accounts.md). Each form counts per
 * client address and per e-mail address (hashed, so the raw address is not kept even in
 * memory). Created per app, so tests start from zero.
 */
export function createAccountLimits() {
  return {
    signInPerIp: new FixedWindow(30, 15 * MINUTE),
    signInPerAccount: new FixedWindow(10, 15 * MINUTE),
    twoFactorPerIp: new FixedWindow(10, 10 * MINUTE),
    signUpPerIp: new FixedWindow(10, 60 * MINUTE),
    signUpPerEmail: new FixedWindow(3, 60 * MINUTE),
    resetPerIp: new FixedWindow(10, 60 * MINUTE),
    resetPerEmail: new FixedWindow(3, 60 * MINUTE),
    /** Password checks on the account pages (change password, delete, two-step setup). */
    reauthPerAccount: new FixedWindow(10, 15 * MINUTE),
  };
}
export type AccountLimits = ReturnType<typeof createAccountLimits>;

export const emailKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');

/**
 * Count one attempt against each named limit; the first one over answers 429 with Retry-After
 * and `message(minutes)` in the viewer's language.
 */
export function enforce(checks: [FixedWindow, string][], message: (minutes: number) => string) {
  let worst: number | undefined;
  for (const [window, key] of checks) {
    const { retryAfter } = window.hit(key);
    if (retryAfter !== undefined) worst = Math.max(worst ?? 0, retryAfter);
  }
  if (worst !== undefined) throw tooManyRequests(worst, message(Math.ceil(worst / 60)));
}

/** The account forms' limits, answered in the viewer's language. */
export const limitFor = (c: Context<AppEnv>, checks: [FixedWindow, string][]) =>
  enforce(checks, accountText(c.var.locale).problems.tooMany);

export const ipOf = (c: Context<AppEnv>) => clientAddress(c, c.var.deps.config.trustProxy);
