import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../app-env.js';
import { queryRows } from '../../db/client.js';
import { INSTRUMENTS, isInstrument } from './instruments.js';
import { openResponse } from './seal.js';

/**
 * A person's own measures, for "Download my data" (handed to accounts by app.ts): each group's
 * agreement, and every answered check-in with its answers and score, opened from the seal. It is
 * their own health information, so they get all of it; deleting the account deletes it (the
 * tables cascade from users).
 */
export async function measureDataOf(deps: AppDeps, userId: string) {
  const { db } = deps.database;
  const consents = await queryRows<{
    group_name: string;
    given_at: Date | string;
    withdrawn_at: Date | string | null;
  }>(
    db,
    sql`SELECT g.name AS group_name, c.given_at, c.withdrawn_at
          FROM measure_consents c JOIN groups g ON g.id = c.group_id
         WHERE c.user_id = ${userId} ORDER BY c.given_at`,
  );
  const responses = await queryRows<{
    id: string;
    group_name: string;
    instrument: string;
    starts_at: Date | string;
    answered_at: Date | string;
    sealed: string;
  }>(
    db,
    sql`SELECT p.id, g.name AS group_name, r.instrument, r.starts_at, r.answered_at, p.sealed
          FROM measure_requests r JOIN measure_responses p ON p.request_id = r.id
          JOIN groups g ON g.id = r.group_id
         WHERE r.user_id = ${userId} ORDER BY r.starts_at`,
  );
  const iso = (d: Date | string) => new Date(d).toISOString();
  return {
    measureConsents: consents.map((c) => ({
      group: c.group_name,
      givenAt: iso(c.given_at),
      withdrawnAt: c.withdrawn_at ? iso(c.withdrawn_at) : null,
    })),
    measureAnswers: responses.flatMap((r) => {
      if (!isInstrument(r.instrument)) return [];
      try {
        const opened = openResponse(deps.config.membership.intakeKey, r.id, r.instrument, r.sealed);
        return [
          {
            group: r.group_name,
            measure: INSTRUMENTS[r.instrument].label,
            session: iso(r.starts_at),
            answeredAt: iso(r.answered_at),
            answers: opened.answers,
            score: opened.score,
          },
        ];
      } catch {
        return [];
      }
    }),
  };
}
