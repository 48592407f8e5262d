import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, postgresReachable } from './postgres.js';
import { E2E_PUBLIC_URL, type RunningServer, startServer } from './server.js';

/**
 * Two real app processes on one PostgreSQL database, as a deployment runs them: whatever one
 * process keeps or decides must hold for both.
 */
const reachable = await postgresReachable();

describe.skipIf(!reachable)('two instances on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await database?.drop();
  });

  it('start together on a fresh database: migrated and seeded once, both ready', async () => {
    const env = { DATABASE_URL: database.url, LOG_LEVEL: 'info' };
    const first = startServer(env);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = startServer(env);
    servers.push(await first, await second);
    const [groups] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM groups');
    expect(groups!.n).toBeGreaterThan(300);
    // One of the two seeded the empty directory; the other, waiting on the lock, found it full.
    const seedings = servers.map((s) => s.output().match(/added demo groups/g)?.length ?? 0);
    expect(seedings.sort()).toEqual([0, 1]);
    for (const server of servers) expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('hold a limit in total: guesses at one account count the same on both', async () => {
    const [a, b] = servers;
    const email = `two-instances-${Date.now()}@example.org`;
    const form = (fields: Record<string, string>) => ({
      method: 'POST',
      redirect: 'manual' as const,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        // Posted from the site's own pages, at its public address.
        origin: E2E_PUBLIC_URL,
      },
      body: new URLSearchParams(fields),
    });
    const signUp = await fetch(
      `${a!.url}/sign-up`,
      form({ name: 'Tern', email, password: 'harbour lantern meadow 7' }),
    );
    expect(signUp.status).toBe(200);
    await database.query('UPDATE users SET email_verified = true WHERE email = $1', [email]);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const server = i % 2 === 0 ? a! : b!;
      const res = await fetch(`${server.url}/sign-in`, form({ email, password: `wrong ${i}` }));
      statuses.push(res.status);
    }
    // Five free guesses in all, then the wait: not five on each instance.
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
  });
});
