import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, groups } from '../../db/schema/index.js';
import { projectRoot } from '../../lib/paths.js';
import { signedInUser } from '../../test/accounts.js';
import { createTestApp } from '../../test/harness.js';

const feed = (name: string) =>
  readFileSync(resolve(projectRoot, 'tests/fixtures/meeting-guide', name));

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

async function upload(cookie: string, file: Buffer, source: string) {
  const body = new FormData();
  body.append('file', new File([new Uint8Array(file)], 'feed.json', { type: 'application/json' }));
  body.append('source', source);
  return t.app.request('http://localhost/admin/import', {
    method: 'POST',
    body,
    headers: { origin: 'http://localhost', cookie },
  });
}

const countFrom = async (source: string) =>
  (await t.db.select({ id: groups.id }).from(groups).where(eq(groups.sourceName, source))).length;

describe('feed upload (administrators)', () => {
  it('imports a feed through the running server and reports what changed', async () => {
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    const page = await admin.client.get('/admin/import');
    expect(page.status).toBe(200);
    const res = await upload(
      admin.client.cookieHeader(),
      feed('sample-feed.json'),
      'sample-intergroup',
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/\d+ added, 0 updated, 0 unchanged, 0 removed/);
    const imported = await countFrom('sample-intergroup');
    expect(imported).toBeGreaterThan(0);
    const again = await (
      await upload(admin.client.cookieHeader(), feed('sample-feed.json'), 'sample-intergroup')
    ).text();
    expect(again).toMatch(new RegExp(`0 added, 0 updated, ${imported} unchanged, 0 removed`));
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'directory.imported'));
    expect(events.map((e) => e.actorId)).toContain(admin.id);
  });

  it('rejects an invalid feed as a whole, with the reason, and writes nothing', async () => {
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    const res = await upload(admin.client.cookieHeader(), feed('invalid-feed.json'), 'broken-feed');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('The feed was not imported');
    expect(await countFrom('broken-feed')).toBe(0);
    const noName = await upload(admin.client.cookieHeader(), feed('sample-feed.json'), '');
    expect(noName.status).toBe(400);
  });

  it('refuses a feed with no time zone and no place to find one, saying so', async () => {
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    const zoneless = Buffer.from(
      JSON.stringify([
        { name: 'Elm Street Group', slug: '3004', day: 4, time: '19:00', address: 'Back hall' },
      ]),
    );
    const res = await upload(admin.client.cookieHeader(), zoneless, 'zoneless-feed');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('The feed was not imported');
    expect(html).toContain('the feed has no time zone');
    expect(await countFrom('zoneless-feed')).toBe(0);
  });

  it('is for administrators with two-step sign-in only', async () => {
    const member = await signedInUser(t);
    expect(
      (await upload(member.client.cookieHeader(), feed('sample-feed.json'), 'x-source')).status,
    ).toBe(403);
    const adminNo2fa = await signedInUser(t, { role: 'admin' });
    expect((await adminNo2fa.client.get('/admin/import')).status).toBe(403);
    const anonymous = await t.app.request('http://localhost/admin/import');
    expect(anonymous.status).toBe(303);
    expect(await countFrom('x-source')).toBe(0);
  });
});
