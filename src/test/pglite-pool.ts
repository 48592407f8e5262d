import type { PgliteThreadLike } from '../db/client.js';
import type { PGliteThread } from '../db/pglite-thread.js';

/**
 * Embedded test databases, reused within a test fork (issue 14).
 *
 * Booting PGlite from the migrated dump costs about two seconds of CPU (unpacking 40 MB into its
 * in-memory file system and starting PostgreSQL), and the suite opened about a hundred: a third
 * of its CPU time. A fork runs its files one after another, so a database a file has closed can
 * serve the next file, once it is put back exactly as the migrations left it:
 *
 * - when a thread is first opened, the rows the migrations wrote and the sequences' positions are
 *   copied into the schema `gw_test_baseline`, and the catalogue's fingerprint is taken;
 * - on reuse, the session is reset (DISCARD ALL), every table in `public` is emptied and the
 *   baseline rows put back, triggers off (the audit log refuses changes; the rows are already
 *   consistent), and the sequences set back;
 * - a database whose catalogue changed (a test altered a table, a trigger, a role), whose thread
 *   was ever restarted, or that was released mid-statement is closed instead of reused.
 *
 * A released lease refuses further statements, so a late call from the previous file can never
 * touch the next file's data.
 */

const BASELINE = 'gw_test_baseline';

const FINGERPRINT = `
SELECT md5(coalesce(string_agg(x, '|' ORDER BY x), '')) AS print FROM (
  SELECT 'c ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname IN ('public', 'drizzle')
  UNION ALL
  SELECT 'a ' || a.attrelid::regclass || ' ' || a.attname || ' ' || a.atttypid || ' ' || a.attnotnull
         || ' ' || a.attisdropped || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE n.nspname = 'public' AND a.attnum > 0
  UNION ALL
  SELECT 't ' || tgrelid::regclass || ' ' || tgname || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL
  SELECT 'k ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL
  SELECT 'p ' || p.oid::regprocedure || ' ' || md5(p.prosrc)
    FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
  UNION ALL SELECT 'r ' || rolname FROM pg_roles
  UNION ALL SELECT 'e ' || extname || ' ' || extversion FROM pg_extension
  UNION ALL SELECT 's ' || coalesce(setconfig::text, '') FROM pg_db_role_setting
) parts(x)`;

const TAKE_BASELINE = `
CREATE SCHEMA ${BASELINE};
CREATE TABLE ${BASELINE}.sequences AS
  SELECT schemaname, sequencename, last_value, last_value IS NOT NULL AS called
    FROM pg_sequences WHERE schemaname = 'public';
DO $$
DECLARE t record; n bigint;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('SELECT count(*) FROM public.%I', t.tablename) INTO n;
    IF n > 0 THEN
      EXECUTE format('CREATE TABLE ${BASELINE}.%I AS TABLE public.%I', t.tablename, t.tablename);
    END IF;
  END LOOP;
END $$;`;

const RESTORE_BASELINE = `
SET session_replication_role = replica;
DO $$
DECLARE t record; s record; names text; columns text;
BEGIN
  SELECT string_agg(format('public.%I', tablename), ', ') INTO names
    FROM pg_tables WHERE schemaname = 'public';
  IF names IS NOT NULL THEN
    EXECUTE 'TRUNCATE ' || names || ' RESTART IDENTITY CASCADE';
  END IF;
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = '${BASELINE}' AND tablename <> 'sequences' LOOP
    -- Generated columns cannot be written; the stored value is recomputed.
    SELECT string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum) INTO columns
      FROM pg_attribute a
     WHERE a.attrelid = format('public.%I', t.tablename)::regclass
       AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '';
    EXECUTE format('INSERT INTO public.%I (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM ${BASELINE}.%I',
                   t.tablename, columns, columns, t.tablename);
  END LOOP;
  FOR s IN SELECT * FROM ${BASELINE}.sequences WHERE called LOOP
    PERFORM setval(format('%I.%I', s.schemaname, s.sequencename), s.last_value, true);
  END LOOP;
END $$;
SET session_replication_role = origin;`;

type Pooled = { thread: PGliteThread; print: string };

const idle: Pooled[] = [];

async function fingerprint(thread: PGliteThread): Promise<string> {
  const result = (await thread.query(FINGERPRINT)) as { rows: { print: string }[] };
  return result.rows[0]?.print ?? '';
}

const healthy = (thread: PGliteThread) => {
  const { state, wedges, crashes, reopens } = thread.stats;
  return state === 'ready' && wedges === 0 && crashes === 0 && reopens === 0;
};

/** A database as the migrations left it: an idle one put back in that state, or `open()`'s. */
export async function leaseDatabase(open: () => Promise<PGliteThread>): Promise<PgliteThreadLike> {
  let pooled: Pooled | undefined;
  while (!pooled && idle.length > 0) {
    const candidate = idle.pop() as Pooled;
    try {
      await candidate.thread.exec('DISCARD ALL');
      await candidate.thread.exec(RESTORE_BASELINE);
      if ((await fingerprint(candidate.thread)) === candidate.print) pooled = candidate;
      else await candidate.thread.close();
    } catch {
      await candidate.thread.close().catch(() => undefined);
    }
  }
  if (!pooled) {
    const thread = await open();
    await thread.exec(TAKE_BASELINE);
    pooled = { thread, print: await fingerprint(thread) };
  }
  return lease(pooled);
}

function lease(pooled: Pooled): PgliteThreadLike {
  const { thread } = pooled;
  let released = false;
  let inFlight = 0;
  const live = () => {
    if (released) throw new Error('This test database was closed; it now serves another file.');
    return thread;
  };
  const counted = async <T>(work: () => Promise<T>): Promise<T> => {
    inFlight++;
    try {
      return await work();
    } finally {
      inFlight--;
    }
  };
  // The next lease's DISCARD ALL ends the LISTENs; the callbacks go with this lease.
  const unlistens: (() => Promise<void>)[] = [];
  return {
    listen: (async (...args: Parameters<PGliteThread['listen']>) => {
      const stop = await live().listen(...args);
      unlistens.push(stop);
      return stop;
    }) as PGliteThread['listen'],
    query: ((...args: Parameters<PGliteThread['query']>) =>
      counted(() => live().query(...args))) as PGliteThread['query'],
    exec: ((...args: Parameters<PGliteThread['exec']>) =>
      counted(() => live().exec(...args))) as PGliteThread['exec'],
    transaction: ((callback: Parameters<PGliteThread['transaction']>[0]) =>
      counted(() => live().transaction(callback))) as PGliteThread['transaction'],
    dump: () => live().dump(),
    get stats() {
      return thread.stats;
    },
    get trace() {
      return thread.trace;
    },
    async close() {
      if (released) return;
      released = true;
      for (const stop of unlistens) await stop();
      if (inFlight === 0 && healthy(thread)) idle.push(pooled);
      else await thread.close();
    },
  };
}
