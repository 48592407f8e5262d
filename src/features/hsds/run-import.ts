import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/index.js';
import { claimSource, FeedSetupError } from '../feeds/commands.js';
import {
  applyImport,
  type ImportReport,
  type PreparedImport,
} from '../meeting-guide/run-import.js';

/** An HSDS import that cannot be done for this organisation; nothing was written. */
export class HsdsImportError extends Error {}

/**
 * Import a prepared HSDS package as the listings of the organisation at /orgs/{slug}: its
 * source (`hsds:<slug>`) is claimed for the organisation first, so a later import of the same
 * source by any path keeps the listings there. Refused, writing nothing, when there is no such
 * organisation or another organisation holds the source.
 */
export async function importHsdsForOrganisation(
  db: Db,
  prepared: PreparedImport,
  slug: string,
): Promise<ImportReport> {
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  if (!org) throw new HsdsImportError(`No organisation has the address /orgs/${slug}`);
  try {
    await claimSource(db, { organisationId: org.id, sourceName: prepared.source, userId: null });
  } catch (error) {
    if (!(error instanceof FeedSetupError)) throw error;
    throw new HsdsImportError(
      `The source "${prepared.source}" belongs to another organisation on Gatherwell; ask its administrators if it should be /orgs/${slug}'s`,
    );
  }
  for (const input of prepared.usable) input.organisationId = org.id;
  return applyImport(db, prepared);
}
