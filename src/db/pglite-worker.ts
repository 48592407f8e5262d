/**
 * The thread that owns the embedded database (ADR 17). PGlite runs PostgreSQL compiled to
 * WebAssembly, synchronously: while a statement runs, this thread does nothing else. Keeping it
 * here leaves the HTTP server's thread free to answer, to notice a statement that never returns,
 * and to end this thread and open the database again.
 *
 * The main thread sends one request at a time (pglite-thread.ts orders them, transactions
 * included), so this side only runs what it is given and answers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { OpenSpec, WorkerReply, WorkerRequest } from './pglite-protocol.js';

if (!parentPort) throw new Error('pglite-worker.ts runs only as a worker thread');
const port = parentPort;
const spec = workerData as OpenSpec;

const identity = (value: string) => value;

/**
 * PGlite merges per-query parsers into its own map on every query (a copy of a few hundred
 * entries), which costs more than the query itself for small ones. Statements reach this thread
 * one at a time, so instead the instance's map is swapped for one merged once per set of raw
 * types (drizzle always asks for the same set).
 */
const merged = new Map<string, Record<number, unknown>>();
let defaultParsers: Record<number, unknown> | undefined;

function parsersFor(db: PGlite, rawTypes: number[]) {
  const instance = db as unknown as { parsers: Record<number, unknown> };
  defaultParsers ??= instance.parsers;
  const key = rawTypes.join(',');
  let map = merged.get(key);
  if (!map) {
    map = { ...defaultParsers, ...Object.fromEntries(rawTypes.map((oid) => [oid, identity])) };
    merged.set(key, map);
  }
  instance.parsers = map;
}

/**
 * Set when something other than PostgreSQL's own error handling left its main loop: a
 * JavaScript exception (a stack overflow, a failed callback) or a WebAssembly trap. PGlite
 * swallows these and carries on, but PostgreSQL's state is lost (its error stack, the portal
 * being run), and from then on errors vanish, results come back empty, or an error report
 * loops forever (ADR 17). Nothing more is answered; the main thread reopens the database.
 */
let lost: string | undefined;

function guard(db: PGlite) {
  const mod = db.Module as unknown as { _PostgresMainLoopOnce: () => void };
  const loopOnce = mod._PostgresMainLoopOnce;
  // PostgreSQL's own longjmp back to its main loop, which PGlite handles properly.
  const longjmp = (db as unknown as { POSTGRES_MAIN_LONGJMP: number }).POSTGRES_MAIN_LONGJMP;
  // These are PGlite internals (pinned in package.json for that reason): fail loudly if they move.
  if (typeof loopOnce !== 'function' || typeof longjmp !== 'number') {
    throw new Error('This PGlite version cannot be guarded: see ADR 17 before upgrading it');
  }
  mod._PostgresMainLoopOnce = () => {
    try {
      loopOnce();
    } catch (error) {
      if ((error as { status?: unknown } | null)?.status !== longjmp) {
        const e = error as Error | null;
        lost ??= `${e?.constructor?.name ?? typeof error}: ${e?.message ?? String(error)}`;
      }
      throw error;
    }
  };
}

/**
 * PostgreSQL's own memory inside PGlite. Its default shared_buffers (128 MB) is sized for a
 * server; here every page it caches is also in the operating system's file cache, and the
 * directory's hot data is in the search index's memory (ADR 14). Initialising 128 MB of buffers
 * cost about 100 MB of resident memory and most of a second at each start (issue 16, ADR 28).
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

async function open(): Promise<PGlite> {
  const extensions = { cube, earthdistance, pg_trgm };
  const startParams = START_PARAMS;
  if (spec.load) {
    return PGlite.create({ loadDataDir: new Blob([spec.load]), extensions, startParams });
  }
  if (!spec.dataDir) return PGlite.create({ extensions, startParams });
  // A new directory is filled from the build's tarball rather than running initdb. Checked
  // here, at each opening: a thread reopened after a stuck statement finds the cluster there.
  const fresh = spec.template && !existsSync(join(spec.dataDir, 'PG_VERSION'));
  const loadDataDir = fresh ? new Blob([readFileSync(spec.template!)]) : undefined;
  return PGlite.create({ dataDir: spec.dataDir, loadDataDir, extensions, startParams });
}

function serializeError(error: unknown): WorkerReply & { ok: false } {
  const e = error as Record<string, unknown> & Error;
  const fields: Record<string, unknown> = {};
  // PostgreSQL's fields (code, detail, constraint...) are own properties of PGlite's error.
  for (const key of Object.keys(e ?? {})) {
    const value = e[key];
    if (value === undefined || typeof value === 'function' || typeof value === 'object') continue;
    fields[key] = value;
  }
  return {
    id: 0,
    ok: false,
    error: {
      name: e?.name ?? 'Error',
      message: e?.message ?? String(error),
      // A WebAssembly trap leaves PGlite's memory in an unknown state: the main thread reopens.
      fatal: error instanceof WebAssembly.RuntimeError,
      fields,
    },
  };
}

const ready = open().then((db) => {
  guard(db);
  // Notifications ride on any statement's reply; they are handed to the main thread, which
  // decides who listens (LISTEN itself is an ordinary statement sent through the queue).
  db.onNotification((channel, payload) =>
    port.postMessage({
      id: -1,
      ok: true,
      notification: { channel, payload },
    } satisfies WorkerReply),
  );
  return db;
});
ready.then(
  () => port.postMessage({ id: 0, ok: true, value: 'open' } satisfies WorkerReply),
  (error) => port.postMessage(serializeError(error)),
);

async function run(db: PGlite, request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'query':
      parsersFor(db, request.rawTypes);
      return db.query(request.sql, request.params, { rowMode: request.rowMode });
    case 'exec':
      return db.exec(request.sql);
    case 'dump': {
      const blob = await db.dumpDataDir('none');
      return new Uint8Array(await blob.arrayBuffer());
    }
    case 'close':
      await db.close();
      return null;
  }
}

const stateLost = (id: number): WorkerReply => ({
  id,
  ok: false,
  error: {
    name: 'DatabaseStateLost',
    message: `PostgreSQL's state was lost in the middle of a statement (${lost})`,
    fatal: true,
    fields: {},
  },
});

port.on('message', async (request: WorkerRequest) => {
  if (lost) {
    port.postMessage(stateLost(request.id));
    return;
  }
  try {
    const db = await ready;
    const value = await run(db, request);
    // Whatever this statement seemed to return, it cannot be trusted.
    if (lost) {
      port.postMessage(stateLost(request.id));
      return;
    }
    const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : [];
    port.postMessage({ id: request.id, ok: true, value } satisfies WorkerReply, transfer);
    if (request.op === 'close') port.close();
  } catch (error) {
    port.postMessage(lost ? stateLost(request.id) : { ...serializeError(error), id: request.id });
  }
});
