import { eq, sql } from 'drizzle-orm';
import type { App, AppDeps } from '../app.js';
import { type Db, queryRows } from '../db/client.js';
import { professionalProfiles, type Role, users } from '../db/schema/index.js';
import { Client, totp } from './browserless.js';

export const TEST_PASSWORD = 'harbour lantern meadow 7';

type Harness = { app: App; db: Db; deps: AppDeps };

let counter = 0;

/**
 * A confirmed account, signed in through the real forms. Options make it an administrator,
 * give it two-step sign-in, or a professional profile in a given state.
 */
export async function signedInUser(
  t: Harness,
  options: {
    role?: Role;
    twoFactor?: boolean;
    professional?: 'pending' | 'verified' | 'declined' | 'expired';
    name?: string;
    ip?: string;
  } = {},
) {
  counter++;
  const email = `person${counter}-${Date.now().toString(36)}@example.org`;
  const name = options.name ?? `Person ${counter}`;
  const { auth } = t.deps;
  await auth.api.signUpEmail({ body: { name, email, password: TEST_PASSWORD } });
  const [user] = await t.db
    .update(users)
    .set({ emailVerified: true, role: options.role ?? 'member' })
    .where(eq(users.email, email))
    .returning({ id: users.id });
  if (!user) throw new Error('sign-up did not create the user');
  if (options.professional) {
    const expired = options.professional === 'expired';
    await t.db.insert(professionalProfiles).values({
      userId: user.id,
      licenceType: 'LCSW',
      licenceNumber: `LC-${counter}`,
      jurisdiction: 'Pennsylvania, US',
      expiresOn: expired ? '2020-01-01' : '2099-12-31',
      status: options.professional === 'expired' ? 'verified' : options.professional,
    });
  }
  const client = new Client(t.app, options.ip ?? `198.51.100.${counter % 250}`);
  const signIn = await client.post('/sign-in', { email, password: TEST_PASSWORD });
  if (signIn.status !== 303) throw new Error(`sign-in failed: ${signIn.status}`);
  let secret: string | undefined;
  let backupCodes: string[] = [];
  if (options.twoFactor) {
    const headers = new Headers({ cookie: client.cookieHeader() });
    const enabled = await auth.api.enableTwoFactor({ body: { password: TEST_PASSWORD }, headers });
    if (enabled.method !== 'totp') throw new Error('expected TOTP');
    secret = new URL(enabled.totpURI).searchParams.get('secret') ?? undefined;
    backupCodes = enabled.backupCodes;
    if (!secret) throw new Error('no TOTP secret');
    const verified = await auth.api.verifyTOTP({
      body: { code: totp(secret) },
      headers,
      returnHeaders: true,
    });
    client.keepHeaders(verified.headers);
  }
  return { client, id: user.id, email, name, secret, backupCodes };
}

/** Every row of every table as text, to prove a deleted person left nothing behind. */
export async function wholeDatabaseText(db: Db): Promise<string> {
  const tables = await queryRows<{ tablename: string }>(
    db,
    sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
  );
  let text = '';
  for (const { tablename } of tables) {
    const rows = await queryRows<{ row: string }>(
      db,
      sql.raw(`SELECT t::text AS row FROM "${tablename}" t`),
    );
    text += rows.map((r) => r.row).join('\n');
  }
  return text;
}
