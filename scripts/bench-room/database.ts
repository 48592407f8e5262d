// A fresh database for the run: a PostgreSQL database of its own, or a PGlite directory.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.js';
import { cleanups, syncCleanups } from './cleanup.js';

// ---------------------------------------------------------------------------------------------
// The database: a fresh PostgreSQL database or a PGlite directory, seeded by seed.ts.

export type Database = { kind: 'postgres' | 'pglite'; env: Record<string, string>; label: string };

export async function reachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function openBenchDatabase(kind: 'postgres' | 'pglite', url: string) {
  if (kind === 'postgres') {
    const name = `gw_room_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });
    const own = new URL(url);
    own.pathname = `/${name}`;
    const handle = await openDatabase({ databaseUrl: own.toString() });
    const database: Database = {
      kind,
      env: { DATABASE_URL: own.toString() },
      label: `PostgreSQL (database ${name} on ${own.host})`,
    };
    return { handle, database };
  }
  const dir = mkdtempSync(join(tmpdir(), 'gatherwell-bench-room-'));
  syncCleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const handle = await openDatabase({ dataDir: dir });
  return { handle, database: { kind, env: { DATA_DIR: dir }, label: `PGlite (${dir})` } };
}
