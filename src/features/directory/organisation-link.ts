import { and, eq, sql } from 'drizzle-orm';
import { organisations } from '../../db/schema/index.js';
import { safeUrl, type Tx } from './commands.js';
import type { GroupInput } from './model.js';

/*
 * Which organisation a saved listing belongs to: "listed by" names organisations freely, but a
 * claimed one (an organisation account, docs/organisations.md) is joined only deliberately.
 * Used by saveGroup (commands.ts) and insertListings (bulk-save.ts).
 */

/** On a name clash, a new address fills a gap; a claimed organisation's stays its editors' to set. */
export const urlUnlessClaimed = sql`CASE WHEN ${organisations.claimedAt} IS NULL
  THEN coalesce(excluded.url, ${organisations.url}) ELSE ${organisations.url} END`;

/**
 * The organisation a listing is saved under. Naming an unclaimed organisation creates or joins
 * it, as "listed by" always has. A claimed one (with an owner on Gatherwell) is different: its
 * address is its editors' to change, a listing that merely names it does not join it (anyone
 * could otherwise borrow a verified intergroup's name), and a listing it owns stays with it
 * until its editors let it go. `current` is the listing's organisation before this save.
 */
export async function organisationId(
  tx: Tx,
  input: GroupInput,
  current: string | null,
): Promise<string | null> {
  if (input.organisationId) return input.organisationId;
  if (current) {
    const [owner] = await tx
      .select({ claimedAt: organisations.claimedAt })
      .from(organisations)
      .where(eq(organisations.id, current));
    if (owner?.claimedAt) return current;
  }
  if (!input.organisation) return null;
  // The same name in other capitals would make a look-alike of a claimed organisation.
  const [claimed] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        sql`lower(${organisations.name}) = lower(${input.organisation.name})`,
        sql`${organisations.claimedAt} IS NOT NULL`,
      ),
    )
    .limit(1);
  if (claimed) return null;
  const [row] = await tx
    .insert(organisations)
    .values({ name: input.organisation.name, url: safeUrl(input.organisation.url) })
    .onConflictDoUpdate({
      target: organisations.name,
      set: { url: urlUnlessClaimed },
    })
    .returning({ id: organisations.id, claimedAt: organisations.claimedAt });
  return row!.claimedAt ? null : row!.id;
}
