import { isVerifiedProfessional } from '../accounts/policies.js';
import type { Viewer } from '../accounts/viewer.js';
import type { GroupAccess } from '../membership/access.js';
import { canLeadGroup, isMember } from '../membership/policies.js';

/**
 * Who may do what with therapists' profiles and session plans (docs/therapists.md), as named
 * functions; therapists.test.ts and plans.test.ts check them as matrices over the routes.
 */
type V = Viewer | null;
type A = GroupAccess;

/** Finding therapists and reading a listed profile: anyone, signed in or not. */
export const canFindTherapists = (_v: V) => true;

/**
 * Choosing what one's public profile shows: a professional whose licence is verified now (an
 * expired one renews first; their profile is hidden meanwhile).
 */
export const canEditListing = (v: V): v is Viewer => isVerifiedProfessional(v);

/** Writing a therapy group's session plans: its leaders, who are verified professionals. */
export const canPlanSessions = (v: V, a: A): v is Viewer =>
  a.kind === 'therapy' && canLeadGroup(v, a) && isVerifiedProfessional(v);

/** Reading the next session's plan when the therapist shares it: the group's members and leaders. */
export const canReadSharedPlan = (v: V, a: A) =>
  a.kind === 'therapy' && (canLeadGroup(v, a) || (v !== null && isMember(a)));
