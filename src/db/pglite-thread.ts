import { Worker } from 'node:worker_threads';
import {
  type DatabaseEvent,
  type DatabaseState,
  DatabaseUnavailableError,
  endedError,
} from './pglite-events.js';
import { ChannelListeners } from './pglite-listeners.js';
import type { PGliteThreadOptions, QueryOptions, ThreadTransaction } from './pglite-options.js';
import type { OpenSpec, WorkerReply, WorkerRequest } from './pglite-protocol.js';
import { type Op, type Request, RequestQueue } from './pglite-queue.js';
import { rawTypes, toError } from './pglite-wire.js';
import { pgliteWorkerUrl } from './pglite-worker-url.js';
import { StatementTrace } from './statement-trace.js';

export type { PGliteThreadOptions, ThreadTransaction } from './pglite-options.js';

/**
 * The embedded database, run on a thread of its own (ADR 17) and used from this thread through
 * the subset of PGlite's interface that drizzle calls: `query`, `exec` and `transaction`.
 *
 * PGlite is one connection: a transaction holds it until COMMIT or ROLLBACK, and everything else
 * waits. This class keeps that order itself (RequestQueue: one request at a time, the open
 * transaction's first), so it always knows which statement is running and for how long. A statement that runs past `statementLimitMs` means the thread is stuck (a WebAssembly
 * loop cannot be interrupted from inside): the caller and everyone waiting get
 * `DatabaseUnavailableError`, the thread is ended, and a database on disk is opened again from
 * its files (what was committed survives, as after a crash). An in-memory database cannot be
 * reopened and stays failed.
 */

// Measured: 256 MB lets PostgreSQL's own limit ("stack depth limit exceeded") stop a
// 100,000-term expression or a 100,000-deep recursive function; at 4 MB a 5,000-term one
// overflows V8's stack first. The memory is reserved, and used only as deep as a statement goes.
const DEFAULT_STACK_MB = 256;

// Opening replays the write-ahead log after a crash, which may take longer than one statement.
const OPEN_LIMIT_MS = 120_000;

export class PGliteThread {
  readonly trace = new StatementTrace(50);
  private worker: Worker | undefined;
  private stateValue: DatabaseState = 'opening';
  private readonly queue = new RequestQueue();
  private txSeq = 0;
  private requestSeq = 0;
  private opened: { resolve(): void; reject(error: unknown): void } | undefined;
  private openTimer: NodeJS.Timeout | undefined;
  private counts = { wedges: 0, crashes: 0, reopens: 0 };
  private closing = false;
  private everOpened = false;

  private watchdog: NodeJS.Timeout | undefined;
  private readonly listeners = new ChannelListeners();

  private constructor(private readonly options: PGliteThreadOptions) {
    this.startWatchdog();
  }

  static async open(options: PGliteThreadOptions): Promise<PGliteThread> {
    const thread = new PGliteThread(options);
    try {
      await thread.start(options.spec);
    } catch (error) {
      await thread.close();
      throw error;
    }
    return thread;
  }

  get state(): DatabaseState {
    return this.stateValue;
  }

  get stats() {
    return { state: this.stateValue, ...this.counts };
  }

  /** A database on disk can be opened again after its thread is ended; one in memory cannot. */
  private get reopenable(): boolean {
    return this.options.spec.dataDir !== undefined;
  }

  query(sql: string, params: unknown[] = [], options: QueryOptions = {}, tx?: number) {
    return this.enqueue(
      {
        op: 'query',
        sql,
        params,
        rowMode: options.rowMode ?? 'object',
        rawTypes: rawTypes(options.parsers),
      },
      tx,
    );
  }

  exec(sql: string, tx?: number) {
    return this.enqueue({ op: 'exec', sql }, tx);
  }

  async transaction<T>(callback: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const tx = ++this.txSeq;
    await this.enqueue({ op: 'exec', sql: 'BEGIN' }, tx, 'begins');
    let open = true;
    const handle: ThreadTransaction = {
      query: (sql, params, options) => this.query(sql, params, options, tx),
      exec: (sql) => this.exec(sql, tx),
      get closed() {
        return !open;
      },
    };
    try {
      const result = await callback(handle);
      await this.enqueue({ op: 'exec', sql: 'COMMIT' }, tx, 'ends');
      return result;
    } catch (error) {
      // After a restart the transaction is gone with the old thread: nothing to roll back.
      await this.enqueue({ op: 'exec', sql: 'ROLLBACK' }, tx, 'ends').catch(() => {});
      throw error;
    } finally {
      open = false;
    }
  }

  /**
   * Receive NOTIFY payloads on `channel` (a plain identifier). PGlite has one session, so its
   * own transactions' notifications arrive here after they commit; a reopened thread listens
   * again, and `onResync` runs so the listener can catch up on anything sent meanwhile.
   */
  async listen(channel: string, onPayload: (payload: string) => void, onResync?: () => void) {
    const { first, remove } = this.listeners.add({ channel, onPayload, onResync });
    if (first) await this.exec(`LISTEN ${channel}`);
    return async () => void remove();
  }

  /** The database's files as a tar archive (tests copy a migrated template this way). */
  async dump(): Promise<Uint8Array> {
    return (await this.enqueue({ op: 'dump' }, undefined)) as Uint8Array;
  }

  async close(): Promise<void> {
    if (this.stateValue === 'closed' || this.closing) return;
    this.closing = true;
    if (this.stateValue === 'ready') {
      try {
        await this.enqueue({ op: 'close' }, undefined);
      } catch {
        // Ended below either way.
      }
    }
    this.stateValue = 'closed';
    clearInterval(this.watchdog);
    // A reopening in progress stops here: nothing may open the files once we have let them go.
    this.opened?.reject(new Error('the database was closed while it reopened'));
    this.queue.rejectAll(endedError('closed'));
    await this.stopWorker();
  }

  private enqueue(
    request: Request,
    tx: number | undefined,
    role?: 'begins' | 'ends',
  ): Promise<unknown> {
    if (this.stateValue === 'closed' || this.stateValue === 'failed') {
      return Promise.reject(endedError(this.stateValue));
    }
    if (tx !== undefined && role !== 'begins' && tx !== this.queue.txOwner) {
      return Promise.reject(
        new DatabaseUnavailableError(
          'The transaction was lost when the database restarted.',
          'restarting',
        ),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({
        request,
        tx,
        begins: role === 'begins',
        ends: role === 'ends',
        resolve,
        reject,
      });
      this.pump();
    });
  }

  /** Send the next request that may run: the open transaction's, or any when none is open. */
  private pump() {
    if (this.stateValue !== 'ready' || !this.worker) return;
    const op = this.queue.take();
    if (!op) return;
    op.id = ++this.requestSeq;
    const { request } = op;
    op.entry =
      request.op === 'query' || request.op === 'exec'
        ? this.trace.start(
            request.op,
            request.sql,
            request.op === 'query' ? request.params.length : 0,
            op.tx,
          )
        : this.trace.start(request.op, '', 0, undefined);
    op.sentAt = performance.now();
    this.worker.postMessage({ ...request, id: op.id } as WorkerRequest);
  }

  private onReply(reply: WorkerReply) {
    if ('notification' in reply) {
      this.listeners.notify(reply.notification);
      return;
    }
    if (reply.id === 0) {
      this.onOpened(reply);
      return;
    }
    const op = this.queue.current;
    if (!op || op.id !== reply.id) return; // an answer from before a restart
    this.queue.finish(op, reply.ok);
    this.trace.finish(op.entry!, reply.ok ? 'ok' : 'error');
    if (reply.ok) {
      op.resolve(reply.value);
    } else if (reply.error.fatal) {
      // What the statement did is unknown: the caller gets a retryable failure, never a result.
      op.reject(
        new DatabaseUnavailableError(
          'The database failed in the middle of this and is being reopened.',
          'crashed',
        ),
      );
      this.counts.crashes++;
      this.emit({
        type: 'crashed',
        reason: reply.error.message,
        statement: op.entry && this.trace.view(op.entry),
        recent: this.trace.recent(),
      });
      void this.restart('crashed');
      return;
    } else {
      op.reject(toError(reply.error));
    }
    this.pump();
  }

  /**
   * One timer checks the statement in flight, rather than one timer per statement: the limit is
   * in seconds, and this runs for every statement.
   */
  private startWatchdog() {
    const every = Math.min(1_000, Math.max(50, this.options.statementLimitMs / 10));
    this.watchdog = setInterval(() => {
      const op = this.queue.current;
      if (
        op?.sentAt !== undefined &&
        performance.now() - op.sentAt > this.options.statementLimitMs
      ) {
        this.wedged(op);
      }
    }, every);
    this.watchdog.unref();
  }

  private wedged(op: Op) {
    if (this.queue.current !== op) return;
    this.counts.wedges++;
    this.trace.finish(op.entry!, 'abandoned');
    this.emit({
      type: 'wedged',
      limitMs: this.options.statementLimitMs,
      statement: this.trace.view(op.entry!),
      recent: this.trace.recent(),
    });
    void this.restart('wedged');
  }

  /** End the thread, fail what was waiting on it, and open the database again if it can be. */
  private async restart(reason: 'wedged' | 'crashed') {
    // Nothing more goes to the old thread; what arrives now waits for the new one.
    this.stateValue = 'opening';
    this.queue.rejectAll(
      new DatabaseUnavailableError(
        reason === 'wedged'
          ? 'The database did not answer in time and is being reopened.'
          : 'The database failed and is being reopened.',
        reason,
      ),
    );
    await this.stopWorker();
    if (this.closing) return;
    if (!this.reopenable) {
      this.stateValue = 'failed';
      clearInterval(this.watchdog);
      // What arrived while the thread was being ended waits for nothing now.
      this.queue.rejectAll(endedError('failed'));
      return;
    }
    const started = performance.now();
    try {
      await this.start(this.options.spec);
      if (this.closing) {
        await this.stopWorker();
        return;
      }
      this.emit({ type: 'reopened', ms: Math.round(performance.now() - started) });
    } catch (error) {
      if (this.closing) return;
      this.stateValue = 'failed';
      clearInterval(this.watchdog);
      await this.stopWorker();
      this.queue.rejectAll(
        new DatabaseUnavailableError('The database could not be opened again.', 'failed'),
      );
      this.emit({ type: 'reopen-failed', reason: (error as Error).message });
    }
  }

  private start(spec: OpenSpec): Promise<void> {
    this.stateValue = 'opening';
    const transfer = spec.load ? [spec.load.buffer as ArrayBuffer] : [];
    // A dump is handed over once: a reopen never loads it again (in-memory data is gone).
    const worker = new Worker(pgliteWorkerUrl(), {
      workerData: spec,
      transferList: transfer,
      resourceLimits: {
        stackSizeMb: this.options.stackSizeMb ?? DEFAULT_STACK_MB,
        // The thread's JavaScript is PGlite's glue: results pass through it and are gone. A
        // young generation of a few MB (V8's default lets it grow to 48) keeps it small.
        maxYoungGenerationSizeMb: 8,
      },
    });
    this.worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      if (this.worker === worker) this.onReply(reply);
    });
    worker.on('error', (error) => {
      if (this.worker !== worker) return;
      this.counts.crashes++;
      this.emit({ type: 'crashed', reason: error.message, recent: this.trace.recent() });
      if (this.opened) this.opened.reject(error);
      else void this.restart('crashed');
    });
    worker.on('exit', () => {
      if (this.worker !== worker || this.closing) return;
      this.counts.crashes++;
      this.emit({ type: 'crashed', reason: 'the thread exited', recent: this.trace.recent() });
      if (this.opened) this.opened.reject(new Error('the database thread exited while opening'));
      else void this.restart('crashed');
    });
    return new Promise<void>((resolve, reject) => {
      this.opened = { resolve, reject };
      this.openTimer = setTimeout(
        () => this.opened?.reject(new Error('the database did not open in time')),
        Math.max(OPEN_LIMIT_MS, this.options.statementLimitMs),
      );
      this.openTimer.unref();
    }).finally(() => {
      clearTimeout(this.openTimer);
      this.opened = undefined;
    });
  }

  private onOpened(reply: WorkerReply) {
    if (!this.opened) return;
    if (reply.ok) {
      const reopened = this.everOpened;
      if (reopened) this.counts.reopens++;
      this.everOpened = true;
      this.stateValue = 'ready';
      this.opened.resolve();
      if (reopened) this.relisten();
      this.pump();
    } else {
      this.opened.reject(toError(reply.error));
    }
  }

  /** After a reopen: LISTEN again (first in the queue), then let listeners catch up. */
  private relisten() {
    const channels = this.listeners.channels();
    if (channels.length === 0) return;
    void Promise.all(channels.map((ch) => this.exec(`LISTEN ${ch}`)))
      .then(() => this.listeners.resync())
      .catch(() => {});
  }

  private async stopWorker() {
    const worker = this.worker;
    this.worker = undefined;
    // terminate() interrupts even a thread stuck inside WebAssembly.
    if (worker) await worker.terminate();
  }

  private emit(event: DatabaseEvent) {
    try {
      this.options.onEvent?.(event);
    } catch {
      // A broken listener must not take the database down with it.
    }
  }
}
