import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { isLocale } from '../../i18n/locales.js';
import { audit } from '../accounts/audit.js';
import type { AlertSource } from '../safety/sources.js';
import { INSTRUMENTS, PHQ9_SAFETY_ITEM } from './instruments.js';
import { measureText } from './messages/index.js';
import { openResponse } from './seal.js';

/**
 * A measure response's words for the safety alert it raised: only the answer to PHQ-9 question
 * 9, in words, in the reader's language; never the other answers or the score. The alert's
 * responders (safety's mayHandleAlert: the group's current therapists, or administrators when
 * an urgent alert escalates or nobody can lead the group) need that one answer to act, and the
 * opening is audited as a measures read. No "worried about someone" here: nobody else sees a
 * measure.
 */
export const measureAlertSource: AlertSource = {
  async read(deps, responseId, reader) {
    const { db } = deps.database;
    const [row] = await queryRows<{
      group_id: string;
      user_id: string;
      instrument: string;
      sealed: string;
      locale: string | null;
    }>(
      db,
      sql`SELECT r.group_id, r.user_id, r.instrument, p.sealed,
                 (SELECT locale FROM users WHERE id = ${reader.id}) AS locale
            FROM measure_responses p JOIN measure_requests r ON r.id = p.request_id
           WHERE p.id = ${responseId}`,
    );
    if (row?.instrument !== 'phq9') return null;
    await audit(db, {
      action: 'measures.read',
      actorId: reader.id,
      targetType: 'user',
      targetId: row.user_id,
      ip: reader.ip,
      details: { group: row.group_id, reason: 'safety_alert', item: 9 },
    });
    const locale = row.locale && isLocale(row.locale) ? row.locale : 'en';
    let answer: number;
    try {
      answer = openResponse(deps.config.membership.intakeKey, responseId, 'phq9', row.sealed)
        .answers[PHQ9_SAFETY_ITEM] as number;
    } catch {
      return null;
    }
    const words = INSTRUMENTS.phq9.wording[locale].options[answer] ?? String(answer);
    return [measureText(locale).alert.line(words)];
  },
  async writerOf() {
    return null;
  },
};
