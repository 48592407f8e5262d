import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, postgresReachable } from './postgres.js';
import { type RunningServer, startServer } from './server.js';

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
    const env = { DATABASE_URL: database.url };
    const first = startServer(env);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = startServer(env);
    servers.push(await first, await second);
    const [groups] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM groups');
    const [unique] = await database.query<{ n: number }>(
      'SELECT count(DISTINCT slug)::int AS n FROM groups',
    );
    expect(groups!.n).toBeGreaterThan(300);
    expect(unique!.n).toBe(groups!.n);
    for (const server of servers) expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
