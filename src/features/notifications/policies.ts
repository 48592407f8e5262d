import type { Viewer } from '../accounts/viewer.js';

/** What the policy needs to know of one notification. */
export type NotificationFacts = {
  userId: string;
  audience: 'leaders' | 'self';
  /** Whether the recipient still leads the notification's group. */
  stillLeads: boolean;
};

/**
 * `notification.read`: a notification is its recipient's alone; one about a group's people is
 * shown only while the recipient still leads that group (who asked to join a grief group is
 * health information, and a co-leader who stepped down no longer holds it).
 */
export function mayReadNotification(viewer: Pick<Viewer, 'id'> | null, n: NotificationFacts) {
  if (!viewer || viewer.id !== n.userId) return false;
  return n.audience === 'self' || n.stillLeads;
}
