import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client.js';
import { occurrences, type StoredSchedule } from '../../shared/schedule/index.js';

/*
 * Session plans: one per session number. Session n is the group's n-th meeting that actually
 * happens, counted from the first meeting of all its schedules (each schedule's own rule, so
 * past meetings count even after the rolling occurrence window drops them): a moved meeting is
 * counted at its new time (a one-off schedule; its old date is an exception of the schedule that
 * made it) and a cancelled one not at all, so the plan for session 3 is for the third meeting
 * the group holds. A series has as many sessions as it was set up with, an ongoing group as many
 * as the therapist plans. Members read the plan of the next session when the therapist shared it.
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

export type SessionDate = { start: Date; end: Date };

const FROM = new Date(Date.UTC(2000, 0, 1));
const counted = (s: StoredSchedule) => s.rrule !== null && /(^|;)COUNT=\d+/.test(s.rrule);

/**
 * A group's sessions from its schedules (pure, for the table tests): every schedule's meetings,
 * cancelled dates left out, merged in order, one per start time, and no more than the listing's
 * number of sessions when it gives one. Without it a series (a rule with COUNT, and one-off
 * meetings such as moved ones) has as many sessions as it has meetings; an ongoing group none.
 */
export function sessionsOf(
  schedules: StoredSchedule[],
  declared: number | null,
  to = new Date(Date.now() + 5 * 365 * 86_400_000),
): { dates: SessionDate[]; series: number | null } {
  const limit = declared ?? MAX_SESSIONS;
  const byStart = new Map<number, SessionDate>();
  for (const s of schedules)
    for (const o of occurrences(s, FROM, to, limit))
      if (!byStart.has(o.start.getTime()))
        byStart.set(o.start.getTime(), { start: o.start, end: o.end });
  const dates = [...byStart.values()]
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, limit);
  const series =
    schedules.some(counted) && schedules.every((s) => s.rrule === null || counted(s))
      ? dates.length
      : null;
  return { dates, series: declared ?? series };
}

/** The group's session dates, in order, from all its schedules (see sessionsOf). */
export async function sessionDates(
  db: Db,
  groupId: string,
): Promise<{ dates: SessionDate[]; series: number | null }> {
  const rows = await queryRows<{
    rrule: string | null;
    dtstart: string | null;
    timezone: string;
    duration_minutes: number;
    exdates: string[];
    therapy_sessions: number | null;
  }>(
    db,
    sql`SELECT s.rrule, s.dtstart, s.timezone, s.duration_minutes, s.exdates, g.therapy_sessions
          FROM groups g LEFT JOIN group_schedules s ON s.group_id = g.id
         WHERE g.id = ${groupId} ORDER BY s.position`,
  );
  const schedules: StoredSchedule[] = rows.flatMap((r) =>
    r.dtstart
      ? [
          {
            rrule: r.rrule,
            dtstart: r.dtstart,
            timezone: r.timezone,
            durationMinutes: r.duration_minutes,
            exdates: r.exdates,
          },
        ]
      : [],
  );
  return sessionsOf(schedules, rows[0]?.therapy_sessions ?? null);
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
