import type { DatabaseEvent } from './pglite-events.js';
import type { OpenSpec } from './pglite-protocol.js';

/** What the embedded database's thread (pglite-thread.ts) is opened with, and what it offers a transaction. */

export type PGliteThreadOptions = {
  spec: OpenSpec;
  /** The longest a single statement may run before the thread counts as stuck. */
  statementLimitMs: number;
  /**
   * The database thread's stack. PostgreSQL's recursion (deep expressions, nested triggers and
   * functions) runs on it; PostgreSQL stops itself cleanly at its own depth limit only if V8's
   * stack is larger, which the default 4 MB (about 1 MB on a main thread) is not (ADR 17).
   */
  stackSizeMb?: number;
  onEvent?: (event: DatabaseEvent) => void;
};

export type QueryOptions = { rowMode?: 'array' | 'object'; parsers?: Record<number, unknown> };

/** What a transaction callback receives (drizzle's PGlite session calls only these). */
export type ThreadTransaction = {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<unknown>;
  exec(sql: string): Promise<unknown>;
  readonly closed: boolean;
};
