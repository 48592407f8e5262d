import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  groups,
  listingReports,
  professionalProfiles,
  sessions,
  users,
} from '../../db/schema/index.js';
import { signedInUser, TEST_PASSWORD } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
  admin = await signedInUser(t, { role: 'admin', twoFactor: true });
});
afterAll(() => t.close());

const PAGES = ['/admin', '/admin/professionals', '/admin/accounts', '/admin/reports'];

const eventsFor = (action: string, targetId: string) =>
  t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)));

const userRow = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0];

describe('who may open /admin', () => {
  it('opens every page for an administrator with two-step sign-in, never cached', async () => {
    for (const path of PAGES) {
      const res = await admin.client.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('refuses an administrator without two-step sign-in, and says why', async () => {
    const half = await signedInUser(t, { role: 'admin' });
    for (const path of PAGES) {
      const res = await half.client.get(path);
      expect(res.status, path).toBe(403);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(await res.text()).toContain('two-step sign-in is off');
    }
  });

  it('refuses members and verified professionals with 403', async () => {
    const member = await signedInUser(t, { twoFactor: true });
    const pro = await signedInUser(t, { professional: 'verified', twoFactor: true });
    for (const who of [member, pro]) {
      for (const path of PAGES) {
        const res = await who.client.get(path);
        expect(res.status, path).toBe(403);
        expect(await res.text()).toContain('Only administrators can open this page.');
      }
    }
  });

  it('sends a signed-out visitor to sign in', async () => {
    const visitor = new Client(t.app);
    for (const path of PAGES) {
      const res = await visitor.get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
    const post = await visitor.post(`/admin/accounts/${admin.id}/disable`, {});
    expect(post.status).toBe(303);
    expect((await userRow(admin.id))?.disabledAt).toBeNull();
  });

  it('refuses every change from a non-administrator and changes nothing', async () => {
    const member = await signedInUser(t, { twoFactor: true });
    const target = await signedInUser(t, { professional: 'pending' });
    const posts: [string, Record<string, string>][] = [
      [`/admin/professionals/${target.id}/verify`, {}],
      [`/admin/professionals/${target.id}/decline`, { reason: 'Not a real licence' }],
      [`/admin/accounts/${target.id}/disable`, {}],
      [`/admin/accounts/${target.id}/role`, { role: 'admin' }],
      [`/admin/accounts/${member.id}/role`, { role: 'admin' }],
    ];
    for (const [path, body] of posts) {
      expect((await member.client.post(path, body)).status, path).toBe(403);
    }
    expect((await userRow(target.id))?.role).toBe('member');
    expect((await userRow(target.id))?.disabledAt).toBeNull();
    expect((await userRow(member.id))?.role).toBe('member');
    const [profile] = await t.db
      .select({ status: professionalProfiles.status })
      .from(professionalProfiles)
      .where(eq(professionalProfiles.userId, target.id));
    expect(profile?.status).toBe('pending');
  });
});

describe('the verification queue', () => {
  it('lists waiting profiles first, oldest first', async () => {
    const older = await signedInUser(t, { professional: 'pending', name: 'Older Waiting' });
    const newer = await signedInUser(t, { professional: 'pending', name: 'Newer Waiting' });
    const done = await signedInUser(t, { professional: 'declined', name: 'Already Declined' });
    await t.db
      .update(professionalProfiles)
      .set({ submittedAt: new Date('2024-01-01T00:00:00Z') })
      .where(eq(professionalProfiles.userId, done.id));
    await t.db
      .update(professionalProfiles)
      .set({ submittedAt: new Date('2025-01-01T00:00:00Z') })
      .where(eq(professionalProfiles.userId, older.id));
    const html = await (await admin.client.get('/admin/professionals')).text();
    const at = (name: string) => html.indexOf(name);
    expect(at(older.name)).toBeGreaterThan(-1);
    expect(at(older.name)).toBeLessThan(at(newer.name));
    expect(at(newer.name)).toBeLessThan(at(done.name));
  });

  it('refuses a decline without a proper reason, and changes nothing', async () => {
    const pro = await signedInUser(t, { professional: 'pending' });
    for (const reason of ['', 'no', 'x'.repeat(501)]) {
      const res = await admin.client.post(`/admin/professionals/${pro.id}/decline`, { reason });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('Give a reason of 3 to 500 characters.');
      expect(html).toContain(`href="#reason-${pro.id}"`);
    }
    const [profile] = await t.db
      .select({ status: professionalProfiles.status })
      .from(professionalProfiles)
      .where(eq(professionalProfiles.userId, pro.id));
    expect(profile?.status).toBe('pending');
    expect(await eventsFor('professional.declined', pro.id)).toHaveLength(0);
  });

  it('does not decide twice, nor an administrator their own profile', async () => {
    const pro = await signedInUser(t, { professional: 'pending' });
    expect((await admin.client.post(`/admin/professionals/${pro.id}/verify`, {})).status).toBe(303);
    expect((await admin.client.post(`/admin/professionals/${pro.id}/verify`, {})).status).toBe(400);
    const selfish = await signedInUser(t, {
      role: 'admin',
      twoFactor: true,
      professional: 'pending',
    });
    const own = await selfish.client.post(`/admin/professionals/${selfish.id}/verify`, {});
    expect(own.status).toBe(403);
    expect((await admin.client.post('/admin/professionals/nobody/verify', {})).status).toBe(404);
  });
});

describe('accounts', () => {
  it('finds one account by its exact e-mail address and shows only the moderation facts', async () => {
    const person = await signedInUser(t, { name: 'Quiet Heron', professional: 'pending' });
    const res = await admin.client.post('/admin/accounts', { email: person.email });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Quiet Heron');
    expect(html).toContain('Waiting for a decision');
    expect(html).toContain('Disable this account');
    expect(html).not.toContain('LC-');

    const partial = await admin.client.post('/admin/accounts', { email: person.email.slice(1) });
    expect(partial.status).toBe(404);
    expect(await partial.text()).toContain('No account has that exact e-mail address.');
    expect((await admin.client.post('/admin/accounts', { email: 'not-an-address' })).status).toBe(
      400,
    );
  });

  it('disabling ends every session of the person at once, on every route', async () => {
    const person = await signedInUser(t);
    // A second device of the same person.
    const other = new Client(t.app, '198.51.100.200');
    expect(
      (await other.post('/sign-in', { email: person.email, password: TEST_PASSWORD })).status,
    ).toBe(303);
    expect((await person.client.get('/account')).status).toBe(200);
    expect(await (await other.get('/')).text()).toContain('action="/sign-out"');

    const res = await admin.client.post(`/admin/accounts/${person.id}/disable`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/admin/accounts/${person.id}?done=disabled`);
    expect((await userRow(person.id))?.disabledAt).toBeInstanceOf(Date);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, person.id))).toHaveLength(
      0,
    );

    for (const client of [person.client, other]) {
      expect((await client.get('/account')).status).toBe(303);
      expect((await client.get('/account/professional')).status).toBe(303);
      const home = await (await client.get('/')).text();
      expect(home).not.toContain('action="/sign-out"');
    }
    const [event] = await eventsFor('account.disabled', person.id);
    expect(event?.actorId).toBe(admin.id);

    const card = await (
      await admin.client.get(`/admin/accounts/${person.id}?done=disabled`)
    ).text();
    expect(card).toContain('all its sessions ended');
    expect(card).toContain('Enable this account');

    expect((await admin.client.post(`/admin/accounts/${person.id}/enable`, {})).status).toBe(303);
    expect((await userRow(person.id))?.disabledAt).toBeNull();
    expect(await eventsFor('account.enabled', person.id)).toHaveLength(1);
  });

  it('never lets an administrator disable or demote themselves', async () => {
    expect((await admin.client.post(`/admin/accounts/${admin.id}/disable`, {})).status).toBe(403);
    expect(
      (await admin.client.post(`/admin/accounts/${admin.id}/role`, { role: 'member' })).status,
    ).toBe(403);
    expect((await userRow(admin.id))?.role).toBe('admin');
    const own = await (await admin.client.get(`/admin/accounts/${admin.id}`)).text();
    expect(own).toContain('This is your own account');
    expect(own).not.toContain('Disable this account');
  });

  it('changes a role both ways and audits where it came from', async () => {
    const person = await signedInUser(t);
    const up = await admin.client.post(`/admin/accounts/${person.id}/role`, { role: 'admin' });
    expect(up.status).toBe(303);
    expect((await userRow(person.id))?.role).toBe('admin');
    const down = await admin.client.post(`/admin/accounts/${person.id}/role`, { role: 'member' });
    expect(down.status).toBe(303);
    expect((await userRow(person.id))?.role).toBe('member');
    const events = await eventsFor('role.changed', person.id);
    expect(events.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { from: 'member', to: 'admin' },
        { from: 'admin', to: 'member' },
      ]),
    );
    expect(events.every((e) => e.actorId === admin.id)).toBe(true);

    const bad = await admin.client.post(`/admin/accounts/${person.id}/role`, { role: 'owner' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choose member or administrator.');
    expect((await userRow(person.id))?.role).toBe('member');
  });
});

describe('listing reports', () => {
  it('lists reports with a link to the group', async () => {
    const [group] = await t.db
      .insert(groups)
      .values({
        slug: 'admin-test-circle',
        kind: 'support',
        name: 'Admin Test Circle',
        summary: 'A group for this test.',
        mode: 'online',
        policy: 'drop_in',
        costKind: 'free',
      })
      .returning({ id: groups.id });
    await t.db.insert(listingReports).values({
      groupId: group!.id,
      problem: 'time',
      details: 'Now meets on Thursdays',
    });
    const html = await (await admin.client.get('/admin/reports')).text();
    expect(html).toContain('href="/groups/admin-test-circle"');
    expect(html).toContain('Admin Test Circle');
    expect(html).toContain('The day or time is wrong');
    expect(html).toContain('Now meets on Thursdays');
  });
});
