/**
 * The last statements a database handle ran, kept in memory so that when something goes wrong
 * (a statement that never returns, a thread that dies) we can say what the database was doing.
 * Only the SQL text and the number of parameters are kept: drizzle sends values as parameters,
 * and values are personal data (a searched postal code, a message), so they never enter here.
 */
export type TraceEntry = {
  seq: number;
  /** `query`, `exec` (simple protocol, may hold several statements), `begin`, `commit`... */
  kind: string;
  sql: string;
  params: number;
  /** Inside which transaction (a number local to this handle), if any. */
  tx: number | undefined;
  startedAt: number;
  /** Milliseconds it took; undefined while it is running. */
  ms: number | undefined;
  outcome: 'running' | 'ok' | 'error' | 'abandoned';
};

const SQL_CHARS = 600;

export class StatementTrace {
  private readonly ring: (TraceEntry | undefined)[];
  private next = 0;
  private seq = 0;

  constructor(readonly size = 50) {
    this.ring = new Array(size);
  }

  start(kind: string, sql: string, params: number, tx: number | undefined): TraceEntry {
    const entry: TraceEntry = {
      seq: ++this.seq,
      kind,
      // Flattened only when shown: this runs for every statement.
      sql,
      params,
      tx,
      startedAt: Date.now(),
      ms: undefined,
      outcome: 'running',
    };
    this.ring[this.next] = entry;
    this.next = (this.next + 1) % this.size;
    return entry;
  }

  finish(entry: TraceEntry, outcome: TraceEntry['outcome']) {
    entry.ms = Date.now() - entry.startedAt;
    entry.outcome = outcome;
  }

  /** A copy to show, with the SQL on one line and shortened. */
  view(entry: TraceEntry): TraceEntry {
    return { ...entry, sql: oneLine(entry.sql) };
  }

  /** Oldest first, as copies to show. */
  recent(): TraceEntry[] {
    const out: TraceEntry[] = [];
    for (let i = 0; i < this.size; i++) {
      const entry = this.ring[(this.next + i) % this.size];
      if (entry) out.push(this.view(entry));
    }
    return out;
  }
}

function oneLine(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > SQL_CHARS ? `${flat.slice(0, SQL_CHARS)}…` : flat;
}

/** A plain-text dump for a terminal or a CI log, newest last. */
export function formatTrace(entries: TraceEntry[]): string {
  return entries
    .map((e) => {
      const when = new Date(e.startedAt).toISOString().slice(11, 23);
      const took = e.ms === undefined ? `${Date.now() - e.startedAt}ms so far` : `${e.ms}ms`;
      const tx = e.tx === undefined ? '' : ` tx${e.tx}`;
      return `  #${e.seq} ${when} ${e.kind}${tx} ${e.outcome} ${took} (${e.params} params): ${e.sql}`;
    })
    .join('\n');
}
