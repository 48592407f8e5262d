import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../features/accounts/audit.js';
import { verifyAuditChain } from '../features/accounts/audit-chain.js';
import { projectRoot } from '../lib/paths.js';
import { signedInUser } from '../test/accounts.js';
import { createTestApp, withDatabase } from '../test/harness.js';
import { type DbHandle, openDatabase } from './client.js';

/**
 * The README's least-privilege setup, run as written (docs/sql/least-privilege.sql, with names
 * of this run's own), then tried as an attacker holding the app's role would.
 */
// Test tooling may read the environment directly.
const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('PostgreSQL with least privilege', () => {
  const suffix = randomBytes(4).toString('hex');
  const names = {
    gatherwell_owner: `gw_owner_${suffix}`,
    gatherwell_app: `gw_app_${suffix}`,
    gatherwell: `gw_lp_${suffix}`,
  };
  const url = (role: string) => {
    const u = new URL(withDatabase(serverUrl!, names.gatherwell));
    u.username = role;
    u.password = '';
    return u.toString();
  };
  let admin: pg.Client;
  let database: DbHandle;
  let afterMigrations = '';

  /** The file's statements for one step, with this run's names. */
  const steps = () => {
    let sqlText = readFileSync(join(projectRoot, 'docs/sql/least-privilege.sql'), 'utf8');
    for (const [from, to] of Object.entries(names)) {
      sqlText = sqlText.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
    }
    const code = sqlText
      .split('\n')
      .filter((line) => !line.startsWith('--') || line === '-- @after-migrations')
      .join('\n');
    const [beforeMigrations = '', after = ''] = code.split('-- @after-migrations');
    const [cluster = '', inDatabase = ''] = beforeMigrations.split(/^\\connect .*$/m);
    return { cluster, inDatabase, after };
  };

  beforeAll(async () => {
    const { cluster, inDatabase, after } = steps();
    afterMigrations = after;
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    for (const statement of cluster
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)) {
      await admin.query(statement.replace(/ PASSWORD '[^']*'/, ''));
    }
    const inside = new pg.Client({ connectionString: withDatabase(serverUrl!, names.gatherwell) });
    await inside.connect();
    await inside.query(inDatabase);
    await inside.end();
    database = await openDatabase({
      databaseUrl: url(names.gatherwell_app),
      ownerUrl: url(names.gatherwell_owner),
      poolMax: 4,
    });
    await database.migrate();
  });
  afterAll(async () => {
    await database?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${names.gatherwell} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${names.gatherwell_app}`);
    await admin.query(`DROP ROLE IF EXISTS ${names.gatherwell_owner}`);
    await admin.end();
  });

  it('runs the app as its role: sign-up, sign-in and audit events work', async () => {
    const t = await createTestApp({ database, env: { TRUST_PROXY: '1' } });
    try {
      const person = await signedInUser(t);
      expect((await person.client.get('/account')).status).toBe(200);
      expect((await verifyAuditChain(database.db)).ok).toBe(true);
    } finally {
      await t.searchIndex.close();
    }
  });

  it('refuses the app role any change to the audit log, or to its trigger', async () => {
    await audit(database.db, { action: 'sign_out', actorId: 'someone' });
    const app = new pg.Client({ connectionString: url(names.gatherwell_app) });
    await app.connect();
    try {
      for (const statement of [
        "UPDATE audit_events SET action = 'x'",
        'DELETE FROM audit_events',
        'TRUNCATE audit_events',
        'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only',
        'ALTER TABLE audit_events DISABLE TRIGGER ALL',
        'DROP TRIGGER audit_events_append_only ON audit_events',
        'DELETE FROM audit_chain',
      ]) {
        const error = (await app.query(statement).catch((e: unknown) => e)) as { code?: string };
        // 42501: insufficient privilege (or "must be owner").
        expect(error?.code, statement).toBe('42501');
      }
    } finally {
      await app.end();
    }
  });

  it('the after-migrations grants keep the same protection when applied later', async () => {
    await admin.query('SELECT 1');
    const inside = new pg.Client({ connectionString: withDatabase(serverUrl!, names.gatherwell) });
    await inside.connect();
    await inside.query(afterMigrations);
    await inside.end();
    const app = new pg.Client({ connectionString: url(names.gatherwell_app) });
    await app.connect();
    try {
      const error = (await app
        .query("UPDATE audit_events SET action = 'x'")
        .catch((e: unknown) => e)) as { code?: string };
      expect(error?.code).toBe('42501');
      expect((await app.query('SELECT count(*) FROM groups')).rowCount).toBe(1);
    } finally {
      await app.end();
    }
  });
});
