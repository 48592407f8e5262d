import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, users } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { lastMail, tokenIn } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { createOrPromoteAdmin, describeOutcome, parseAdminEmail } from './create-admin.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const deps = () => ({ db: t.db, auth: t.deps.auth });
const roleEvents = (userId: string) =>
  t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'role.changed'), eq(auditEvents.targetId, userId)));

describe('npm run admin:create -- EMAIL', () => {
  it('refuses what is not an e-mail address, and normalises one that is', () => {
    expect(parseAdminEmail('not-an-address')).toBeNull();
    expect(parseAdminEmail('')).toBeNull();
    expect(parseAdminEmail(undefined)).toBeNull();
    expect(parseAdminEmail('  Ops@Example.ORG ')).toBe('ops@example.org');
  });

  it('creates a new administrator who chooses their own password through a reset link', async () => {
    const result = await createOrPromoteAdmin(deps(), 'new-admin@example.org');
    expect(result.outcome).toBe('created');
    const [row] = await t.db.select().from(users).where(eq(users.id, result.userId));
    expect(row).toMatchObject({ role: 'admin', emailVerified: true, name: 'Administrator' });
    const mail = await lastMail(t.db, 'new-admin@example.org');
    expect(mail?.kind).toBe('reset');
    expect(tokenIn(mail?.text)).toBeTruthy();
    const [event] = await roleEvents(result.userId);
    expect(event).toMatchObject({ actorId: null, details: { from: 'member', to: 'admin' } });
    expect(describeOutcome(result, 'new-admin@example.org')).toContain('two-step sign-in');

    // Running it again changes nothing.
    const again = await createOrPromoteAdmin(deps(), 'new-admin@example.org');
    expect(again).toEqual({ outcome: 'already', userId: result.userId });
    expect(await roleEvents(result.userId)).toHaveLength(1);
  });

  it('promotes an existing account, audited with no actor', async () => {
    const person = await signedInUser(t);
    const result = await createOrPromoteAdmin(deps(), person.email);
    expect(result).toEqual({ outcome: 'promoted', userId: person.id });
    const [row] = await t.db
      .select({ role: users.role })
      .from(users)
      .where(eq(users.id, person.id));
    expect(row?.role).toBe('admin');
    const events = await roleEvents(person.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, details: { from: 'member', to: 'admin' } });
    // Without two-step sign-in the administrator's area stays closed.
    expect((await person.client.get('/admin')).status).toBe(403);
  });
});
