import type { PreparedImport } from '../meeting-guide/run-import.js';

/*
 * What the feed checker finds, shared by the library (check.ts), the page (routes.tsx), the
 * command (cli/feed-check.ts) and the managed feeds (run-feed.ts).
 */

export type Severity = 'error' | 'warning';

/**
 * One problem: with `index` it is about one record (its position in the feed, from 0), without
 * it about the whole feed. `source` says which check found it: the published JSON Schema, our
 * import, or our own rules (renamed columns).
 */
export type FeedProblem = {
  severity: Severity;
  index?: number;
  slug?: string;
  name?: string;
  field?: string;
  message: string;
  source: 'schema' | 'import' | 'rule';
};

/** A column every record lacks while nearly every record has an unknown one of a like name. */
export type RenamedColumn = { expected: string; found: string; records: number; total: number };

/** A volunteer's contact the feed publishes (its value is never repeated back). */
export type PublishedContact = {
  index: number;
  slug?: string;
  name?: string;
  field: string;
  what: 'name' | 'phone' | 'email';
};

export type ListingRef = { slug: string; name: string };

export type FeedDiff = {
  /** groups.source_name the feed was compared with, and how many listings it has now. */
  source: string;
  published: number;
  added: ListingRef[];
  changed: (ListingRef & { fields: string[] })[];
  removed: ListingRef[];
  unchanged: number;
  /** Listings whose record is left out this time for an error: kept, as the import keeps them. */
  kept: number;
};

export type FeedCheckReport = {
  /** Records in the feed (0 when it is not a list). */
  records: number;
  /** Records the import would use. */
  usable: number;
  /** Why the whole feed would be refused (nothing imported), or null. */
  refused: string[] | null;
  problems: FeedProblem[];
  renamed: RenamedColumn[];
  contacts: PublishedContact[];
  diff: FeedDiff | null;
  errors: number;
  warnings: number;
  /** The feed as the import would write it (absent when refused). */
  prepared: PreparedImport | null;
};

/** Problems by record, in feed order; the feed's own (no index) first. */
export function problemsByRecord(problems: FeedProblem[]): [number | null, FeedProblem[]][] {
  const byIndex = new Map<number | null, FeedProblem[]>();
  for (const p of problems) {
    const key = p.index ?? null;
    byIndex.set(key, [...(byIndex.get(key) ?? []), p]);
  }
  return [...byIndex.entries()].sort(([a], [b]) => (a ?? -1) - (b ?? -1));
}
