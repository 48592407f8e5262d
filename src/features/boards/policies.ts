import { isAdmin } from '../accounts/policies.js';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import { canLeadGroup, isMember } from '../membership/policies.js';

/**
 * Who may do what on a group's board (docs/community.md), as named functions of the viewer,
 * their standing in the group (membership/access.ts) and on its board (standing.ts).
 * board-policies.test.ts checks every persona against every policy, and board-routes.test.ts
 * every route. Administrators moderate reports from their own queue; they do not browse
 * members' boards, so no board-reading policy names them.
 */
type V = Viewer | null;
type A = GroupAccess;

/** The viewer's place on one group's board. */
export type BoardStanding = {
  /** A mute in force (this group's, or a site-wide one), until when. */
  mutedUntil: Date | null;
  /** The group asks new members to attend a meeting first, and this one has not yet. */
  waitingForFirstMeeting: boolean;
};

export const NO_STANDING: BoardStanding = { mutedUntil: null, waitingForFirstMeeting: false };

/** Moderating the board (pin, lock, close, the queue, penalties, settings): its leaders. */
export const canModerateBoard = (v: V, a: A): v is Viewer => canLeadGroup(v, a);

/** Reading the board, following threads, reporting posts: members and leaders. */
export const canReadBoard = (v: V, a: A, _s: BoardStanding = NO_STANDING): v is Viewer =>
  canModerateBoard(v, a) || (v !== null && isMember(a));

/** Writing (a thread, a reply, an edit): leaders; members who are not muted or still waiting. */
export const canPostOnBoard = (v: V, a: A, s: BoardStanding): v is Viewer =>
  canModerateBoard(v, a) ||
  (canReadBoard(v, a, s) && s.mutedUntil === null && !s.waitingForFirstMeeting);

/** Every board's reports and the listing reports, and site-wide penalties: administrators. */
export const canModerateAllBoards = (v: V): v is Viewer => isAdmin(v);

/** A post's author acting on their own post (edit, delete); the route checks the author. */
export const canManageOwnPost = (v: V, a: A, s: BoardStanding): v is Viewer =>
  canReadBoard(v, a, s);
