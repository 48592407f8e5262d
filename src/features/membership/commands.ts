/*
 * Every change of a person's standing in a group, one command each: joining (joining.ts), a
 * leader's decision (deciding.ts), leaving and removal (leaving.ts), held seats (offers.ts).
 * Each is one transaction under a lock on the group's row (transaction.ts) and returns the
 * notices to mail after the commit. Callers outside these files import them from here.
 */

export { decide } from './deciding.js';
export { acceptAgreement, askToJoin } from './joining.js';
export { leaveEveryGroup, leaveGroup, removeMember } from './leaving.js';
export { acceptOffer, lapseOffer, OFFER_EXPIRY_JOB } from './offers.js';
export { LIVE_STATUSES, MembershipError, type Notice } from './transaction.js';
