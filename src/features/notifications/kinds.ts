/**
 * Every kind of notification, with who it is for and where it leads. A feature that tells
 * people something adds its kind here (and its words in messages.ts), then calls `notify`.
 */
export const NOTIFICATION_KINDS = {
  join_requested: { audience: 'leaders', to: 'people' },
  applied: { audience: 'leaders', to: 'people' },
  request_withdrawn: { audience: 'leaders', to: 'people' },
  offer_declined: { audience: 'leaders', to: 'people' },
  member_left: { audience: 'leaders', to: 'people' },
  listing_reported: { audience: 'leaders', to: 'listing' },
  member_wrote: { audience: 'leaders', to: 'thread' },
  leaders_replied: { audience: 'self', to: 'own-thread' },
  // Boards (docs/community.md): 'members' notices are for people who still belong or lead.
  board_reply: { audience: 'members', to: 'board' },
  board_thread: { audience: 'members', to: 'board' },
  board_review: { audience: 'leaders', to: 'moderation' },
  board_report_outcome: { audience: 'self', to: 'board' },
  board_warned: { audience: 'self', to: 'board' },
  board_muted: { audience: 'self', to: 'board' },
  board_removed: { audience: 'self', to: 'none' },
  listing_report_resolved: { audience: 'leaders', to: 'listing' },
  // Outcome measures (docs/measures.md): for members who still belong.
  measure_requested: { audience: 'members', to: 'measure' },
  // Safety alerts (docs/safety.md): mailed at once whatever the person's choice, see deliver.ts.
  safety_alert: { audience: 'leaders', to: 'alert' },
  safety_alert_unled: { audience: 'self', to: 'alert' },
  safety_escalated: { audience: 'self', to: 'alert' },
  // Managed feeds (features/feeds): for an organisation's owners and editors, about its feed.
  feed_held: { audience: 'self', to: 'feed' },
  feed_refused: { audience: 'self', to: 'feed' },
  feed_failed: { audience: 'self', to: 'feed' },
  // Organisation claims (features/organisations): the person who asked is told the decision.
  org_claim_approved: { audience: 'self', to: 'organisation' },
  org_claim_declined: { audience: 'self', to: 'organisation' },
} as const satisfies Record<
  string,
  {
    audience: 'leaders' | 'members' | 'self';
    to:
      | 'people'
      | 'listing'
      | 'thread'
      | 'own-thread'
      | 'alert'
      | 'board'
      | 'moderation'
      | 'measure'
      | 'feed'
      | 'organisation'
      | 'none';
  }
>;

/** Kinds about a person's safety: never held for a digest or turned off (ADR 29). */
export const isSafetyKind = (kind: string) => kind.startsWith('safety_');

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const isNotificationKind = (value: string): value is NotificationKind =>
  Object.hasOwn(NOTIFICATION_KINDS, value);

/**
 * The page a notification opens: for leaders, the group's people (requests), its listing, or
 * the thread the person who acted wrote in; for the person, their own thread with the leaders.
 */
export function notificationHref(
  kind: NotificationKind,
  slug: string | null,
  actorId: string | null = null,
  data: Record<string, string> = {},
): string {
  if (NOTIFICATION_KINDS[kind].to === 'alert') {
    return data.alert ? `/safety/alerts/${data.alert}` : '/notifications';
  }
  if (NOTIFICATION_KINDS[kind].to === 'feed') {
    return data.org
      ? `/orgs/${data.org}/feeds${data.run ? `#run-${data.run}` : ''}`
      : '/notifications';
  }
  if (NOTIFICATION_KINDS[kind].to === 'organisation') {
    return data.org
      ? `/orgs/${data.org}${kind === 'org_claim_approved' ? '/manage' : ''}`
      : '/notifications';
  }
  if (!slug) return '/notifications';
  switch (NOTIFICATION_KINDS[kind].to) {
    case 'people':
      return `/lead/${slug}/people`;
    case 'listing':
      return `/lead/${slug}`;
    case 'thread':
      return actorId ? `/lead/${slug}/threads/${actorId}` : `/lead/${slug}/threads`;
    case 'own-thread':
      return `/groups/${slug}/write`;
    case 'board':
      return data.thread ? `/groups/${slug}/board/t/${data.thread}` : `/groups/${slug}/board`;
    case 'moderation':
      return `/lead/${slug}/moderation`;
    case 'measure':
      return data.request ? `/groups/${slug}/measures/${data.request}` : `/groups/${slug}/measures`;
    default:
      return '/notifications';
  }
}
