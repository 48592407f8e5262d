import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { occurrences, type StoredSchedule } from '../../shared/schedule/index.js';

/*
 * Session plans: one per session number. Session n is the group's n-th meeting counted from
 * its first schedule's first date (the schedule's own rule, so past meetings count even after
 * the rolling occurrence window drops them); a series has as many sessions as it was set up
 * with, an ongoing group as many as the therapist plans. Members read the plan of the next
 * session when the therapist shared it.
 */

export const MAX_SESSIONS = 200;
const AGENDA_MAX = 20;
const PART_MAX = 2_000;

export type Plan = {
  number: number;
  title: string;
  goals: string;
  technique: string;
  agenda: string[];
  materials: string;
  shared: boolean;
};

export type PlanError = 'title' | 'long' | 'number';

export function parsePlan(
  number: number,
  body: Record<string, string>,
): { ok: true; value: Plan } | { ok: false; errors: PlanError[]; value: Plan } {
  const clean = (v: string | undefined) => (v ?? '').replace(/\r\n?/g, '\n').trim();
  const value: Plan = {
    number,
    title: clean(body.title).replace(/\s+/g, ' '),
    goals: clean(body.goals),
    technique: clean(body.technique),
    agenda: clean(body.agenda)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    materials: clean(body.materials),
    shared: body.shared === 'on',
  };
  const errors: PlanError[] = [];
  if (!Number.isInteger(number) || number < 1 || number > MAX_SESSIONS) errors.push('number');
  if (value.title === '' || value.title.length > 120) errors.push('title');
  if (
    [value.goals, value.technique, value.materials].some((p) => p.length > PART_MAX) ||
    value.agenda.length > AGENDA_MAX ||
    value.agenda.some((a) => a.length > 300)
  )
    errors.push('long');
  return errors.length ? { ok: false, errors, value } : { ok: true, value };
}

/** The group's session dates, in order (its first schedule, from its first date). */
export async function sessionDates(
  db: Db,
  groupId: string,
): Promise<{ dates: { start: Date; end: Date }[]; series: number | null }> {
  const [row] = await queryRows<{
    rrule: string | null;
    dtstart: string;
    timezone: string;
    duration_minutes: number;
    exdates: string[];
    therapy_sessions: number | null;
  }>(
    db,
    sql`SELECT s.rrule, s.dtstart, s.timezone, s.duration_minutes, s.exdates, g.therapy_sessions
          FROM groups g LEFT JOIN group_schedules s ON s.group_id = g.id
         WHERE g.id = ${groupId} ORDER BY s.position LIMIT 1`,
  );
  if (!row?.dtstart) return { dates: [], series: row?.therapy_sessions ?? null };
  const stored: StoredSchedule = {
    rrule: row.rrule,
    dtstart: row.dtstart,
    timezone: row.timezone,
    durationMinutes: row.duration_minutes,
    exdates: row.exdates,
  };
  const limit = row.therapy_sessions ?? MAX_SESSIONS;
  const from = new Date(Date.UTC(2000, 0, 1));
  const to = new Date(Date.now() + 5 * 365 * 86_400_000);
  const dates = occurrences(stored, from, to, limit).map((o) => ({ start: o.start, end: o.end }));
  // A series counts its sessions in its rule (COUNT) even when the listing does not say how many.
  const counted = row.rrule && /(^|;)COUNT=\d+/.test(row.rrule) ? dates.length : null;
  return { dates, series: row.therapy_sessions ?? counted };
}

type PlanRow = {
  number: number;
  title: string;
  goals: string;
  technique: string;
  agenda: string[];
  materials: string;
  shared: boolean;
};

const planOf = (r: PlanRow): Plan => ({ ...r });

export async function plansOf(db: Db, groupId: string): Promise<Plan[]> {
  const rows = await queryRows<PlanRow>(
    db,
    sql`SELECT number, title, goals, technique, agenda, materials, shared FROM session_plans
         WHERE group_id = ${groupId} ORDER BY number`,
  );
  return rows.map(planOf);
}

export async function planOfSession(db: Db, groupId: string, number: number): Promise<Plan | null> {
  const [row] = await queryRows<PlanRow>(
    db,
    sql`SELECT number, title, goals, technique, agenda, materials, shared FROM session_plans
         WHERE group_id = ${groupId} AND number = ${number}`,
  );
  return row ? planOf(row) : null;
}

export async function savePlan(db: Db, groupId: string, by: string, p: Plan) {
  await db.execute(
    sql`INSERT INTO session_plans (group_id, number, title, goals, technique, agenda, materials, shared, updated_by)
        VALUES (${groupId}, ${p.number}, ${p.title}, ${p.goals}, ${p.technique},
                ${`{${p.agenda.map((a) => `"${a.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`}::text[],
                ${p.materials}, ${p.shared}, ${by})
        ON CONFLICT (group_id, number) DO UPDATE SET title = excluded.title, goals = excluded.goals,
          technique = excluded.technique, agenda = excluded.agenda, materials = excluded.materials,
          shared = excluded.shared, updated_by = excluded.updated_by, updated_at = now()`,
  );
}

export async function deletePlan(db: Db, groupId: string, number: number) {
  await db.execute(
    sql`DELETE FROM session_plans WHERE group_id = ${groupId} AND number = ${number}`,
  );
}

/**
 * The next session (the first that has not ended) and its plan if the therapist shared it,
 * for the group page; null when the group has no session ahead or no shared plan for it.
 */
export async function nextSharedPlan(db: Db, groupId: string, now = new Date()) {
  const { dates, series } = await sessionDates(db, groupId);
  const index = dates.findIndex((d) => d.end.getTime() > now.getTime());
  if (index < 0) return null;
  const plan = await planOfSession(db, groupId, index + 1);
  if (!plan?.shared) return null;
  return { plan, at: (dates[index] as { start: Date }).start, of: series };
}
