import type { WorkerRequest } from './pglite-protocol.js';
import type { TraceEntry } from './statement-trace.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A request before it is numbered for the thread. */
export type Request = DistributiveOmit<WorkerRequest, 'id'>;

/** A request with its caller's promise, waiting for the database thread or running on it. */
export type Op = {
  request: Request;
  tx: number | undefined;
  /** BEGIN: takes the connection for `tx`. */
  begins: boolean;
  /** COMMIT or ROLLBACK: gives the connection back, whatever the outcome. */
  ends: boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  id?: number;
  entry?: TraceEntry;
  sentAt?: number;
};

/**
 * The order requests go to the database thread in (ADR 17). PGlite is one connection: one
 * request runs at a time, and while a transaction holds the connection only its requests may
 * run; the others wait, in the order they came.
 */
export class RequestQueue {
  private readonly waiting: Op[] = [];
  /** The request running on the thread. */
  current: Op | undefined;
  /** The transaction that holds the connection, from its BEGIN to its COMMIT or ROLLBACK. */
  txOwner: number | undefined;

  push(op: Op) {
    this.waiting.push(op);
  }

  /** The next request that may run, made current; none while one runs or none may. */
  take(): Op | undefined {
    if (this.current) return undefined;
    const index = this.waiting.findIndex((op) =>
      this.txOwner === undefined ? op.tx === undefined || op.begins : op.tx === this.txOwner,
    );
    if (index < 0) return undefined;
    const op = this.waiting.splice(index, 1)[0]!;
    if (op.begins) this.txOwner = op.tx;
    this.current = op;
    return op;
  }

  /** The current request was answered: the connection is free again after its transaction. */
  finish(op: Op, ok: boolean) {
    this.current = undefined;
    if (op.ends || (op.begins && !ok)) this.txOwner = undefined;
  }

  /** Fail the running request and every waiting one; an open transaction is lost with them. */
  rejectAll(error: Error) {
    const op = this.current;
    this.current = undefined;
    this.txOwner = undefined;
    op?.reject(error);
    for (const queued of this.waiting.splice(0)) queued.reject(error);
  }
}
