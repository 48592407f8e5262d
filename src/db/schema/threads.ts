import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { groups } from './directory.js';

/*
 * Private threads between one person and the leaders of a group (docs/threads.md): a member who
 * wants to say something only the leaders should hear, or someone removed who thinks it was a
 * mistake. One thread per (group, person); other members never see it, administrators neither.
 * Not audited (a conversation is not a security event), but exported and deleted with the account.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

export const threadMessages = pgTable(
  'thread_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** Whose thread this is: the person writing to the leaders. Gone with their account. */
    personId: text('person_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Who wrote this message; null once a leader who wrote it deleted their account. */
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** Written by one of the leaders (true) or by the person (false). */
    fromLeaders: boolean('from_leaders').notNull(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    /** When the other side first opened it: the person for leaders' replies, any leader otherwise. */
    readAt: at('read_at'),
  },
  (t) => [index('thread_messages_thread_idx').on(t.groupId, t.personId, t.createdAt)],
);
