import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.js';
import { createTestApp } from '../../test/harness.js';
import { readUnsubscribeToken, unsubscribeToken } from '../mail/unsubscribe-token.js';
import { person } from './test-fixtures.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const secret = () => t.deps.config.auth.secret;
const prefs = async (id: string) =>
  (await t.db.select({ n: users.notifications }).from(users).where(eq(users.id, id)))[0]?.n;

/** A POST as a mail provider's server sends it (RFC 8058): no cookie, no Origin. */
const oneClick = (path: string) =>
  t.app.request(`http://localhost${path}`, {
    method: 'POST',
    body: 'List-Unsubscribe=One-Click',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

describe('unsubscribe links', () => {
  it('asks on GET and changes nothing (mail scanners follow links)', async () => {
    const p = await person(t.db);
    const path = `/unsubscribe/${unsubscribeToken(secret(), p.id, 'reminder1h')}`;
    const res = await t.app.request(path);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('reminders an hour before meetings');
    expect(html).toContain(`action="${path}"`);
    expect(await prefs(p.id)).toEqual({});
  });

  it('turns that one kind off with a one-click POST, without an Origin header', async () => {
    const p = await person(t.db, { notifications: { reminder24h: true } });
    const res = await oneClick(`/unsubscribe/${unsubscribeToken(secret(), p.id, 'reminder24h')}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('we will not send you reminders a day before meetings');
    expect(await prefs(p.id)).toEqual({ reminder24h: false });
    // Again is harmless.
    await oneClick(`/unsubscribe/${unsubscribeToken(secret(), p.id, 'reminder24h')}`);
    expect(await prefs(p.id)).toEqual({ reminder24h: false });
  });

  it('refuses a wrong token, a token for someone else, and another kind', async () => {
    const p = await person(t.db);
    const good = unsubscribeToken(secret(), p.id, 'groupNotices');
    const [, , mac] = good.split('.');
    const forged = [
      `groupNotices.${p.id}.${'A'.repeat(mac!.length)}`,
      `reminder1h.${p.id}.${mac}`,
      `groupNotices.someone-else.${mac}`,
      unsubscribeToken('another-secret-of-at-least-32-characters', p.id, 'groupNotices'),
      'nonsense',
    ];
    for (const token of forged) {
      expect(readUnsubscribeToken(secret(), token)).toBeNull();
      expect((await t.app.request(`/unsubscribe/${token}`)).status).toBe(404);
      expect((await oneClick(`/unsubscribe/${token}`)).status).toBe(404);
    }
    expect(await prefs(p.id)).toEqual({});
  });

  it('keeps the Origin check on every other form', async () => {
    const res = await t.app.request('http://localhost/groups/x/report', {
      method: 'POST',
      body: 'problem=closed',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(403);
  });
});
