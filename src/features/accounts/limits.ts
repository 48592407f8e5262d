import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { shellText } from '../../views/messages/index.js';
import { progressiveDelay, type Rule, windowLimit } from '../limits/limits.js';
import { addressKey, clientAddress, tooManyRequests } from '../limits/rate-limit.js';
import { accountText } from './messages/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Wrong guesses at a secret: free at first, then each one waits twice as long (ADR 18). */
const guesses = (bucket: string, free: number) =>
  progressiveDelay(bucket, { free, baseMs: 30_000, maxMs: 15 * MINUTE, windowMs: DAY });

/**
 * Abuse limits on the account forms (documented in docs/accounts.md and ADR 18). Guesses at a
 * password count per account *and* address, so an attacker elsewhere cannot lock the owner out;
 * guesses from browsers an account has never signed in from also count per account, so a
 * spread-out attack slows down, while the owner's known browser is not held back by it.
 * Counters hold across instances (lib/limits.ts).
 */
export const ACCOUNT_LIMITS = {
  /** Every sign-in attempt from one address; a successful one is taken back (a busy office). */
  signInPerAddress: windowLimit('sign_in.address', 50, 15 * MINUTE),
  signInPerAccountAndAddress: guesses('sign_in.account_address', 5),
  signInPerAccountFromUnknownBrowsers: guesses('sign_in.account_unknown', 20),
  /** Two-step codes per pending sign-in's account; per address only against floods. */
  twoFactorPerAccount: guesses('two_factor.account', 5),
  twoFactorPerAddress: windowLimit('two_factor.address', 100, 10 * MINUTE),
  signUpPerAddress: windowLimit('sign_up.address', 10, HOUR),
  signUpPerEmail: windowLimit('sign_up.email', 3, HOUR),
  resetPerAddress: windowLimit('reset.address', 10, HOUR),
  /**
   * Reset and confirmation mails to one address: 3 an hour from one client address, 10 in all
   * (so a stranger's three do not use up the owner's own request).
   */
  resetPerEmailAndAddress: windowLimit('reset.email_address', 3, HOUR),
  resetPerEmail: windowLimit('reset.email', 10, HOUR),
  /**
   * Password checks on the account pages (change password, delete, two-step setup): only the
   * signed-in owner reaches them, so a plain window cannot be turned against anyone else.
   */
  reauthPerAccount: windowLimit('reauth.account', 10, 15 * MINUTE),
} as const;

/**
 * Forms that make the app send mail (ADR 18): each has a cap, so nobody can use Gatherwell to
 * send many mails, least of all to addresses of their choosing.
 */
export const MAIL_LIMITS = {
  /** Co-leader invitations go to any address: a few a day, per inviter and per group. */
  invitationsPerLeader: windowLimit('invite.leader', 10, DAY),
  invitationsPerGroup: windowLimit('invite.group', 20, DAY),
  /** Requests and applications, each mailed to a group's leaders. */
  joinRequestsPerPerson: windowLimit('join.person', 10, HOUR),
  /** Messages in private threads with a group's leaders (each one may mail the other side). */
  threadMessagesPerPerson: windowLimit('thread.person', 30, HOUR),
  /** RSVP changes (they feed the leaders' counts and reminders). */
  rsvpsPerPerson: windowLimit('rsvp.person', 60, HOUR),
} as const;

export const emailKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');

/**
 * Count one attempt against each rule in turn; the first one that refuses answers 429 with
 * Retry-After and `message(minutes)`, and the rules after it are not counted.
 */
export async function enforce(
  c: Context<AppEnv>,
  checks: [Rule, string][],
  message: (minutes: number) => string,
) {
  for (const [rule, raw] of checks) {
    const { retryAfter } = await c.var.deps.limits.attempt(rule, raw);
    if (retryAfter !== undefined)
      throw tooManyRequests(retryAfter, message(Math.ceil(retryAfter / 60)));
  }
}

/** The account forms' limits, answered in the viewer's language. */
export const limitFor = (c: Context<AppEnv>, checks: [Rule, string][]) =>
  enforce(c, checks, accountText(c.var.locale).problems.tooMany);

/** Any other form's limits (invitations, requests, RSVPs, reports), in the viewer's language. */
export const limitForm = (c: Context<AppEnv>, checks: [Rule, string][]) =>
  enforce(c, checks, shellText(c.var.locale).errors.tooMany);

export const ipOf = (c: Context<AppEnv>) => clientAddress(c, c.var.deps.config.trustProxy);

/** The client's address as limits count it (an IPv6 /64 as one, lib/rate-limit.ts). */
export const limitAddressOf = (c: Context<AppEnv>) => addressKey(ipOf(c));
