import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { groups } from './directory.js';

/*
 * The notification centre (ADR 19): one row per thing a person is told. Features call
 * notifications/notify.ts inside the transaction of the change, so a notice exists exactly when
 * the change does; e-mail follows through the jobs table by the person's choice.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What happened, one of notifications/kinds.ts (the text is drawn when it is shown). */
    kind: text('kind').notNull(),
    /**
     * Who may still see it: `leaders` notices are shown only while the person leads the group
     * (one who stepped down no longer learns who asked to join it); `self` ones always.
     */
    audience: text('audience', { enum: ['leaders', 'members', 'self'] }).notNull(),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    /** The person who caused it, shown by their current display name; gone with their account. */
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Small, non-identifying details a kind needs (never free text a person wrote). */
    data: jsonb('data').$type<Record<string, string>>().notNull().default({}),
    createdAt: at('created_at').notNull().defaultNow(),
    readAt: at('read_at'),
    mailedAt: at('mailed_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt.desc()),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} IS NULL`),
  ],
);
