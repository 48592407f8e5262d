import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import { canReadIntake, isMember } from '../membership/policies.js';

/**
 * Who may do what with session notes (docs/therapists.md). Notes are the group's therapists'
 * clinical record: no policy names administrators, and the writing one refuses the
 * administrator role even for someone who also leads the group. notes.test.ts checks every
 * route for the group's therapist, another therapist, a peer co-leader, the member, another
 * member, an administrator and a visitor.
 */
type V = Viewer | null;
type A = GroupAccess;

/** Reading and writing a therapy group's notes: its therapists (the rule of intake answers). */
export const canWriteNotes = (v: V, a: A): v is Viewer =>
  v !== null && canReadIntake(v, a) && v.role !== 'admin';

/**
 * A member's own record: the shared part of signed notes of sessions they are in, their own
 * entry and its addenda; never another member's entry, never a draft.
 */
export const canReadOwnNotes = (v: V, a: A): v is Viewer =>
  v !== null && a.kind === 'therapy' && a.leaderRole === null && isMember(a);
