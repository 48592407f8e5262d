import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { audit } from '../accounts/audit.js';
import { assess } from '../safety/assess.js';
import type { AlertSource } from '../safety/sources.js';
import { writtenAnswers } from './intake-answers.js';
import { openIntake } from './intake-crypto.js';
import { intakeQuestionsOf } from './queries.js';

/**
 * An application's words for a safety alert about it: the request's message and the intake
 * answers written in the person's own words, only those the module flags (all of them when it
 * was their sum that raised it). Opening sealed answers is an intake read, audited as such.
 * No "worried" action here: only the group's leaders ever see an application.
 */
export const applicationAlertSource: AlertSource = {
  async read(deps, membershipId, reader) {
    const { db } = deps.database;
    const [row] = await queryRows<{
      group_id: string;
      message: string | null;
      sealed: string | null;
    }>(
      db,
      sql`SELECT group_id, message, intake_ciphertext AS sealed
            FROM memberships WHERE id = ${membershipId}`,
    );
    if (!row) return null;
    const words = row.message ? [row.message] : [];
    if (row.sealed) {
      await audit(db, {
        action: 'intake.read',
        actorId: reader.id,
        targetType: 'membership',
        targetId: membershipId,
        ip: reader.ip,
        details: { group: row.group_id, reason: 'safety_alert' },
      });
      try {
        const answers = openIntake(deps.config.membership.intakeKey, membershipId, row.sealed);
        words.push(...writtenAnswers(await intakeQuestionsOf(db, row.group_id, true), answers));
      } catch {
        // A key that cannot open them: the page says the words are not there.
      }
    }
    if (words.length === 0) return null;
    const flagged = words.filter((w) => assess(w).level !== 'none');
    return flagged.length > 0 ? flagged : words;
  },
  async writerOf() {
    return null;
  },
};
