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
} as const satisfies Record<string, { audience: 'leaders' | 'self'; to: 'people' | 'listing' }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const isNotificationKind = (value: string): value is NotificationKind =>
  Object.hasOwn(NOTIFICATION_KINDS, value);

/** The page a notification opens: the group's people (requests) or its listing, for leaders. */
export function notificationHref(kind: NotificationKind, slug: string | null): string {
  if (!slug) return '/notifications';
  return NOTIFICATION_KINDS[kind].to === 'people' ? `/lead/${slug}/people` : `/lead/${slug}`;
}
