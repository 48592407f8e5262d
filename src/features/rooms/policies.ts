import { canUseAdmin } from '../accounts/policies.js';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import { canLeadGroup, isMember } from '../membership/policies.js';

/**
 * Who may do what in a group's room (docs/rooms.md), as named functions of the viewer, their
 * standing in the group (membership/access.ts) and their standing in the room's open session.
 * rooms.test.ts checks every persona against every policy. Administrators moderate listings
 * and reports; they do not sit in on meetings, so no room policy names them.
 */
type V = Viewer | null;
type A = GroupAccess;

/** The viewer's place in the open session, if they entered it. */
export type RoomStanding = {
  open: boolean;
  locked: boolean;
  paused: boolean;
  person: { state: 'waiting' | 'in' | 'removed'; muted: boolean } | null;
};

/** Online and hybrid groups have a room; an in-person group meets in its venue. */
export const hasRoom = (a: A) => a.mode !== 'in_person';

/** Running the room (controls, waiting room, held messages): the group's leaders. */
export const canRunRoom = (v: V, a: A): boolean => canLeadGroup(v, a);

/**
 * A way to the room on the group's page: for its leaders and members, and for anyone at a
 * published, active drop-in group (a visitor signs in at the door, then waits to be let in).
 */
export const canFindRoom = (v: V, a: A): boolean =>
  hasRoom(a) &&
  (canRunRoom(v, a) ||
    (v !== null && isMember(a)) ||
    (a.policy === 'drop_in' && a.published && a.status === 'active'));

/**
 * The door: leaders and members; anyone signed in at a drop-in group, who then waits to be
 * admitted. A person removed from this meeting reaches the door only to read why: no policy
 * below lets them back in.
 */
export const canReachRoom = (v: V, a: A, _r: RoomStanding): boolean =>
  v !== null && canFindRoom(v, a);

/** Entering straight in: leaders always; members while the room is open and not locked. */
export const canEnterRoom = (v: V, a: A, r: RoomStanding): boolean =>
  canRunRoom(v, a) ||
  (v !== null &&
    isMember(a) &&
    r.open &&
    (r.person?.state === 'in' || (!r.locked && r.person?.state !== 'removed')));

/** Waiting to be admitted: a drop-in visitor who is not a member, while the room is open. */
export const canWaitForRoom = (v: V, a: A, r: RoomStanding): boolean =>
  v !== null &&
  !canRunRoom(v, a) &&
  !isMember(a) &&
  a.policy === 'drop_in' &&
  r.open &&
  !r.locked &&
  (r.person === null || r.person.state === 'waiting');

/** Reading the room's messages and its stream: leaders, and people admitted to this session. */
export const canReadRoom = (v: V, a: A, r: RoomStanding): boolean =>
  canRunRoom(v, a) || (v !== null && r.open && r.person?.state === 'in');

/** Writing in the room: admitted, not muted, and the room not paused (leaders always). */
export const canWriteInRoom = (v: V, a: A, r: RoomStanding): boolean =>
  canRunRoom(v, a) || (canReadRoom(v, a, r) && !r.person?.muted && !r.paused);

/** Writing in the waiting room's short chat with the facilitators. */
export const canWriteWaiting = (v: V, _a: A, r: RoomStanding): boolean =>
  v !== null && r.open && r.person?.state === 'waiting';

/** Messages a group keeps after its room closes: its members and leaders, until they expire. */
export const canReadKeptMessages = (v: V, a: A): boolean =>
  canRunRoom(v, a) || (v !== null && isMember(a));

/** The event stream: people inside, and a visitor in the waiting room (for their own talk). */
export const canStreamRoom = (v: V, a: A, r: RoomStanding): boolean =>
  canReadRoom(v, a, r) || canWriteWaiting(v, a, r);

/** Reported room messages (snapshots): the moderators, who are the administrators. */
export const canReviewRoomReports = (v: V): boolean => canUseAdmin(v);
