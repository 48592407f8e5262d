import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { organisations } from '../../db/schema/index.js';
import { createTestApp } from '../../test/harness.js';
import { partId } from './ids.js';
import { SalOwners } from './sal-index.js';
import { seedListings } from './test-fixtures.js';

// What made-up ids and long lists cost, counted in queries rather than time.

let t: Awaited<ReturnType<typeof createTestApp>>;
let selects = 0;
beforeAll(async () => {
  t = await createTestApp();
  await seedListings(t.db);
  const db = t.deps.database.db;
  const select = db.select.bind(db);
  db.select = ((...args: Parameters<typeof select>) => {
    selects++;
    return select(...args);
  }) as typeof db.select;
});
afterAll(() => t.close());

/** Selects made while `path` is answered, with its status. */
async function counted(path: string) {
  selects = 0;
  const res = await t.app.request(path);
  return { status: res.status, selects, body: await res.text() };
}

const unknown = (n: number) => partId(`00000000-0000-0000-0000-00000000000${n}`, 'x');

describe('service_at_location ids', () => {
  it('answers a made-up id without scanning every listing again', async () => {
    expect((await counted(`/hsds/service_at_locations/${unknown(1)}`)).status).toBe(404);
    const again = await counted(`/hsds/service_at_locations/${unknown(2)}`);
    expect(again.status).toBe(404);
    expect(again.selects).toBe(0);
  });

  it('finds a listing published after the map was built, by the change log', async () => {
    const owners = new SalOwners(t.db);
    const [draft] = await queryRows<{ id: string }>(
      t.db,
      sql`UPDATE groups SET published = false
           WHERE id = (SELECT id FROM groups WHERE mode <> 'online' ORDER BY name LIMIT 1)
        RETURNING id`,
    );
    const id = partId(draft!.id, 'service_at_location:physical');
    expect(await owners.owner(id)).toBeUndefined();
    expect(await owners.owner(unknown(3))).toBeUndefined();
    expect(owners.scans).toBe(1);
    await t.db.execute(sql`UPDATE groups SET published = true WHERE id = ${draft!.id}`);
    expect(await owners.owner(id)).toBe(draft!.id);
    expect(owners.scans).toBe(2);
    expect(await owners.owner(unknown(4))).toBeUndefined();
    expect(owners.scans).toBe(2);
  });
});

describe('organizations with their services', () => {
  it('reads the services of many organisations in a few queries, not several each', async () => {
    await t.db.insert(organisations).values(
      Array.from({ length: 12 }, (_, i) => ({
        name: `Batch Org ${i}`,
        kind: 'nonprofit' as const,
        claimedAt: new Date(),
      })),
    );
    const all = await counted('/hsds/organizations?format=ndjson&full_service=true');
    expect(all.status).toBe(200);
    const lines = all.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(14);
    expect(all.selects).toBeLessThanOrEqual(6);
    // The same services as each organisation's own page lists.
    for (const org of lines) {
      const one = JSON.parse(
        (await counted(`/hsds/organizations/${org.id}?full_service=true`)).body,
      );
      expect(org.services.map((s: { id: string }) => s.id)).toEqual(
        one.services.map((s: { id: string }) => s.id),
      );
    }
    expect(lines.some((org) => org.services.length > 0)).toBe(true);
  });
});
