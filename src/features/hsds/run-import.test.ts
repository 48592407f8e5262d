import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { organisations } from '../../db/schema/index.js';
import { createTestApp } from '../../test/harness.js';
import { claimSource } from '../feeds/commands.js';
import { prepareHsdsImport } from './import.js';
import { HsdsImportError, importHsdsForOrganisation } from './run-import.js';
import { seedListings } from './test-fixtures.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let services: unknown[];
beforeAll(async () => {
  t = await createTestApp();
  await seedListings(t.db);
  const body = (await (await t.app.request('/hsds/services?full=true&per_page=50')).json()) as {
    contents: unknown[];
  };
  services = body.contents;
});
afterAll(() => t.close());

async function organisation(name: string) {
  const [org] = await t.db
    .insert(organisations)
    .values({ name, kind: 'nonprofit' })
    .returning({ id: organisations.id, slug: organisations.slug });
  return org!;
}

const claimOf = async (source: string) =>
  (
    await queryRows<{ organisation_id: string }>(
      t.db,
      sql`SELECT organisation_id FROM organisation_sources WHERE source_name = ${source}`,
    )
  )[0]?.organisation_id;

describe('importing an HSDS package for an organisation', () => {
  it('claims hsds:<slug> for the organisation, so later imports of the source stay its own', async () => {
    const org = await organisation('Harbour Clinic');
    const source = `hsds:${org.slug}`;
    const report = await importHsdsForOrganisation(
      t.db,
      prepareHsdsImport(services, { source }),
      org.slug,
    );
    expect(report.added).toBe(services.length);
    expect(await claimOf(source)).toBe(org.id);
    const [owned] = await queryRows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM groups WHERE source_name = ${source} AND organisation_id = ${org.id}`,
    );
    expect(owned!.n).toBe(services.length);
  });

  it('refuses, writing nothing, when another organisation holds the source', async () => {
    const [holder, other] = [await organisation('Holder'), await organisation('Latecomer')];
    const source = `hsds:${other.slug}`;
    await claimSource(t.db, { organisationId: holder.id, sourceName: source, userId: null });
    await expect(
      importHsdsForOrganisation(t.db, prepareHsdsImport(services, { source }), other.slug),
    ).rejects.toThrow(HsdsImportError);
    const [none] = await queryRows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM groups WHERE source_name = ${source}`,
    );
    expect(none!.n).toBe(0);
    expect(await claimOf(source)).toBe(holder.id);
  });

  it('refuses an organisation that does not exist', async () => {
    await expect(
      importHsdsForOrganisation(
        t.db,
        prepareHsdsImport(services, { source: 'hsds:nobody' }),
        'nobody',
      ),
    ).rejects.toThrow('No organisation has the address /orgs/nobody');
  });
});
