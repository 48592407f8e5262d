import type { Viewer } from './viewer.js';

/**
 * Who may do what, as named functions of the viewer (and the target). Routes call one of these
 * before they read any data; policies.test.ts checks every persona against every policy.
 *
 * Staff roles count only with two-step sign-in on: an administrator or professional without
 * it is treated as a member until they turn it on.
 */
type V = Viewer | null;

export const isSignedIn = (v: V): v is Viewer => v !== null;

export const isAdmin = (v: V): v is Viewer =>
  v !== null && v.role === 'admin' && v.twoFactorEnabled;

export const isVerifiedProfessional = (v: V): v is Viewer =>
  v !== null && v.professional === 'verified' && v.twoFactorEnabled;

/** The privacy centre, data export, deletion and sessions: only one's own. */
export const canManageAccount = (v: V, accountId: string) => v !== null && v.id === accountId;

/** Security events about an account: the person themselves, and administrators. */
export const canViewAuditOf = (v: V, accountId: string) =>
  canManageAccount(v, accountId) || isAdmin(v);

/** Anyone signed in may ask to be verified as a professional (not while verified). */
export const canSubmitProfessionalProfile = (v: V) =>
  v !== null && v.professional !== 'verified' && v.professional !== 'pending';

/** The administrators' area: queue of professionals, accounts, listing reports. */
export const canUseAdmin = (v: V) => isAdmin(v);

export const canReviewProfessionals = (v: V) => isAdmin(v);

/**
 * The "Administration" link in the navigation: anyone with the role, two-step sign-in on or not
 * (the area itself then tells them to turn it on, rather than the link silently missing).
 */
export const canSeeAdminLink = (v: V) => v !== null && v.role === 'admin';

/** Deciding one professional's profile: an administrator, never on their own. */
export const canDecideProfessional = (v: V, profileUserId: string) =>
  isAdmin(v) && v.id !== profileUserId;

/** Disabling an account or changing a role: administrators, never on themselves. */
export const canModerateAccount = (v: V, accountId: string) => isAdmin(v) && v.id !== accountId;

/** Acting as a professional (creating therapy groups, reading intake answers later). */
export const canActAsProfessional = (v: V) => isVerifiedProfessional(v);

/** Why a staff member cannot use their role yet, for a helpful message. */
export function staffBlocker(v: V): 'two_factor_required' | null {
  if (!v) return null;
  const staffish = v.role === 'admin' || v.professional === 'verified';
  return staffish && !v.twoFactorEnabled ? 'two_factor_required' : null;
}
