import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import type { Logger } from '../../lib/logger.js';
import { Lru } from './search-lists.js';
import { readListings, rereadMeetings } from './search-load.js';
import { SearchStore } from './search-store.js';
import { parseTsquery, type TextNode } from './text-query.js';
import { SIMILARITY_THRESHOLD, similarity, trigrams } from './trigrams.js';

/**
 * The in-process search read-model (ADR 14) and how it keeps up with the database:
 * - built from `groups` and `group_occurrences` before the server listens;
 * - after a write in this process (`directoryChanged(db)`, called by saveGroup, the import and
 *   the refresher), the next search first reads the `directory_changes` log and reloads the
 *   listings it names, so a save is searchable at once; a listing whose only news is meetings
 *   the refresher added keeps its slot and has just its meetings read again;
 * - every `pollMs` the same catch-up runs anyway, for writes made by other processes on the
 *   same PostgreSQL server (the import CLI, other app instances);
 * - next meetings move on as time passes, without any write (SearchStore.advance).
 * When a third of the slots are dead (changed listings leave their old slot behind) or the log
 * may have been pruned past what this process has read, it is rebuilt from scratch.
 */

const listeners = new Map<Db, Set<() => void>>();

/** Tell the search indexes over `db` in this process that listings changed (after commit). */
export function directoryChanged(db: Db) {
  for (const listener of listeners.get(db) ?? []) listener();
}

/** The log is pruned after this long; a process that has not read it for longer rebuilds. */
const LOG_KEEP_MINUTES = 60;
const STALE_AFTER_MS = (LOG_KEEP_MINUTES - 15) * 60_000;
const TEXT_CACHE = 1000;
const FUZZY_LIMIT = 1000;

export type SearchIndexOptions = {
  pollMs?: number;
  logger?: Logger;
  /** Hold results rows in memory too (with PGlite: no query per page, ADR 14). */
  rowsInMemory?: boolean;
  /**
   * Find near-miss names in memory rather than with pg_trgm (with PGlite, ADR 17: the one
   * statement seen to trap its WebAssembly).
   */
  namesInMemory?: boolean;
};

export class SearchIndex {
  store: SearchStore;
  /** Build time and size of the last full build, for the logs and the ADR's figures. */
  stats = { buildMs: 0, groups: 0 };
  private since = '0';
  private lastSync = 0;
  /** The catch-up that will include this process's latest announced write. */
  private localWait: Promise<void> | undefined;
  private rebuilding: Promise<void> | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private texts = new Lru<string, TextNode | null>(TEXT_CACHE);
  /** Near-miss names per `q`, for the store and slot count they were read for. */
  private fuzzy = new Lru<string, { store: SearchStore; n: number; slots: Map<number, number> }>(
    TEXT_CACHE,
  );
  private readonly listener = () => this.onLocalWrite();

  private constructor(
    readonly db: Db,
    private readonly options: SearchIndexOptions,
  ) {
    this.store = new SearchStore(options.rowsInMemory);
  }

  static async build(db: Db, options: SearchIndexOptions = {}): Promise<SearchIndex> {
    const index = new SearchIndex(db, options);
    await index.rebuild();
    const set = listeners.get(db) ?? new Set();
    listeners.set(db, set);
    set.add(index.listener);
    if (options.pollMs) {
      index.timer = setInterval(() => {
        index.catchUp().catch((error: unknown) => {
          options.logger?.error({ err: error }, 'search index catch-up failed');
        });
      }, options.pollMs);
      index.timer.unref();
    }
    return index;
  }

  /** Stop polling and wait for a catch-up in flight (before the database closes). */
  async close() {
    clearInterval(this.timer);
    listeners.get(this.db)?.delete(this.listener);
    await this.queued?.catch(() => {});
    await this.running?.catch(() => {});
    await this.rebuilding;
  }

  private onLocalWrite() {
    // Start now, so the next search usually finds it done; searches wait for this one only.
    const wait = this.catchUp().catch((error: unknown) => {
      this.options.logger?.error({ err: error }, 'search index catch-up failed');
    });
    this.localWait = wait;
    void wait.then(() => {
      if (this.localWait === wait) this.localWait = undefined;
    });
  }

  /** The store, current with every write this process has announced. */
  async current(now: Date): Promise<SearchStore> {
    // Read-your-writes for this process; the poll's catch-ups and rebuilds never hold a search.
    if (this.localWait) await this.localWait;
    const minute = now.getTime() / 60_000;
    // Next meetings move on every half minute (or at once when asked about another time).
    if (Math.abs(minute - this.store.advancedTo) >= 0.5) this.store.advance(minute);
    return this.store;
  }

  /** Read what changed since the last catch-up; one at a time. */
  catchUp(): Promise<void> {
    if (this.queued) return this.queued;
    if (this.running) {
      // The one in flight may have read the log before the latest write: run once more after.
      this.queued = this.running
        .catch(() => {})
        .then(() => {
          this.queued = undefined;
          return this.catchUp();
        });
      return this.queued;
    }
    this.running = this.sync().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sync() {
    if (Date.now() - this.lastSync > STALE_AFTER_MS) {
      await this.rebuild();
      return;
    }
    // Every transaction older than the snapshot's xmin has committed or aborted: after this
    // read, only changes from transactions at or after it can still appear.
    const rows = await queryRows<{ xmin: string; id: string | null; listing: boolean | null }>(
      this.db,
      sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, c.group_id::text AS id,
                 c.listing
          FROM (SELECT 1) one LEFT JOIN (
            SELECT group_id, bool_or(what = 'listing') AS listing FROM directory_changes
            WHERE txid >= ${this.since}::xid8 GROUP BY group_id
          ) c ON true`,
    );
    const changed = rows.flatMap((r) => (r.id && r.listing ? [r.id] : []));
    const extended = rows.flatMap((r) => (r.id && !r.listing ? [r.id] : []));
    const store = this.store;
    if (changed.length > 0) {
      const from = store.n;
      await readListings(store, this.db, changed);
      store.settleNew(from);
    }
    // Only meetings added (the refresher): the listing keeps its slot.
    if (extended.length > 0) await rereadMeetings(store, this.db, extended);
    // A rebuild swapped in a new store meanwhile: keep its (earlier) point in the log, so these
    // changes are read again into it.
    if (this.store !== store) return;
    this.since = rows[0]?.xmin ?? this.since;
    this.lastSync = Date.now();
    if (this.store.dead > this.store.n / 3 && this.store.n > 1000) this.rebuildInBackground();
    else if (Math.random() < 0.05) await this.prune();
  }

  private async prune() {
    await this.db.execute(
      sql`DELETE FROM directory_changes
          WHERE changed_at < now() - make_interval(mins => ${LOG_KEEP_MINUTES})`,
    );
  }

  /**
   * Rebuild without holding anything up: searches and catch-ups go on with the old store, and
   * whatever changes while the new one loads comes after its snapshot, so the next catch-up
   * reads it again.
   */
  private rebuildInBackground() {
    this.rebuilding ??= this.rebuild()
      .catch((error: unknown) => {
        this.options.logger?.error({ err: error }, 'search index rebuild failed');
      })
      .finally(() => {
        this.rebuilding = undefined;
      });
  }

  /** Build a fresh store from the database and swap it in. */
  private async rebuild() {
    const started = performance.now();
    const [snap] = await queryRows<{ xmin: string }>(
      this.db,
      sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`,
    );
    const store = new SearchStore(this.options.rowsInMemory);
    await readListings(store, this.db);
    store.advance(Date.now() / 60_000);
    // Sorted now rather than by the first search (about half a second at a million listings).
    store.order.nextOrder();
    this.store = store;
    this.since = snap?.xmin ?? '0';
    this.lastSync = Date.now();
    // Writes made while it loaded may be missing from it: read them again now.
    if (this.timer || listeners.get(this.db)?.has(this.listener))
      void this.catchUp().catch(() => {});
    this.stats = { buildMs: Math.round(performance.now() - started), groups: store.n };
  }

  /** `q` as lexemes, parsed by PostgreSQL itself (cached: the same words come back often). */
  async textQuery(q: string): Promise<TextNode | undefined> {
    const cached = this.texts.get(q);
    if (cached !== undefined) return cached ?? undefined;
    const [row] = await queryRows<{ t: string }>(
      this.db,
      sql`SELECT websearch_to_tsquery('english', ${q})::text AS t`,
    );
    const node = parseTsquery(row?.t ?? '') ?? null;
    this.texts.set(q, node);
    return node ?? undefined;
  }

  /**
   * Names that nearly match `q` (pg_trgm's `%`, through its index), with their similarity:
   * tried only when no listing has the words. The first FUZZY_LIMIT the index finds, as ADR 8
   * bounded its candidates: a common near-miss in a large directory would otherwise read a
   * large part of the table.
   */
  async fuzzyNames(q: string, store: SearchStore): Promise<Map<number, number>> {
    // The same misspelling comes back often; any listing added since may be a new near miss.
    const cached = this.fuzzy.get(q);
    if (cached && cached.store === store && cached.n === store.n) return cached.slots;
    const out = new Map<number, number>();
    if (this.options.namesInMemory) {
      const wanted = trigrams(q);
      for (let slot = 0; slot < store.n && out.size < FUZZY_LIMIT; slot++) {
        if (!store.alive[slot]) continue;
        const sim = similarity(trigrams(store.names[slot]!), wanted);
        if (sim >= SIMILARITY_THRESHOLD) out.set(slot, sim);
      }
    } else {
      const rows = await queryRows<{ id: string; sim: number }>(
        this.db,
        sql`SELECT id::text AS id, similarity(name, ${q}) AS sim FROM groups
            WHERE name % ${q} AND status <> 'ended' AND published LIMIT ${FUZZY_LIMIT}`,
      );
      for (const r of rows) {
        const slot = store.slotById.get(r.id);
        if (slot !== undefined) out.set(slot, Number(r.sim));
      }
    }
    this.fuzzy.set(q, { store, n: store.n, slots: out });
    return out;
  }
}
