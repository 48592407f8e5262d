// What the measures' tests share: a therapy group meeting at given times, its people, and
// requests answered with a chosen total.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { groupLeaders } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import type { createTestApp } from '../../test/harness.js';
import { onceAt, setStatus } from '../attending/test-fixtures.js';
import { saveGroup } from '../directory/commands.js';
import { group } from '../directory/test-group.js';
import { answerRequest, giveConsent, setSchedule } from './commands.js';
import { type Answer, INSTRUMENTS, type InstrumentCode } from './instruments.js';
import type { Cadence } from './requests.js';

export type T = Awaited<ReturnType<typeof createTestApp>>;

/** A published therapy group whose sessions start at `sessions` (one-off meetings, UTC). */
export async function therapyGroup(t: T, sessions: Date[], now = new Date()) {
  const slug = `steady-${randomUUID().slice(0, 8)}`;
  const { id } = await saveGroup(
    t.db,
    group({
      slug,
      name: `Steady ${slug.slice(7)}`,
      kind: 'therapy',
      policy: 'application',
      capacity: 10,
      therapy: { techniques: ['cbt'], screening: true, sessions: sessions.length },
      schedules: sessions.map((s) => onceAt(s)),
    }),
    now,
  );
  return { id, slug, name: `Steady ${slug.slice(7)}` };
}

/** The group's therapist (verified, two-step sign-in on), its owner. */
export async function therapistOf(t: T, groupId: string, name = 'Dr Okafor') {
  const therapist = await signedInUser(t, { professional: 'verified', twoFactor: true, name });
  await t.db.insert(groupLeaders).values({ groupId, userId: therapist.id, role: 'owner' });
  return therapist;
}

export async function memberOf(t: T, groupId: string, name: string, consent = true) {
  const person = await signedInUser(t, { name });
  await setStatus(t.db, groupId, person.id, 'member');
  if (consent) await giveConsent(t.db, { groupId, userId: person.id });
  return person;
}

export const measure = (
  t: T,
  groupId: string,
  userId: string,
  cadence: Cadence,
  i: InstrumentCode[],
) => setSchedule(t.db, { groupId, userId, cadence, instruments: i });

/** Answers for `code` that add up to `total`, with question 9 at `item9` (PHQ-9). */
export function answersFor(code: InstrumentCode, total: number, item9: Answer = 0): Answer[] {
  const n = INSTRUMENTS[code].items;
  const out: Answer[] = Array.from({ length: n }, () => 0);
  let left = total;
  if (code === 'phq9') {
    out[8] = item9;
    left -= item9;
  }
  for (let i = 0; i < n && left > 0; i++) {
    if (code === 'phq9' && i === 8) continue;
    const v = Math.min(3, left) as Answer;
    out[i] = v;
    left -= v;
  }
  if (left !== 0) throw new Error(`cannot make ${total} from ${code}`);
  return out;
}

/**
 * A request for a past or coming session, answered with `total`: the scores history a chart and
 * the group's outcomes are drawn from (the request is made here, not by the scheduler).
 */
export async function answered(
  t: T,
  groupId: string,
  userId: string,
  code: InstrumentCode,
  startsAt: Date,
  total: number,
) {
  const [row] = await queryRows<{ id: string }>(
    t.db,
    sql`INSERT INTO measure_requests (group_id, user_id, instrument, starts_at)
        VALUES (${groupId}, ${userId}, ${code}, ${startsAt.toISOString()}::timestamptz)
        RETURNING id`,
  );
  const result = await answerRequest(t.db, t.deps.config.membership.intakeKey, {
    groupId,
    userId,
    requestId: row!.id,
    instrument: code,
    answers: answersFor(code, total),
    now: startsAt,
  });
  if (!result.ok) throw new Error('the fixture request could not be answered');
  return row!.id;
}

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
