import { isAdmin, isSignedIn, isVerifiedProfessional } from '../accounts/policies.js';
import type { Viewer } from '../accounts/viewer.js';
import type { OrgAccess } from './access.js';

/**
 * Who may do what with organisation accounts (docs/organisations.md), as named functions;
 * organisations.test.ts checks them as a matrix over the routes. Organisation roles reach a
 * group's listing and feeds only: never its members, board, notes or measures.
 */
type V = Viewer | null;
type O = OrgAccess;

/** Starting an organisation account with a name no listing uses yet: anyone signed in. */
export const canCreateOrganisation = (v: V): v is Viewer => isSignedIn(v);

/** Editing its groups' listings, running its feeds, publishing its contacts: owners and editors. */
export const canEditOrganisation = (v: V, o: O): v is Viewer => v !== null && o.role !== null;

/** Its name, kind, address and description, and its people: owners. */
export const canManageOrganisation = (v: V, o: O): v is Viewer => v !== null && o.role === 'owner';

/**
 * Asking to run an organisation that listings already name and nobody runs yet: anyone signed in
 * who is not already in it. An administrator decides.
 */
export const canClaimOrganisation = (v: V, o: O): v is Viewer =>
  v !== null && o.claimedAt === null && o.role === null;

/** Opening and accepting an invitation link: anyone signed in (the link is the key). */
export const canAcceptInvite = (v: V): v is Viewer => isSignedIn(v);

/** Verifying organisations, deciding claims, handing over an import's listings: administrators. */
export const canReviewOrganisations = (v: V) => isAdmin(v);

/** Showing one's therapist profile on the organisation's page: its verified professionals. */
export const canShowProfileThere = (v: V, o: O): v is Viewer =>
  canEditOrganisation(v, o) && isVerifiedProfessional(v);
