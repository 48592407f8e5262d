import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { notify } from '../notifications/notify.js';

/** How a group's therapists space the measures (measure_schedules.cadence). */
export type Cadence = 'every' | 'every_other' | 'start_end' | 'off';
export const CADENCE_CODES: readonly Cadence[] = ['every', 'every_other', 'start_end', 'off'];
export const isCadence = (v: string): v is Cadence =>
  (CADENCE_CODES as readonly string[]).includes(v);

const HOUR = 3_600_000;
/** Requests go out up to a day before the session, so there is time to answer on the way. */
export const ASK_BEFORE_MS = 24 * HOUR;
/** A request can still be answered until a day after its session started; then it lapses. */
export const ANSWER_UNTIL_MS = 24 * HOUR;

/**
 * Whether a session is a measured one, from the group's cadence, whether the session before it
 * (the last one the scheduler looked at) was measured (null: this is the first), and whether it
 * is the course's last (no later meeting is planned: occurrences are kept eight weeks ahead).
 */
export function sessionMeasured(cadence: Cadence, previous: boolean | null, isLast: boolean) {
  switch (cadence) {
    case 'every':
      return true;
    case 'every_other':
      return previous !== true;
    case 'start_end':
      return previous === null || isLast;
    default:
      return false;
  }
}

/**
 * Whether one consenting member is asked one measure at a session: at every measured session,
 * and at the first session after they agreed when they were never asked it before (or only
 * before a withdrawal), so someone who agreed mid-course has a first score to compare with.
 * A request left unanswered is not asked again off the cadence: the therapists chose how often.
 */
export const memberAsked = (measured: boolean, askedBefore: boolean) => measured || !askedBefore;

type Schedule = { group_id: string; cadence: Cadence; instruments: string[] };

/**
 * Queue the measures due before the sessions of the next day: for every active therapy group
 * that measures, note each coming session (measured or not, by the cadence) and ask each
 * consenting member, telling them through the notification centre. Run every minute by the
 * server (beside the meeting reminders) and safe to run on several instances at once: each
 * group is done in one transaction that locks its schedule row, and a request exists at most
 * once per member, measure and session (a unique index), so only new requests notify anyone.
 */
export async function scheduleMeasureRequests(db: Db, now: Date = new Date()): Promise<number> {
  const schedules = await queryRows<Schedule>(
    db,
    sql`SELECT s.group_id, s.cadence, s.instruments FROM measure_schedules s
          JOIN groups g ON g.id = s.group_id
         WHERE s.cadence <> 'off' AND cardinality(s.instruments) > 0
           AND g.kind = 'therapy' AND g.status = 'active'`,
  );
  let created = 0;
  for (const schedule of schedules) {
    created += await db.transaction((tx) => scheduleGroup(tx as unknown as Db, schedule, now));
  }
  return created;
}

async function scheduleGroup(db: Db, s: Schedule, now: Date): Promise<number> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + ASK_BEFORE_MS).toISOString();
  const [locked] = await queryRows<{ cadence: Cadence; instruments: string[] }>(
    db,
    sql`SELECT cadence, instruments FROM measure_schedules WHERE group_id = ${s.group_id} FOR UPDATE`,
  );
  if (!locked || locked.cadence === 'off') return 0;
  // A meeting a leader cancelled or moved is not a session (a moved one is a new occurrence).
  const coming = await queryRows<{ starts_at: Date | string; is_last: boolean }>(
    db,
    sql`SELECT DISTINCT o.starts_at, NOT EXISTS (
               SELECT 1 FROM group_occurrences l WHERE l.group_id = o.group_id
                  AND l.starts_at > o.starts_at) AS is_last
          FROM group_occurrences o
         WHERE o.group_id = ${s.group_id}
           AND o.starts_at > ${at}::timestamptz AND o.starts_at <= ${until}::timestamptz
           AND NOT EXISTS (SELECT 1 FROM meeting_changes c WHERE c.group_id = o.group_id
                           AND c.original_starts_at = o.starts_at)
         ORDER BY o.starts_at`,
  );
  let created = 0;
  for (const session of coming) {
    const startsAt = new Date(session.starts_at).toISOString();
    const [previous] = await queryRows<{ measured: boolean }>(
      db,
      sql`SELECT measured FROM measure_sessions
           WHERE group_id = ${s.group_id} AND starts_at < ${startsAt}::timestamptz
           ORDER BY starts_at DESC LIMIT 1`,
    );
    const measured = sessionMeasured(locked.cadence, previous?.measured ?? null, session.is_last);
    await db.execute(
      sql`INSERT INTO measure_sessions (group_id, starts_at, measured)
          VALUES (${s.group_id}, ${startsAt}::timestamptz, ${measured})
          ON CONFLICT (group_id, starts_at) DO NOTHING`,
    );
    created += await askMembers(db, s.group_id, startsAt, locked.instruments, at);
  }
  return created;
}

/** Ask each consenting member the measures memberAsked says they are due; notify the new ones. */
async function askMembers(
  db: Db,
  groupId: string,
  startsAt: string,
  instruments: string[],
  at: string,
): Promise<number> {
  const rows = await queryRows<{ id: string; user_id: string }>(
    db,
    sql`INSERT INTO measure_requests (group_id, user_id, instrument, starts_at, sent_at)
        SELECT m.group_id, m.user_id, i.instrument, s.starts_at, ${at}::timestamptz
          FROM measure_sessions s
          JOIN memberships m ON m.group_id = s.group_id AND m.status = 'member'
          JOIN measure_consents c ON c.group_id = m.group_id AND c.user_id = m.user_id
                                 AND c.withdrawn_at IS NULL
          JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
          CROSS JOIN unnest(${`{${instruments.join(',')}}`}::text[]) AS i(instrument)
         WHERE s.group_id = ${groupId} AND s.starts_at = ${startsAt}::timestamptz
           AND NOT EXISTS (SELECT 1 FROM group_leaders gl
                            WHERE gl.group_id = m.group_id AND gl.user_id = m.user_id)
           AND (s.measured OR NOT EXISTS (
                SELECT 1 FROM measure_requests r
                 WHERE r.group_id = m.group_id AND r.user_id = m.user_id
                   AND r.instrument = i.instrument AND r.starts_at <> s.starts_at
                   AND r.cancelled_at IS NULL))
        ON CONFLICT (group_id, user_id, instrument, starts_at) DO NOTHING
        RETURNING id, user_id`,
  );
  const byPerson = new Map<string, string[]>();
  for (const r of rows) byPerson.set(r.user_id, [...(byPerson.get(r.user_id) ?? []), r.id]);
  for (const [userId, ids] of byPerson) {
    // One notice per person and session; it opens the one form, or the list when there are two.
    await notify(db, {
      kind: 'measure_requested',
      userIds: [userId],
      groupId,
      data: ids.length === 1 ? { request: ids[0] as string } : {},
    });
  }
  return rows.length;
}
