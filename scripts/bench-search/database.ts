import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Db, type DbHandle, openDatabase, queryRows } from '../../src/db/client.js';

export const log = (m: string) => process.stderr.write(`${m}\n`);

/** The benchmark's data: where it lives, what the server needs to find it, and its cleaning up. */
export type BenchDatabase = {
  handle: DbHandle;
  env: Record<string, string>;
  cleanup: () => Promise<void>;
};

/**
 * A new database on the PostgreSQL server of `databaseUrl` (or PGlite in a temporary directory
 * without one), or the one `reuse` names, kept afterwards when `keep` is set.
 */
export async function openBenchDatabase(
  databaseUrl: string | undefined,
  reuse: string | undefined,
  keep: boolean,
): Promise<BenchDatabase> {
  if (databaseUrl) {
    const name = reuse ?? `gw_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ databaseUrl: url.toString() });
    log(`PostgreSQL: database ${name}`);
    return {
      handle,
      env: { DATABASE_URL: url.toString() },
      cleanup: async () => {
        if (keep && !reuse) log(`kept the data for --reuse: ${name}`);
        else if (!reuse) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'gatherwell-bench-'));
  // Building loads 100,000 groups in statements of minutes: not what the limit is for.
  const handle = await openDatabase({ dataDir: dir, statementLimitMs: 3_600_000 });
  log(`PGlite: ${dir}`);
  return {
    handle,
    env: { DATA_DIR: dir },
    cleanup: async () => {
      if (reuse) return;
      if (keep) log(`kept the data for --reuse: ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Copy the demo groups (with schedules and occurrences) until there are `target` of them.
 * Loads with the secondary indexes and foreign keys of the three tables dropped, each batch one
 * statement that only touches its own new rows, then rebuilds them (much faster than keeping
 * every index up to date row by row).
 */
export async function grow(db: Db, target: number) {
  const [{ n: base } = { n: 0 }] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM groups`,
  );
  const cols = (
    await queryRows<{ column_name: string }>(
      db,
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'groups'
          AND is_generated = 'NEVER'
          AND column_name NOT IN ('id', 'slug', 'latitude', 'longitude', 'source_name', 'source_id')
          ORDER BY ordinal_position`,
    )
  ).map((c) => c.column_name);
  const list = cols.join(', ');
  const copies = Math.ceil(target / base) - 1;
  const tables = `'groups', 'group_schedules', 'group_occurrences'`;
  // Indexes that back no constraint, and foreign keys: dropped now, rebuilt after the load.
  const indexes = await queryRows<{ name: string; def: string }>(
    db,
    sql.raw(`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename IN (${tables})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`),
  );
  const foreignKeys = await queryRows<{ tbl: string; name: string; def: string }>(
    db,
    sql.raw(`SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid::regclass::text IN (${tables})`),
  );
  for (const f of foreignKeys)
    await db.execute(sql.raw(`ALTER TABLE ${f.tbl} DROP CONSTRAINT ${f.name}`));
  for (const i of indexes) await db.execute(sql.raw(`DROP INDEX ${i.name}`));
  await db.execute(sql`SELECT setseed(0.42)`);
  const batch = Math.max(1, Math.floor(100_000 / base));
  const template = `groups t ON t.slug = split_part(ins.source_id, ':', 1) AND t.source_name IS NULL`;
  for (let from = 1; from <= copies; from += batch) {
    const to = Math.min(copies, from + batch - 1);
    const limit = target - base * from;
    // One statement per batch: new groups, their schedules, then their occurrences.
    await db.execute(
      sql.raw(`WITH ins AS (
          INSERT INTO groups (slug, latitude, longitude, source_name, source_id, ${list})
          SELECT t.slug || '-b' || k, t.latitude + (random() - 0.5) * 0.4, t.longitude + (random() - 0.5) * 0.4,
                 'bench', t.slug || ':' || k, ${cols.map((c) => `t.${c}`).join(', ')}
          FROM groups t CROSS JOIN generate_series(${from}, ${to}) k
          WHERE t.source_name IS NULL
          ORDER BY k, t.slug LIMIT ${limit}
          RETURNING id, source_id
        ), sch AS (
          INSERT INTO group_schedules (group_id, position, rrule, dtstart, timezone, duration_minutes, exdates, input, expanded_until)
          SELECT ins.id, s.position, s.rrule, s.dtstart, s.timezone, s.duration_minutes, s.exdates, s.input, s.expanded_until
          FROM ins JOIN ${template} JOIN group_schedules s ON s.group_id = t.id
          RETURNING id, group_id, position
        )
        INSERT INTO group_occurrences (schedule_id, group_id, starts_at, ends_at)
        SELECT sch.id, sch.group_id, o.starts_at, o.ends_at
        FROM sch JOIN ins ON ins.id = sch.group_id JOIN ${template}
        JOIN group_schedules ts ON ts.group_id = t.id AND ts.position = sch.position
        JOIN group_occurrences o ON o.schedule_id = ts.id`),
    );
    log(`  ${Math.min(target, base * (to + 1)).toLocaleString('en-US')} groups`);
  }
  log('  indexes');
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const i of indexes) await tx.execute(sql.raw(i.def));
    for (const f of foreignKeys) {
      await tx.execute(sql.raw(`ALTER TABLE ${f.tbl} ADD CONSTRAINT ${f.name} ${f.def}`));
    }
  });
  // The change log holds every copied group; a server starting on this data reads it all anyway.
  await db.execute(sql`TRUNCATE directory_changes`);
  await db.execute(sql`VACUUM ANALYZE`);
}
