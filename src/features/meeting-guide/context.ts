import type { FeedWarning, ImportOptions } from './types.js';

export type Settings = Required<Pick<ImportOptions, 'source' | 'today' | 'topics' | 'languages'>> &
  Pick<ImportOptions, 'timezone' | 'timezoneAt' | 'placeAddress'>;

/** Raised inside a record to drop it; caught per record so the rest of the feed goes on. */
export class SkipRecord extends Error {}

/** Collects one record's warnings, tagged with where they came from. */
export class RecordContext {
  readonly warnings: FeedWarning[] = [];
  constructor(
    readonly index: number,
    readonly slug: string | undefined,
  ) {}

  warn(field: string | undefined, message: string, skipped?: true): void {
    const warning: FeedWarning = { index: this.index, message };
    if (skipped) warning.skipped = true;
    if (this.slug !== undefined) warning.slug = this.slug;
    if (field !== undefined) warning.field = field;
    this.warnings.push(warning);
  }

  skip(field: string | undefined, message: string): never {
    this.warn(field, `record skipped: ${message}`, true);
    throw new SkipRecord(message);
  }
}

/** Drops undefined properties, so results compare and serialise without empty keys. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
