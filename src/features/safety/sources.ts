import type { AppDeps } from '../../app-env.js';
import type { Db } from '../../db/client.js';
import type { ItemKind } from './alerts.js';

/** Who reads an alert's words, for the audit trail of the feature that keeps them. */
export type Reader = { id: string; ip: string | null };

/**
 * Where an alert's words live, for one kind of item. The feature that stores the writing
 * provides it (membership for applications, threads for messages; rooms and boards later) and
 * the app layer hands the set to safety's routes, so safety never imports those features.
 */
export type AlertSource = {
  /**
   * The words, for a reader the alert policy already allowed (the feature audits its own
   * reads, as for intake answers), or null when the item is gone.
   */
  read(deps: AppDeps, itemId: string, reader: Reader): Promise<string[] | null>;
  /**
   * "Worried about someone": the writer and group of an item the viewer can see and may raise
   * an alert about, or null (not there, not visible, or their own words).
   */
  writerOf(
    db: Db,
    itemId: string,
    viewerId: string,
  ): Promise<{ subjectId: string; groupId: string } | null>;
};

export type AlertSources = Record<ItemKind, AlertSource>;
