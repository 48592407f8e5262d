/** Messages between the server's thread and the database thread (pglite-worker.ts). */

/** What the database thread opens: a data directory, a dump to load into memory, or nothing. */
/** `template`: a tarball of an initialised cluster to fill an empty `dataDir` from (pglite-template.ts). */
export type OpenSpec = { dataDir?: string; load?: Uint8Array<ArrayBuffer>; template?: string };

export type WorkerRequest =
  | {
      id: number;
      op: 'query';
      sql: string;
      params: unknown[];
      rowMode: 'array' | 'object';
      /** Types whose text is returned as it is (drizzle parses dates itself). */
      rawTypes: number[];
    }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'dump' }
  | { id: number; op: 'close' };

export type SerializedError = {
  name: string;
  message: string;
  /** The database can no longer be trusted (a WebAssembly trap): open it again. */
  fatal: boolean;
  /** PostgreSQL's own fields: code, detail, constraint, table... */
  fields: Record<string, unknown>;
};

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  /** A NOTIFY delivered to this session (id -1: not an answer to any request). */
  | { id: -1; ok: true; notification: { channel: string; payload: string } }
  | { id: number; ok: false; error: SerializedError };
