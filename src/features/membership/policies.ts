import { isAdmin, isSignedIn, isVerifiedProfessional } from '../accounts/policies.js';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from './access.js';

/**
 * Who may do what with a group, as named functions of the viewer and what loadGroupAccess read.
 * Membership is health information: the roster, intake answers and private meeting details
 * are the narrowest of these. policies.test.ts in this folder checks every persona against
 * every policy.
 */
type V = Viewer | null;
type A = GroupAccess;

/** Any signed-in member may start a support group (after the leader's pledge, a form step). */
export const canCreateSupportGroup = (v: V) => isSignedIn(v);

/** Therapy groups are led by verified professionals only. */
export const canCreateTherapyGroup = (v: V) => isVerifiedProfessional(v);

/**
 * Leading a group: its owner and co-leaders. A therapy group's leaders must also be verified
 * professionals today (an expired licence pauses leading, not the group).
 */
export const canLeadGroup = (v: V, a: A): v is Viewer =>
  v !== null && a.leaderRole !== null && (a.kind === 'support' || isVerifiedProfessional(v));

/**
 * Editing a group's listing: its leaders, and the owners and editors of the organisation account
 * that owns it when it has no leaders (GroupAccess.orgRole). Only the listing: the group's people, agreement and member settings stay the
 * leaders' (leading/edit-routes.tsx keeps them as stored).
 */
export const canEditGroupListing = (v: V, a: A): v is Viewer =>
  canLeadGroup(v, a) || (v !== null && a.orgRole !== null);

/** Inviting and removing co-leaders, ending the group: its owner. */
export const canManageLeaders = (v: V, a: A) => canLeadGroup(v, a) && a.leaderRole === 'owner';

/**
 * Sending invitations, which go to any address with the group's name in them: from a published
 * group (listed, reportable, moderated) or a verified professional, never from a fresh draft
 * whose name could be a phishing line.
 */
export const canSendInvitations = (v: V, a: A) =>
  canManageLeaders(v, a) && (a.published || isVerifiedProfessional(v));

/** An unpublished group's page: its leaders (and administrators, who moderate). */
export const canViewGroup = (v: V, a: A) =>
  (a.published && a.status !== 'ended') || canLeadGroup(v, a) || isAdmin(v);

export const isMember = (a: A) => a.membership?.status === 'member';

/** Who belongs, with requests and applications: the group's leaders only. */
export const canSeeRoster = (v: V, a: A) => canLeadGroup(v, a);

/** Intake answers: only the group's therapists (not administrators, not peer co-leaders). */
export const canReadIntake = (v: V, a: A) =>
  canLeadGroup(v, a) && a.kind === 'therapy' && isVerifiedProfessional(v);

/** The exact address of a private meeting and a members-only video link or phone. */
export const canSeePrivateDetails = (v: V, a: A) =>
  canLeadGroup(v, a) || (v !== null && isMember(a));

/** How many members there are: members and leaders. */
export const canSeeMemberCount = (v: V, a: A) => canSeePrivateDetails(v, a);

/** Fellow members' display names: leaders, and members when the group opts in. */
export const canSeeMemberNames = (v: V, a: A) =>
  canLeadGroup(v, a) || (v !== null && isMember(a) && a.showMemberNames);

/** Asking to join: signed in, not a leader, the group open, and no live request already. */
export const canAskToJoin = (v: V, a: A) =>
  v !== null &&
  a.published &&
  a.status === 'active' &&
  a.leaderRole === null &&
  (a.membership === null || ['left', 'declined'].includes(a.membership.status));

/** The application form: an application group the person may still ask to join. */
export const canApply = (v: V, a: A) => a.policy === 'application' && canAskToJoin(v, a);

/** RSVP and reminders: members. */
export const canRsvp = (v: V, a: A): v is Viewer => v !== null && isMember(a);

/** Taking attendance, cancelling or moving a meeting, deciding requests: leaders. */
export const canRunMeetings = (v: V, a: A) => canLeadGroup(v, a);

/** Administrators may unpublish any listing (moderation); they never see rosters or intake. */
export const canModerateGroup = (v: V) => isAdmin(v);

/** Stepping down from leading: a co-leader (the owner cannot leave their own group this way). */
export const canStepDown = (v: V, a: A) => v !== null && a.leaderRole === 'co_leader';

/**
 * Accepting an invitation to co-lead (the invited address is checked by the route): not a
 * leader already, the group not ended, and a therapy group's leaders are verified professionals.
 */
export const canAcceptCoLeadership = (v: V, a: A) =>
  v !== null &&
  a.leaderRole === null &&
  a.status !== 'ended' &&
  (a.kind === 'support' || isVerifiedProfessional(v));

/** Writing intake questions: those who will read the answers (the group's therapists). */
export const canEditIntakeQuestions = (v: V, a: A) => canReadIntake(v, a);

/**
 * Writing privately to a group's leaders: anyone with a standing in the group (a member, someone
 * waiting or applying, someone declined or removed who thinks it was a mistake), never its own
 * leaders. Only the group's leaders read what they write; administrators do not.
 */
export const canWriteToLeaders = (v: V, a: A): v is Viewer =>
  v !== null && a.leaderRole === null && a.membership !== null;

/** Reading and answering the threads people started with a group's leaders: its leaders. */
export const canAnswerThreads = (v: V, a: A) => canLeadGroup(v, a);
