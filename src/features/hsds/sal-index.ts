import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { partId } from './ids.js';
import { listingKeys, whereOf } from './query.js';

/** Even with no change logged, the map is read again at most this often (a missed commit). */
const REBUILD_AFTER_MS = 10 * 60_000;

/**
 * Which listing a service_at_location id belongs to. The ids are version-5 UUIDs of the
 * listing's id and a role, so they cannot be inverted: the map is built from every published
 * listing, and built again for an unknown id only when the directory has changed since (the
 * `directory_changes` log has moved on) or the map is old. Made-up ids therefore cost one
 * indexed read each, not a scan of every listing; concurrent rebuilds are shared.
 */
export class SalOwners {
  private owners = new Map<string, string>();
  private seq: number | null = null;
  private builtAt = 0;
  private building: Promise<void> | null = null;
  /** How many times the listings were scanned (for tests). */
  scans = 0;

  constructor(private readonly db: Db) {}

  async owner(salId: string): Promise<string | undefined> {
    const known = this.owners.get(salId);
    if (known) return known;
    const seq = await this.latestChange();
    if (seq === this.seq && Date.now() - this.builtAt < REBUILD_AFTER_MS) return undefined;
    this.building ??= this.rebuild(seq).finally(() => {
      this.building = null;
    });
    await this.building;
    return this.owners.get(salId);
  }

  private async latestChange(): Promise<number> {
    const [row] = await queryRows<{ seq: string | number | null }>(
      this.db,
      sql`SELECT max(seq) AS seq FROM directory_changes`,
    );
    return Number(row?.seq ?? 0);
  }

  private async rebuild(seq: number) {
    this.scans++;
    const owners = new Map<string, string>();
    for (const k of await listingKeys(this.db, whereOf({}))) {
      owners.set(partId(k.id, 'service_at_location:physical'), k.id);
      owners.set(partId(k.id, 'service_at_location:virtual'), k.id);
    }
    this.owners = owners;
    // Read before the scan: a change logged during it is seen as new next time.
    this.seq = seq;
    this.builtAt = Date.now();
  }
}
