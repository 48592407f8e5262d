import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import {
  type Answer,
  type Band,
  bandOf,
  type InstrumentCode,
  isInstrument,
} from './instruments.js';
import { ANSWER_UNTIL_MS, type Cadence } from './requests.js';
import { openResponse } from './seal.js';

/**
 * What the measures' pages read. Scores exist only sealed, so every function that returns them
 * opens responses with the key; the routes call these only after the policy allowed the reader
 * and the read was audited.
 */

export type Consent = { givenAt: Date; withdrawnAt: Date | null } | null;

export type ScorePoint = {
  startsAt: Date;
  score: number;
  band: Band;
  answers: Answer[];
};

export type Series = Record<InstrumentCode, ScorePoint[]>;

const dateOf = (v: Date | string) => new Date(v);

export async function consentOf(db: Db, groupId: string, userId: string): Promise<Consent> {
  const [row] = await queryRows<{ given_at: Date | string; withdrawn_at: Date | string | null }>(
    db,
    sql`SELECT given_at, withdrawn_at FROM measure_consents
         WHERE group_id = ${groupId} AND user_id = ${userId}`,
  );
  return row
    ? {
        givenAt: dateOf(row.given_at),
        withdrawnAt: row.withdrawn_at ? dateOf(row.withdrawn_at) : null,
      }
    : null;
}

export async function scheduleOf(db: Db, groupId: string) {
  const [row] = await queryRows<{ cadence: Cadence; instruments: string[] }>(
    db,
    sql`SELECT cadence, instruments FROM measure_schedules WHERE group_id = ${groupId}`,
  );
  return {
    cadence: row?.cadence ?? ('off' as Cadence),
    instruments: (row?.instruments ?? []).filter(isInstrument),
  };
}

export type OpenRequest = { id: string; instrument: InstrumentCode; startsAt: Date };

/** A member's requests they can still answer in one group (or the one asked for). */
export async function openRequests(
  db: Db,
  groupId: string,
  userId: string,
  requestId: string | null = null,
  now: Date = new Date(),
): Promise<OpenRequest[]> {
  const rows = await queryRows<{ id: string; instrument: string; starts_at: Date | string }>(
    db,
    sql`SELECT id, instrument, starts_at FROM measure_requests
         WHERE group_id = ${groupId} AND user_id = ${userId}
           AND answered_at IS NULL AND cancelled_at IS NULL
           AND starts_at + ${`${ANSWER_UNTIL_MS} milliseconds`}::interval > ${now.toISOString()}::timestamptz
           ${requestId ? sql`AND id = ${requestId}` : sql``}
         ORDER BY starts_at, instrument`,
  );
  return rows
    .filter((r) => isInstrument(r.instrument))
    .map((r) => ({
      id: r.id,
      instrument: r.instrument as InstrumentCode,
      startsAt: dateOf(r.starts_at),
    }));
}

/**
 * Scores of the given members (all the group's answered requests when `userIds` is null), opened
 * from their seals, in session order per person and measure. A response that does not open
 * (another key) is left out rather than shown wrong.
 */
export async function scoresOf(
  db: Db,
  key: Buffer,
  groupId: string,
  userIds: string[] | null,
): Promise<Map<string, Series>> {
  const rows = await queryRows<{
    id: string;
    user_id: string;
    instrument: string;
    starts_at: Date | string;
    sealed: string;
  }>(
    db,
    sql`SELECT p.id, r.user_id, r.instrument, r.starts_at, p.sealed
          FROM measure_requests r JOIN measure_responses p ON p.request_id = r.id
         WHERE r.group_id = ${groupId}
           ${
             userIds
               ? sql`AND r.user_id IN (${sql.join(
                   userIds.map((u) => sql`${u}`),
                   sql`, `,
                 )})`
               : sql``
           }
         ORDER BY r.starts_at, r.answered_at`,
  );
  const out = new Map<string, Series>();
  for (const r of rows) {
    if (!isInstrument(r.instrument)) continue;
    let opened: ReturnType<typeof openResponse>;
    try {
      opened = openResponse(key, r.id, r.instrument, r.sealed);
    } catch {
      continue;
    }
    const series = out.get(r.user_id) ?? { phq9: [], gad7: [] };
    series[r.instrument].push({
      startsAt: dateOf(r.starts_at),
      score: opened.score,
      band: bandOf(r.instrument, opened.score),
      answers: opened.answers,
    });
    out.set(r.user_id, series);
  }
  return out;
}

export type MemberLine = { id: string; name: string; consent: 'yes' | 'withdrawn' | 'no' };

/** The group's members (not its leaders) with where their consent stands. */
export async function membersWithConsent(db: Db, groupId: string): Promise<MemberLine[]> {
  const rows = await queryRows<{ id: string; name: string; given: boolean | null }>(
    db,
    sql`SELECT u.id, u.name, (c.withdrawn_at IS NULL) AS given
          FROM memberships m JOIN users u ON u.id = m.user_id
          LEFT JOIN measure_consents c ON c.group_id = m.group_id AND c.user_id = m.user_id
         WHERE m.group_id = ${groupId} AND m.status = 'member'
         ORDER BY lower(u.name), u.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    consent: r.given === null ? 'no' : r.given ? 'yes' : 'withdrawn',
  }));
}

/**
 * One member of the group by id, with their name, or null: a therapist's page about someone
 * names only a person who belongs or once answered here.
 */
export async function memberOfGroup(db: Db, groupId: string, userId: string) {
  const [row] = await queryRows<{ name: string }>(
    db,
    sql`SELECT u.name FROM users u
         WHERE u.id = ${userId} AND (
               EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = ${groupId}
                        AND m.user_id = u.id AND m.status = 'member')
            OR EXISTS (SELECT 1 FROM measure_requests r WHERE r.group_id = ${groupId}
                        AND r.user_id = u.id AND r.answered_at IS NOT NULL))`,
  );
  return row ?? null;
}
