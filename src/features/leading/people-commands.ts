import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull, max } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groupLeaders, intakeQuestions, leaderInvitations } from '../../db/schema/index.js';
import { rewriteGroup } from './commands.js';

/**
 * Who leads a group with its owner (invitations by e-mail, kept only as hashes; removal) and the
 * intake questions its therapists ask.
 */

export const INVITATION_DAYS = 7;
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const emailHash = (email: string) => sha256(email.trim().toLowerCase());

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
