import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { groups } from './directory.js';

/*
 * Safety alerts (docs/safety.md): one row each time writing was assessed `urgent` or `concern`,
 * or a member said they were worried about what someone wrote. The row says who, when, which
 * item and why; never the words, which stay where they were written (an application, a thread
 * message, later a room message or a board post) and are read from there, under the alert's
 * policy, when a leader opens the alert.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

export const safetyAlerts = pgTable(
  'safety_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level', { enum: ['urgent', 'concern'] }).notNull(),
    /** `assessed`: the assessment module flagged it; `worried`: a person raised it by hand. */
    source: text('source', { enum: ['assessed', 'worried'] }).notNull(),
    /** What was written, as a kind of item and its id (safety/sources.ts reads it back). */
    itemKind: text('item_kind').notNull(),
    itemId: text('item_id').notNull(),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'set null' }),
    /** The person who wrote it: the one who may need help. */
    subjectId: text('subject_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who pressed "worried about someone" (null for assessed alerts); never shown to the writer. */
    raisedBy: text('raised_by').references(() => users.id, { onDelete: 'set null' }),
    /** The assessment's signal codes (plan, means, ideation ...), not the words. */
    signals: text('signals').array().notNull().default(sql`'{}'::text[]`),
    createdAt: at('created_at').notNull().defaultNow(),
    acknowledgedAt: at('acknowledged_at'),
    acknowledgedBy: text('acknowledged_by').references(() => users.id, { onDelete: 'set null' }),
    /** When an unacknowledged urgent alert went to the administrators. */
    escalatedAt: at('escalated_at'),
  },
  (t) => [
    index('safety_alerts_created_idx').on(t.createdAt.desc()),
    index('safety_alerts_open_idx').on(t.groupId).where(sql`${t.acknowledgedAt} IS NULL`),
  ],
);
