import { isAdmin, isVerifiedProfessional } from '../accounts/policies.js';
import type { Viewer } from '../accounts/viewer.js';

/** What the policy needs to know of one alert and one viewer. */
export type AlertFacts = {
  /** The viewer is one of the alert's group's leaders. */
  leads: boolean;
  /** The group's kind: a therapy group is led only with a current licence. */
  groupKind: 'support' | 'therapy' | null;
};

/** Leading the alert's group now (membership's canLeadGroup, from the alert's own facts). */
export const leadsAlertGroup = (viewer: Viewer | null, alert: AlertFacts): viewer is Viewer =>
  viewer !== null &&
  alert.leads &&
  (alert.groupKind === 'support' || isVerifiedProfessional(viewer));

/**
 * `safety.alert.handle`: reading an alert (and what was written) and acknowledging it, for the
 * people responsible: the group's current leaders, and administrators (the fallback when nobody
 * leads it, and where urgent alerts escalate). Never the writer, never the member who raised it.
 */
export function mayHandleAlert(viewer: Viewer | null, alert: AlertFacts): viewer is Viewer {
  return leadsAlertGroup(viewer, alert) || isAdmin(viewer);
}

/** `safety.alerts.overview`: the list of every alert with its times, for administrators. */
export const mayOverseeAlerts = (viewer: Viewer | null) => isAdmin(viewer);
