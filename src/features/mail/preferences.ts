/**
 * The group e-mails a person can switch off, stored in `users.notifications` (the account
 * page's "E-mail me" boxes). An absent key means on: nobody has to opt in to reminders.
 */
export const GROUP_MAIL_KINDS = ['reminder24h', 'reminder1h', 'groupNotices'] as const;
export type GroupMailKind = (typeof GROUP_MAIL_KINDS)[number];

export const isGroupMailKind = (value: unknown): value is GroupMailKind =>
  typeof value === 'string' && (GROUP_MAIL_KINDS as readonly string[]).includes(value);

/**
 * Whether the person wants this kind of mail. Before changed meetings and decisions were one
 * preference, the notices box was saved as `groupNews`; a saved "off" there still counts.
 */
export function wantsMail(notifications: Record<string, boolean>, kind: GroupMailKind): boolean {
  const saved =
    notifications[kind] ?? (kind === 'groupNotices' ? notifications.groupNews : undefined);
  return saved !== false;
}
