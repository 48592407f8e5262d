import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';

/**
 * Abuse limits that hold across instances (ADR 18). The counters live where every instance sees
 * them: in PostgreSQL (table rate_limit_counters) when the app runs on a server, in this
 * process's memory with PGlite (one process owns that database). Two kinds of rule:
 *
 * - `WindowLimit`: at most `limit` counts per window; beyond it, refused until the window ends.
 * - `ProgressiveDelay`: `free` attempts, then each next one only after a delay that doubles
 *   (`baseMs`, twice that, ... up to `maxMs`) since the one before. Used for guesses at a
 *   password or a code: a person who mistypes waits seconds, a script waits longer and longer,
 *   and nothing is ever locked for good.
 *
 * Keys are keyed hashes (HMAC with AUTH_SECRET) of what they count (an address, an account), so
 * the table never holds an address or an e-mail address.
 */
export type WindowLimit = { kind: 'window'; bucket: string; limit: number; windowMs: number };
export type ProgressiveDelay = {
  kind: 'progressive';
  bucket: string;
  free: number;
  baseMs: number;
  maxMs: number;
  /** Counting starts again this long after the first count. */
  windowMs: number;
};
export type Rule = WindowLimit | ProgressiveDelay;

export const windowLimit = (bucket: string, limit: number, windowMs: number): WindowLimit => ({
  kind: 'window',
  bucket,
  limit,
  windowMs,
});

export const progressiveDelay = (
  bucket: string,
  options: { free: number; baseMs: number; maxMs: number; windowMs: number },
): ProgressiveDelay => ({ kind: 'progressive', bucket, ...options });

/** One counter's state after a count: how many in this window, and when the one before was. */
export type Hit = { count: number; windowStart: number; prevAt: number | null };

export interface LimitStore {
  /** Count `n` (one by default), atomically, starting a new window when the last one is over. */
  hit(bucket: string, key: string, windowMs: number, now: number, n?: number): Promise<Hit>;
  /**
   * A guess under a progressive rule, decided and counted in one atomic step: counted only
   * when allowed, so refused guesses (however many arrive at once) change nothing. Answers the
   * count and, when refused, the time the next guess may come.
   */
  guess(
    rule: ProgressiveDelay,
    key: string,
    now: number,
  ): Promise<{ allowed: boolean; count: number; readyAt: number }>;
  /** Take one count back (a refused attempt, or one that turned out to be fine). */
  release(bucket: string, key: string): Promise<void>;
  /** Forget the key (after a successful sign-in, its failures stop counting). */
  reset(bucket: string, key: string): Promise<void>;
  /** Drop counters nobody has touched for a day. */
  sweep(now: number): Promise<void>;
}

const DAY = 86_400_000;

/** With PGlite: this process is the only one, so memory is shared enough. */
export class MemoryLimitStore implements LimitStore {
  private counters = new Map<
    string,
    { count: number; windowStart: number; lastAt: number; prevAt: number | null }
  >();

  async hit(bucket: string, key: string, windowMs: number, now: number, n = 1): Promise<Hit> {
    const id = `${bucket}\u0000${key}`;
    const c = this.counters.get(id);
    if (!c || c.windowStart <= now - windowMs) {
      this.remember(id, { count: n, windowStart: now, lastAt: now, prevAt: null });
      return { count: n, windowStart: now, prevAt: null };
    }
    c.prevAt = c.lastAt;
    c.lastAt = now;
    c.count += n;
    return { count: c.count, windowStart: c.windowStart, prevAt: c.prevAt };
  }

  async guess(rule: ProgressiveDelay, key: string, now: number) {
    // No await between the check and the count: this is atomic on the one thread.
    const id = `${rule.bucket}\u0000${key}`;
    const c = this.counters.get(id);
    if (!c || c.windowStart <= now - rule.windowMs) {
      this.remember(id, { count: 1, windowStart: now, lastAt: now, prevAt: null });
      return { allowed: true, count: 1, readyAt: now };
    }
    const readyAt = c.lastAt + delayAfter(rule, c.count);
    if (now < readyAt) return { allowed: false, count: c.count, readyAt };
    c.prevAt = c.lastAt;
    c.lastAt = now;
    c.count++;
    return { allowed: true, count: c.count, readyAt: now };
  }

  async release(bucket: string, key: string) {
    const c = this.counters.get(`${bucket}\u0000${key}`);
    if (!c) return;
    c.count = Math.max(0, c.count - 1);
    c.lastAt = c.prevAt ?? c.lastAt;
  }

  async reset(bucket: string, key: string) {
    this.counters.delete(`${bucket}\u0000${key}`);
  }

  async sweep(now: number) {
    for (const [id, c] of this.counters) if (c.lastAt < now - DAY) this.counters.delete(id);
  }

  /**
   * A new counter, with a hard cap on how many are kept: past it the oldest one goes (a Map
   * keeps insertion order), so a flood of new keys costs memory only up to the cap and never a
   * scan of them all.
   */
  private remember(
    id: string,
    counter: { count: number; windowStart: number; lastAt: number; prevAt: number | null },
  ) {
    this.counters.delete(id);
    this.counters.set(id, counter);
    if (this.counters.size > MAX_MEMORY_COUNTERS) {
      const oldest = this.counters.keys().next().value;
      if (oldest !== undefined) this.counters.delete(oldest);
    }
  }
}

const MAX_MEMORY_COUNTERS = 200_000;
/** How often counts made by attemptBatched are told to the shared store. */
const FLUSH_MS = 250;

/** With PostgreSQL: one statement per count, so every instance counts in the same row. */
export class PostgresLimitStore implements LimitStore {
  constructor(private readonly db: Db) {}

  async hit(bucket: string, key: string, windowMs: number, now: number, n = 1): Promise<Hit> {
    const at = new Date(now).toISOString();
    const expired = new Date(now - windowMs).toISOString();
    const [row] = await queryRows<{ count: number; window_start: string; prev_at: string | null }>(
      this.db,
      sql`INSERT INTO rate_limit_counters AS r (bucket, key, window_start, count, last_at)
          VALUES (${bucket}, ${key}, ${at}, ${n}, ${at})
          ON CONFLICT (bucket, key) DO UPDATE SET
            count = CASE WHEN r.window_start <= ${expired} THEN ${n} ELSE r.count + ${n} END,
            prev_at = CASE WHEN r.window_start <= ${expired} THEN NULL ELSE r.last_at END,
            window_start = CASE WHEN r.window_start <= ${expired} THEN ${at}::timestamptz
                                ELSE r.window_start END,
            last_at = ${at}
          RETURNING count, window_start, prev_at`,
    );
    return {
      count: Number(row!.count),
      windowStart: Date.parse(row!.window_start),
      prevAt: row!.prev_at === null ? null : Date.parse(row!.prev_at),
    };
  }

  async guess(rule: ProgressiveDelay, key: string, now: number) {
    const at = new Date(now).toISOString();
    const expired = new Date(now - rule.windowMs).toISOString();
    // Counted only when the WHERE allows it: a refused guess updates nothing.
    const [row] = await queryRows<{ count: number }>(
      this.db,
      sql`INSERT INTO rate_limit_counters AS r (bucket, key, window_start, count, last_at)
          VALUES (${rule.bucket}, ${key}, ${at}, 1, ${at})
          ON CONFLICT (bucket, key) DO UPDATE SET
            count = CASE WHEN r.window_start <= ${expired} THEN 1 ELSE r.count + 1 END,
            window_start = CASE WHEN r.window_start <= ${expired} THEN ${at}::timestamptz
                                ELSE r.window_start END,
            prev_at = r.last_at,
            last_at = ${at}
          WHERE r.window_start <= ${expired} OR r.count < ${rule.free}
             OR r.last_at + least(${rule.maxMs}::float8,
                                  ${rule.baseMs}::float8 * power(2, r.count - ${rule.free}))
                            * interval '1 millisecond' <= ${at}::timestamptz
          RETURNING count`,
    );
    if (row) return { allowed: true, count: Number(row.count), readyAt: now };
    const [held] = await queryRows<{ count: number; last_at: string }>(
      this.db,
      sql`SELECT count, last_at FROM rate_limit_counters
          WHERE bucket = ${rule.bucket} AND key = ${key}`,
    );
    const count = Number(held?.count ?? 0);
    const lastAt = held ? Date.parse(held.last_at) : now;
    return { allowed: false, count, readyAt: lastAt + delayAfter(rule, count) };
  }

  async release(bucket: string, key: string) {
    await this.db.execute(
      sql`UPDATE rate_limit_counters SET count = greatest(count - 1, 0),
                 last_at = coalesce(prev_at, last_at)
          WHERE bucket = ${bucket} AND key = ${key}`,
    );
  }

  async reset(bucket: string, key: string) {
    await this.db.execute(
      sql`DELETE FROM rate_limit_counters WHERE bucket = ${bucket} AND key = ${key}`,
    );
  }

  async sweep(now: number) {
    await this.db.execute(
      sql`DELETE FROM rate_limit_counters WHERE last_at < ${new Date(now - DAY).toISOString()}`,
    );
  }
}

export function createLimitStore(database: { db: Db; driver: 'pglite' | 'postgres' }): LimitStore {
  return database.driver === 'postgres'
    ? new PostgresLimitStore(database.db)
    : new MemoryLimitStore();
}

/** What the app asks: may this happen now? (`retryAfter` in seconds when not.) */
export class Limits {
  constructor(
    readonly store: LimitStore,
    private readonly secret: string,
    // Read through the global each time, so tests that move the clock move this one too.
    private readonly clock: () => number = () => Date.now(),
  ) {}

  private key(rule: Rule, raw: string) {
    return createHmac('sha256', this.secret)
      .update(`${rule.bucket}\u0000${raw}`)
      .digest('base64url')
      .slice(0, 32);
  }

  /**
   * Count one attempt against `rule` for `raw` and say whether it may go ahead. A progressive
   * rule counts only allowed guesses, so waiting is what lets the next one through.
   */
  async attempt(rule: Rule, raw: string): Promise<{ retryAfter?: number; count: number }> {
    const now = this.clock();
    const key = this.key(rule, raw);
    if (rule.kind === 'progressive') {
      const guess = await this.store.guess(rule, key, now);
      if (guess.allowed) return { count: guess.count };
      const retryAfter = Math.max(1, Math.ceil((guess.readyAt - now) / 1000));
      return { count: guess.count, retryAfter };
    }
    const hit = await this.store.hit(rule.bucket, key, rule.windowMs, now);
    if (hit.count <= rule.limit) return { count: hit.count };
    const wait = hit.windowStart + rule.windowMs - now;
    return { count: hit.count, retryAfter: Math.max(1, Math.ceil(wait / 1000)) };
  }

  /**
   * For limits on every request (the API): counted here at once and told to the shared store
   * in batches (every FLUSH_MS), so a request never waits on a write. Each instance decides on
   * the shared count it last heard plus its own since: across instances the limit can be
   * passed by what they let through in one flush interval, which a coarse abuse limit allows.
   */
  attemptBatched(rule: WindowLimit, raw: string): { retryAfter?: number; count: number } {
    const now = this.clock();
    const key = this.key(rule, raw);
    const id = `${rule.bucket}\u0000${key}`;
    let entry = this.batched.get(id);
    if (!entry || entry.windowStart <= now - rule.windowMs) {
      entry = { rule, key, shared: 0, unsent: 0, windowStart: now };
      this.batched.delete(id);
      this.batched.set(id, entry);
      if (this.batched.size > MAX_MEMORY_COUNTERS) {
        const oldest = this.batched.keys().next().value;
        if (oldest !== undefined) this.batched.delete(oldest);
      }
    }
    entry.unsent++;
    this.flushSoon();
    const count = entry.shared + entry.unsent;
    if (count <= rule.limit) return { count };
    const wait = entry.windowStart + rule.windowMs - now;
    return { count, retryAfter: Math.max(1, Math.ceil(wait / 1000)) };
  }

  private batched = new Map<
    string,
    { rule: WindowLimit; key: string; shared: number; unsent: number; windowStart: number }
  >();
  private flushTimer: NodeJS.Timeout | undefined;

  private flushSoon() {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      void this.flush().catch(() => {
        // Kept, and sent with the next flush.
      });
    }, FLUSH_MS);
    this.flushTimer.unref();
  }

  /** Send what was counted here, and hear the shared counts back. */
  async flush() {
    const now = this.clock();
    for (const [id, entry] of this.batched) {
      if (entry.unsent === 0) {
        if (entry.windowStart <= now - entry.rule.windowMs) this.batched.delete(id);
        continue;
      }
      const n = entry.unsent;
      entry.unsent = 0;
      try {
        const hit = await this.store.hit(entry.rule.bucket, entry.key, entry.rule.windowMs, now, n);
        entry.shared = hit.count;
        entry.windowStart = hit.windowStart;
      } catch (error) {
        entry.unsent += n;
        throw error;
      }
    }
  }

  /** Take back one count: the attempt turned out fine (a successful sign-in from an address). */
  release(rule: Rule, raw: string) {
    return this.store.release(rule.bucket, this.key(rule, raw));
  }

  /** Forget what was counted (failed guesses, after the right password). */
  reset(rule: Rule, raw: string) {
    return this.store.reset(rule.bucket, this.key(rule, raw));
  }
}

/** The wait a progressive rule asks after `count` attempts (0 while they are free). */
export function delayAfter(rule: ProgressiveDelay, count: number): number {
  if (count < rule.free) return 0;
  return Math.min(rule.maxMs, rule.baseMs * 2 ** (count - rule.free));
}
