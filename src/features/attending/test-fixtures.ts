import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type MembershipStatus, memberships, users } from '../../db/schema/index.js';
import { saveGroup } from '../directory/commands.js';
import type { GroupInput, ScheduleInput } from '../directory/model.js';
import { group } from '../directory/test-group.js';

/** A person who never signs in (reminder and feed tests need only the row). */
export async function person(
  db: Db,
  values: { locale?: string; timezone?: string; notifications?: Record<string, boolean> } = {},
) {
  const id = randomUUID().replace(/-/g, '');
  const email = `${id.slice(0, 10)}@example.org`;
  await db.insert(users).values({ id, name: `P ${id.slice(0, 4)}`, email, ...values });
  return { id, email };
}

/** A one-off meeting in UTC starting at `at` (to the minute). */
export function onceAt(at: Date, durationMinutes = 60): ScheduleInput {
  const iso = at.toISOString();
  return {
    kind: 'once',
    startDate: iso.slice(0, 10),
    startTime: iso.slice(11, 16),
    durationMinutes,
    timezone: 'UTC',
  };
}

/** The next whole minute `ms` from now. */
export function minutesAhead(ms: number, from = Date.now()): Date {
  return new Date(Math.ceil((from + ms) / 60_000) * 60_000);
}

/** A published support group saved like any listing (its occurrences are made from `now`). */
export async function savedGroup(
  db: Db,
  overrides: Partial<GroupInput> = {},
  now: Date = new Date(),
) {
  const slug = overrides.slug ?? `circle-${randomUUID().slice(0, 8)}`;
  const { id } = await saveGroup(db, group({ name: `Circle ${slug}`, ...overrides, slug }), now);
  return { id, slug };
}

export async function setStatus(
  db: Db,
  groupId: string,
  userId: string,
  status: MembershipStatus,
  extra: Partial<typeof memberships.$inferInsert> = {},
) {
  await db
    .insert(memberships)
    .values({
      groupId,
      userId,
      status,
      arrival: sql`nextval('membership_arrival_seq')`,
      ...extra,
    })
    .onConflictDoUpdate({
      target: [memberships.groupId, memberships.userId],
      set: { status, ...extra },
    });
}
