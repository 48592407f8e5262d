import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../test/accounts.js';
import { Client, lastMail } from '../test/browserless.js';
import { createTestApp } from '../test/harness.js';
import { type DbHandle, openDatabase } from './client.js';
import { sessions, users } from './schema/index.js';

/**
 * The embedded database on a small volume that fills up: whatever cannot be written must fail
 * the request that needed it, never be reported as done, and readiness must say so. Needs a
 * tmpfs of its own (mounting needs root, as CI has); elsewhere it is reported as skipped.
 */
const canMount = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'gw-mount-'));
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

describe.skipIf(!canMount)('a full disk', () => {
  const mountpoint = mkdtempSync(join(tmpdir(), 'gw-full-'));
  let database: DbHandle;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const filler = join(mountpoint, 'filler');

  beforeAll(async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', mountpoint]);
    database = await openDatabase({ dataDir: join(mountpoint, 'data'), statementLimitMs: 10_000 });
    await database.migrate();
    t = await createTestApp({ database, env: { TRUST_PROXY: '1' } });
  });
  afterAll(async () => {
    await t?.close();
    spawnSync('umount', ['-l', mountpoint]);
    rmSync(mountpoint, { recursive: true, force: true });
  });

  const signUp = (email: string) =>
    new Client(t.app, '198.51.100.31').post('/sign-up', {
      name: 'Plover',
      email,
      password: TEST_PASSWORD,
    });

  /** Write until the volume refuses another byte. */
  function fillTheDisk() {
    const fd = openSync(filler, 'w');
    const chunk = Buffer.alloc(1 << 20, 1);
    try {
      for (;;) writeSync(fd, chunk);
    } catch {
      // ENOSPC: full.
    } finally {
      closeSync(fd);
    }
  }

  it('works while there is room', async () => {
    const res = await signUp('before@example.org');
    expect(res.status).toBe(200);
    expect((await t.app.request('/readyz')).status).toBe(200);
  });

  it('full: readiness says so at once', async () => {
    fillTheDisk();
    const ready = await t.app.request('/readyz');
    expect(ready.status).toBe(503);
    expect((await ready.json()).reason).toBe('disk full');
  });

  it('full: a sign-up never says a mail was sent unless it was written, and keeps nothing when it fails', async () => {
    // A full volume fails writes one by one (a table that needs a new page, a new WAL file):
    // sign up until some fail, and hold every answer to what was really written.
    let failed = 0;
    for (let i = 0; i < 150 && failed < 3; i++) {
      const email = `during-${i}@example.org`;
      const res = await signUp(email);
      const text = await res.text();
      const user = await database.db.select().from(users).where(eq(users.email, email));
      const mail = await lastMail(database.db, email).catch(() => undefined);
      if (res.status === 200) {
        expect(text).toContain('Check your e-mail');
        expect(user).toHaveLength(1);
        expect(mail?.kind).toBe('verify');
      } else {
        failed++;
        expect(res.status, text).toBeGreaterThanOrEqual(500);
        expect(text).not.toContain('Check your e-mail');
        expect(user).toHaveLength(0);
      }
    }
    expect(failed).toBeGreaterThan(0);
  });

  it('full: a sign-in that cannot be recorded fails and leaves no session', async () => {
    await database.db
      .update(users)
      .set({ emailVerified: true })
      .where(eq(users.email, 'before@example.org'))
      .catch(() => {});
    const [user] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, 'before@example.org'));
    let failed = 0;
    for (let i = 0; i < 100 && failed < 3; i++) {
      const before = await database.db.select().from(sessions).where(eq(sessions.userId, user!.id));
      const res = await new Client(t.app, `198.51.100.${40 + (i % 50)}`).post('/sign-in', {
        email: 'before@example.org',
        password: TEST_PASSWORD,
      });
      const after = await database.db.select().from(sessions).where(eq(sessions.userId, user!.id));
      const cookie = res.headers.getSetCookie().some((c) => c.includes('session_token='));
      if (res.status === 303) {
        expect(cookie).toBe(true);
        expect(after.length).toBe(before.length + 1);
      } else {
        failed++;
        expect(res.status).toBeGreaterThanOrEqual(500);
        expect(cookie).toBe(false);
        expect(after.length).toBe(before.length);
      }
    }
    expect(failed).toBeGreaterThan(0);
  });

  it('recovers once there is room again', async () => {
    rmSync(filler);
    let ready = 0;
    for (let i = 0; i < 100 && ready !== 200; i++) {
      ready = (await t.app.request('/readyz')).status;
      if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(ready).toBe(200);
    expect((await signUp('after@example.org')).status).toBe(200);
  });
});
