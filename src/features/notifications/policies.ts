import type { Viewer } from '../accounts/viewer.js';

/** What the policy needs to know of one notification. */
export type NotificationFacts = {
  userId: string;
  audience: 'leaders' | 'members' | 'self';
  /**
   * Whether the recipient is still in the notice's audience: for `leaders`, they still lead its
   * group; for `members` (a board's replies and threads), they still belong to it or lead it.
   */
  stillInAudience: boolean;
};

/**
 * `notification.read`: a notification is its recipient's alone; one about a group's people is
 * shown only while the recipient still leads that group (who asked to join a grief group is
 * health information, and a co-leader who stepped down no longer holds it); one about a group's
 * board only while they still belong to it.
 */
export function mayReadNotification(viewer: Pick<Viewer, 'id'> | null, n: NotificationFacts) {
  if (!viewer || viewer.id !== n.userId) return false;
  return n.audience === 'self' || n.stillInAudience;
}
