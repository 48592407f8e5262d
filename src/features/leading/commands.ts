import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  groupAgreements,
  groupLeaders,
  groups,
  professionalProfiles,
  users,
} from '../../db/schema/index.js';
import type { Status } from '../../shared/taxonomy/index.js';
import { professionalStanding } from '../accounts/viewer.js';
import { type SaveOptions, saveGroup } from '../directory/commands.js';
import type { GroupInput, LeaderInput } from '../directory/model.js';
import { directoryChanged } from '../directory/search-index.js';
import { readStoredGroup } from './group-input.js';

/**
 * What leaders change, each in one transaction. Every change to a listing goes through
 * saveGroup (the directory's one write path), so next meetings, week slots and occurrences
 * always follow. Here: the pledge, creating and rewriting a group, and its states; co-leaders
 * and intake questions are in people-commands.ts, meetings in meeting-commands.ts.
 */

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A transaction where a command takes a database, so it can run inside a larger change. */
export const asDb = (tx: Tx) => tx as unknown as Db;

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
    // A form knows nothing of where a listing was imported from or of its private contacts.
    const { source, sourceUpdatedAt, contacts } = stored.input;
    const input = {
      source,
      sourceUpdatedAt,
      contacts,
      ...changed,
      leaders: await leadersOf(asDb(tx), groupId, changed.kind),
    };
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
