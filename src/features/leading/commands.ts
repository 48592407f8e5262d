import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull, max, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../../db/client.js';
import {
  attendance,
  groupAgreements,
  groupLeaders,
  groupOccurrences,
  groupSchedules,
  groups,
  intakeQuestions,
  leaderInvitations,
  meetingChanges,
  professionalProfiles,
  users,
} from '../../db/schema/index.js';
import { professionalStanding } from '../accounts/viewer.js';
import { type SaveOptions, saveGroup } from '../directory/commands.js';
import type { GroupInput, LeaderInput, ScheduleInput } from '../directory/model.js';
import { directoryChanged } from '../directory/search-index.js';
import type { Status } from '../directory/taxonomy.js';
import { readStoredGroup } from './group-input.js';

/**
 * What leaders change, each in one transaction. Every change to a listing goes through
 * saveGroup (the directory's one write path), so next meetings, week slots and occurrences
 * always follow.
 */

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
const asDb = (tx: Tx) => tx as unknown as Db;

export const INVITATION_DAYS = 7;
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const emailHash = (email: string) => sha256(email.trim().toLowerCase());

export async function acceptPledge(db: Db, userId: string, now = new Date()) {
  await db
    .update(users)
    .set({ leaderPledgeAt: now })
    .where(and(eq(users.id, userId), isNull(users.leaderPledgeAt)));
}

export async function hasPledged(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ at: users.leaderPledgeAt })
    .from(users)
    .where(eq(users.id, userId));
  return !!row?.at;
}

/**
 * The public list of leaders: display names, owner first; in a therapy group a leader with a
 * current verified licence is shown as a professional with its type (never its number).
 */
async function publicLeaders(
  db: Db,
  people: { userId: string }[],
  kind: 'support' | 'therapy',
): Promise<LeaderInput[]> {
  const out: LeaderInput[] = [];
  for (const { userId } of people) {
    const [row] = await db
      .select({
        name: users.name,
        status: professionalProfiles.status,
        expiresOn: professionalProfiles.expiresOn,
        licenceType: professionalProfiles.licenceType,
      })
      .from(users)
      .leftJoin(professionalProfiles, eq(professionalProfiles.userId, users.id))
      .where(eq(users.id, userId));
    if (!row) continue;
    const profile =
      row.status && row.expiresOn ? { status: row.status, expiresOn: row.expiresOn } : null;
    if (kind === 'therapy' && professionalStanding(profile) === 'verified' && row.licenceType) {
      out.push({ displayName: row.name, role: 'professional', credentials: row.licenceType });
    } else {
      out.push({ displayName: row.name, role: 'peer' });
    }
  }
  return out;
}

async function leadersOf(db: Db, groupId: string, kind: 'support' | 'therapy') {
  const people = await db
    .select({ userId: groupLeaders.userId })
    .from(groupLeaders)
    .where(eq(groupLeaders.groupId, groupId))
    .orderBy(sql`${groupLeaders.role} = 'owner' DESC`, asc(groupLeaders.addedAt));
  return publicLeaders(db, people, kind);
}

/**
 * Save a stored group again after `change`, with the leaders list read afresh. The agreement
 * gets a new version when its text differs from the one in force.
 */
export async function rewriteGroup(
  db: Db,
  groupId: string,
  change: (input: GroupInput) => GroupInput,
  options: Omit<SaveOptions, 'target'> & { agreement?: string; reopensOn?: string | null } = {},
  now = new Date(),
) {
  const result = await db.transaction(async (tx) => {
    const stored = await readStoredGroup(asDb(tx), groupId);
    if (!stored) throw new Error('rewriteGroup: no such group');
    const changed = change(stored.input);
    const input = { ...changed, leaders: await leadersOf(asDb(tx), groupId, changed.kind) };
    const { agreement, reopensOn, ...save } = options;
    await saveGroup(asDb(tx), input, now, { ...save, target: { id: groupId } });
    if (reopensOn !== undefined) {
      await tx.update(groups).set({ reopensOn }).where(eq(groups.id, groupId));
    }
    let agreementChanged = false;
    if (agreement !== undefined && agreement !== stored.agreement?.body) {
      await tx
        .insert(groupAgreements)
        .values({ groupId, version: (stored.agreement?.version ?? 0) + 1, body: agreement });
      agreementChanged = true;
    }
    return { stored, agreementChanged };
  });
  // saveGroup inside a transaction leaves the announcement to its owner: search sees the
  // change at once rather than at the next poll.
  directoryChanged(db);
  return result;
}

/** A new group as a draft, its creator as owner, and agreement version 1. */
export async function createGroup(
  db: Db,
  ownerId: string,
  input: GroupInput,
  options: { agreement: string; showMemberNames: boolean },
  now = new Date(),
): Promise<{ id: string; slug: string }> {
  const created = await db.transaction(async (tx) => {
    const leaders = await publicLeaders(asDb(tx), [{ userId: ownerId }], input.kind);
    const { id } = await saveGroup(asDb(tx), { ...input, leaders }, now, {
      target: 'new',
      published: false,
      showMemberNames: options.showMemberNames,
    });
    await tx.insert(groupLeaders).values({ groupId: id, userId: ownerId, role: 'owner' });
    await tx.insert(groupAgreements).values({ groupId: id, version: 1, body: options.agreement });
    const [stored] = await tx.select({ slug: groups.slug }).from(groups).where(eq(groups.id, id));
    return { id, slug: stored!.slug };
  });
  directoryChanged(db);
  return created;
}

export const STATE_CHANGES = ['publish', 'unpublish', 'close', 'reopen', 'end'] as const;
export type StateChange = (typeof STATE_CHANGES)[number];

/** Which changes make sense from where a group stands (an ended group stays ended). */
export function stateChangesFor(published: boolean, status: Status): StateChange[] {
  if (status === 'ended') return [];
  const out: StateChange[] = [published ? 'unpublish' : 'publish'];
  out.push(status === 'temporarily_closed' ? 'reopen' : 'close');
  out.push('end');
  return out;
}

/**
 * Moves a group along its states. Closing may say when the group expects to meet again (a date
 * in the group's zone, shown on its page); any other change forgets that date.
 */
export async function changeGroupState(
  db: Db,
  groupId: string,
  change: StateChange,
  reopensOn: string | null = null,
) {
  const status: Partial<Record<StateChange, Status>> = {
    close: 'temporarily_closed',
    reopen: 'active',
    end: 'ended',
  };
  const published =
    change === 'publish' ? true : change === 'unpublish' || change === 'end' ? false : undefined;
  await rewriteGroup(
    db,
    groupId,
    (input) => ({ ...input, status: status[change] ?? input.status }),
    {
      ...(published === undefined ? {} : { published }),
      reopensOn:
        change === 'close'
          ? reopensOn
          : change === 'publish' || change === 'unpublish'
            ? undefined
            : null,
    },
  );
}

// --- co-leaders -----------------------------------------------------------------------------

/** A new invitation: the token goes only into the mail; hashes are kept. */
export async function createInvitation(
  db: Db,
  groupId: string,
  invitedBy: string,
  email: string,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(leaderInvitations).values({
    groupId,
    invitedBy,
    tokenHash: sha256(token),
    emailHash: emailHash(email),
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
  });
  return token;
}

export async function findInvitation(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({
      id: leaderInvitations.id,
      groupId: leaderInvitations.groupId,
      emailHash: leaderInvitations.emailHash,
      expiresAt: leaderInvitations.expiresAt,
      acceptedAt: leaderInvitations.acceptedAt,
    })
    .from(leaderInvitations)
    .where(eq(leaderInvitations.tokenHash, sha256(token)));
  return row ?? null;
}

/** Use an invitation up and add the co-leader; false when it was used meanwhile. */
export async function acceptInvitation(
  db: Db,
  invitation: { id: string; groupId: string },
  userId: string,
  now = new Date(),
): Promise<boolean> {
  const done = await db.transaction(async (tx) => {
    const used = await tx
      .update(leaderInvitations)
      .set({ acceptedAt: now })
      .where(
        and(
          eq(leaderInvitations.id, invitation.id),
          isNull(leaderInvitations.acceptedAt),
          gt(leaderInvitations.expiresAt, now),
        ),
      )
      .returning({ id: leaderInvitations.id });
    if (used.length === 0) return false;
    await tx
      .insert(groupLeaders)
      .values({ groupId: invitation.groupId, userId, role: 'co_leader' })
      .onConflictDoNothing();
    return true;
  });
  if (done) await rewriteGroup(db, invitation.groupId, (i) => i);
  return done;
}

/** Remove a co-leader (the owner never leaves this way). */
export async function removeCoLeader(db: Db, groupId: string, userId: string): Promise<boolean> {
  const gone = await db
    .delete(groupLeaders)
    .where(
      and(
        eq(groupLeaders.groupId, groupId),
        eq(groupLeaders.userId, userId),
        eq(groupLeaders.role, 'co_leader'),
      ),
    )
    .returning({ userId: groupLeaders.userId });
  if (gone.length > 0) await rewriteGroup(db, groupId, (i) => i);
  return gone.length > 0;
}

// --- meetings -------------------------------------------------------------------------------

export type MeetingChange =
  | { kind: 'cancelled'; note: string }
  | { kind: 'moved'; note: string; date: string; time: string };

/**
 * Cancel or move one upcoming meeting. Its date becomes an exception of the schedule that made
 * it (a meeting moved before is simply dropped), a moved meeting becomes a one-off schedule,
 * and the change is recorded with its note. Null when no such meeting is coming.
 */
export async function changeMeeting(
  db: Db,
  groupId: string,
  startsAt: Date,
  change: MeetingChange,
  by: string,
  now = new Date(),
): Promise<{ newStartsAt: Date | null } | null> {
  const [occurrence] = await db
    .select({ position: groupSchedules.position, endsAt: groupOccurrences.endsAt })
    .from(groupOccurrences)
    .innerJoin(groupSchedules, eq(groupSchedules.id, groupOccurrences.scheduleId))
    .where(and(eq(groupOccurrences.groupId, groupId), eq(groupOccurrences.startsAt, startsAt)));
  if (!occurrence || startsAt <= now) return null;
  let newStartsAt: Date | null = null;
  let newEndsAt: Date | null = null;
  await db.transaction(async (tx) => {
    await rewriteGroup(asDb(tx), groupId, (input) => {
      const schedules = [...input.schedules];
      const source = schedules[occurrence.position];
      if (!source) throw new Error('changeMeeting: schedule not found');
      const zone = source.timezone;
      const localDate = DateTime.fromJSDate(startsAt).setZone(zone).toISODate()!;
      if (occurrence.position > 0 && source.kind === 'once')
        schedules.splice(occurrence.position, 1);
      else {
        const exceptions = [...new Set([...(source.exceptions ?? []), localDate])].sort();
        schedules[occurrence.position] = { ...source, exceptions };
      }
      if (change.kind === 'moved') {
        const moved: ScheduleInput = {
          kind: 'once',
          startDate: change.date,
          startTime: change.time,
          durationMinutes: source.durationMinutes,
          timezone: zone,
        };
        const start = DateTime.fromISO(`${change.date}T${change.time}`, { zone });
        newStartsAt = start.toJSDate();
        newEndsAt = start.plus({ minutes: source.durationMinutes }).toJSDate();
        schedules.push(moved);
      }
      return { ...input, schedules };
    });
    await tx.insert(meetingChanges).values({
      groupId,
      originalStartsAt: startsAt,
      kind: change.kind,
      newStartsAt,
      newEndsAt,
      note: change.note,
      createdBy: by,
    });
  });
  return { newStartsAt };
}

/** Who came: one row per member listed on the form, present or not. */
export async function recordAttendance(
  db: Db,
  groupId: string,
  startsAt: Date,
  marks: { userId: string; present: boolean }[],
  by: string,
  now = new Date(),
) {
  if (marks.length === 0) return;
  await db
    .insert(attendance)
    .values(marks.map((m) => ({ groupId, startsAt, ...m, recordedBy: by, recordedAt: now })))
    .onConflictDoUpdate({
      target: [attendance.groupId, attendance.startsAt, attendance.userId],
      set: {
        present: sql`excluded.present`,
        recordedBy: sql`excluded.recorded_by`,
        recordedAt: sql`excluded.recorded_at`,
      },
    });
}

// --- intake questions -----------------------------------------------------------------------

export type QuestionInput = {
  type: 'short_text' | 'long_text' | 'single_choice' | 'multiple_choice' | 'yes_no';
  prompt: string;
  help: string;
  options: string[];
  required: boolean;
};

export async function addQuestion(db: Db, groupId: string, q: QuestionInput) {
  const [last] = await db
    .select({ position: max(intakeQuestions.position) })
    .from(intakeQuestions)
    .where(eq(intakeQuestions.groupId, groupId));
  await db.insert(intakeQuestions).values({
    groupId,
    position: (last?.position ?? 0) + 1,
    type: q.type,
    prompt: q.prompt,
    help: q.help || null,
    options: q.type === 'single_choice' || q.type === 'multiple_choice' ? q.options : [],
    required: q.required,
  });
}

/** Swap a question with its neighbour among those still asked. */
export async function moveQuestion(db: Db, groupId: string, id: string, direction: 'up' | 'down') {
  await db.transaction(async (tx) => {
    const asked = await tx
      .select({ id: intakeQuestions.id, position: intakeQuestions.position })
      .from(intakeQuestions)
      .where(and(eq(intakeQuestions.groupId, groupId), isNull(intakeQuestions.retiredAt)))
      .orderBy(asc(intakeQuestions.position));
    const at = asked.findIndex((q) => q.id === id);
    const other = asked[direction === 'up' ? at - 1 : at + 1];
    const self = asked[at];
    if (!self || !other) return;
    await tx
      .update(intakeQuestions)
      .set({ position: other.position })
      .where(eq(intakeQuestions.id, self.id));
    await tx
      .update(intakeQuestions)
      .set({ position: self.position })
      .where(eq(intakeQuestions.id, other.id));
  });
}

/** A retired question is no longer asked; answers already given keep it. */
export async function retireQuestion(db: Db, groupId: string, id: string, now = new Date()) {
  const done = await db
    .update(intakeQuestions)
    .set({ retiredAt: now })
    .where(
      and(
        eq(intakeQuestions.groupId, groupId),
        eq(intakeQuestions.id, id),
        isNull(intakeQuestions.retiredAt),
      ),
    )
    .returning({ id: intakeQuestions.id });
  return done.length > 0;
}
