import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.js';
import { type TestDatabaseSource, withDatabase } from './harness.js';

/**
 * Migrate once per run, then let every test file start from a copy:
 * - PGlite: migrate in memory and dump the data directory to a tar file that each file loads;
 * - PostgreSQL (TEST_DATABASE_URL): migrate a template database that each file copies with
 *   CREATE DATABASE ... TEMPLATE. Every database this run made is dropped at the end.
 */
export default async function setup(project: TestProject) {
  // Test tooling is outside the app, so it may read the environment directly.
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const runId = `gwt_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const template = `${runId}_tpl`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    const handle = await openDatabase({
      databaseUrl: withDatabase(serverUrl, template),
      poolMax: 2,
    });
    await handle.migrate();
    await handle.close();
    await admin.query(`ALTER DATABASE ${template} WITH IS_TEMPLATE true`);
    project.provide('testDatabase', {
      kind: 'postgres',
      serverUrl,
      template,
      runId,
    } satisfies TestDatabaseSource);
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1',
        [`${runId}%`],
      );
      for (const { datname } of rows) {
        await admin.query(`ALTER DATABASE ${datname} WITH IS_TEMPLATE false`);
        await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      }
      await admin.end();
    };
  }

  const dir = mkdtempSync(join(tmpdir(), 'gatherwell-test-'));
  const handle = await openDatabase({ dataDir: 'memory://' });
  await handle.migrate();
  const dump = await handle.dump();
  await handle.close();
  const dumpPath = join(dir, 'migrated.tar');
  writeFileSync(dumpPath, dump);
  project.provide('testDatabase', { kind: 'pglite', dumpPath } satisfies TestDatabaseSource);
  return () => rmSync(dir, { recursive: true, force: true });
}
