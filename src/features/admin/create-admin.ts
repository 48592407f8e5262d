import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { audit } from '../accounts/audit.js';
import type { Auth } from '../accounts/auth.js';
import { setRole } from './commands.js';

/**
 * `npm run admin:create -- EMAIL`: make the account with this address an administrator, or
 * create it as one. A new account gets a random password nobody knows and a password-reset
 * e-mail, so the person chooses their own; the administrator's area stays closed until they
 * turn on two-step sign-in.
 */

const email = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** The address in normal form, or null when it is not one. */
export function parseAdminEmail(raw: string | undefined): string | null {
  const parsed = email.safeParse(raw ?? '');
  return parsed.success ? parsed.data : null;
}

export type AdminCreateOutcome =
  | { outcome: 'created'; userId: string }
  | { outcome: 'promoted'; userId: string }
  | { outcome: 'already'; userId: string };

/** Display name of an account made here; the person can change it. Never the e-mail's name part. */
const NEW_ADMIN_NAME = 'Administrator';

export async function createOrPromoteAdmin(
  deps: { db: Db; auth: Auth },
  address: string,
): Promise<AdminCreateOutcome> {
  const { db, auth } = deps;
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, address));
  if (existing) {
    const result = await setRole(db, existing.id, 'admin', { adminId: null });
    return { outcome: result?.changed ? 'promoted' : 'already', userId: existing.id };
  }
  await auth.api.signUpEmail({
    body: { name: NEW_ADMIN_NAME, email: address, password: randomBytes(32).toString('base64url') },
  });
  // Whoever can open the reset link owns the address, which is what confirming it proves.
  const [created] = await db
    .update(users)
    .set({ emailVerified: true, updatedAt: sql`now()` })
    .where(eq(users.email, address))
    .returning({ id: users.id });
  if (!created) throw new Error('The account was not created.');
  await audit(db, { action: 'account.created', targetType: 'user', targetId: created.id });
  await setRole(db, created.id, 'admin', { adminId: null });
  await auth.api.requestPasswordReset({ body: { email: address } });
  await audit(db, {
    action: 'password.reset_requested',
    targetType: 'user',
    targetId: created.id,
    details: { by: 'admin_create' },
  });
  return { outcome: 'created', userId: created.id };
}

const TWO_STEP =
  'The administration pages (/admin) open only once two-step sign-in is turned on for this account: sign in, then turn it on from the account page.';

/** What the command prints for each outcome. */
export function describeOutcome(result: AdminCreateOutcome, address: string): string {
  switch (result.outcome) {
    case 'created':
      return `Created an administrator account for ${address}. A password-reset e-mail was sent so they can choose their own password (the link works for one hour; /forgot-password sends a new one).\n${TWO_STEP}`;
    case 'promoted':
      return `${address} already had an account: it is now an administrator.\n${TWO_STEP}`;
    case 'already':
      return `${address} is already an administrator. Nothing changed.\n${TWO_STEP}`;
  }
}

export const USAGE = 'Usage: npm run admin:create -- EMAIL';
