import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { groups } from './directory.js';

/*
 * A therapy group's session plans (therapists/, docs/therapists.md): one per session number,
 * with its title, goals, technique or module, agenda and materials. Members see the next
 * session's plan when the therapist shares it.
 */

export const sessionPlans = pgTable(
  'session_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** 1 for the first session; a plan follows the order of the group's meetings. */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    goals: text('goals').notNull().default(''),
    technique: text('technique').notNull().default(''),
    agenda: text('agenda').array().notNull().default(sql`'{}'`),
    materials: text('materials').notNull().default(''),
    shared: boolean('shared').notNull().default(false),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('session_plans_number').on(t.groupId, t.number),
    check('session_plans_number_range', sql`${t.number} BETWEEN 1 AND 200`),
  ],
);
