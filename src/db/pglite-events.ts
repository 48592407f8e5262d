import type { TraceEntry } from './statement-trace.js';

/**
 * What the embedded database's thread (pglite-thread.ts) tells the rest of the server: its
 * state, the events worth a log line, and the error every caller gets while it cannot answer.
 */

export type DatabaseState = 'opening' | 'ready' | 'failed' | 'closed';

export type DatabaseEvent =
  | { type: 'wedged'; limitMs: number; statement: TraceEntry; recent: TraceEntry[] }
  | { type: 'crashed'; reason: string; statement?: TraceEntry; recent: TraceEntry[] }
  | { type: 'reopened'; ms: number }
  | { type: 'reopen-failed'; reason: string };

/** Retryable: the statement did not run, or what it did is unknown (a 503 for a page). */
export class DatabaseUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: 'wedged' | 'crashed' | 'restarting' | 'failed' | 'closed',
  ) {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

/** What every request gets once the database is closed, or has failed for good. */
export function endedError(state: 'closed' | 'failed'): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    state === 'closed'
      ? 'The database is closed.'
      : 'The database stopped answering and could not be opened again.',
    state,
  );
}
