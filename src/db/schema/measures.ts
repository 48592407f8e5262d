import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { groups } from './directory.js';

/*
 * Outcome measures in therapy groups (docs/measures.md): PHQ-9 and GAD-7 sent to members who
 * consented, on the cadence the group's therapists chose. Answers and scores are health
 * information: they live only sealed (AES-256-GCM, the response's id bound in) in
 * measure_responses.sealed. No column here says what anyone answered or scored.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

export const INSTRUMENTS = ['phq9', 'gad7'] as const;
export const CADENCES = ['every', 'every_other', 'start_end', 'off'] as const;

/** A member's consent to be sent measures in one group; withdrawing keeps the row. */
export const measureConsents = pgTable(
  'measure_consents',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    givenAt: at('given_at').notNull().defaultNow(),
    withdrawnAt: at('withdrawn_at'),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] })],
);

/** What a group's therapists chose: which measures, how often. No row: not measuring. */
export const measureSchedules = pgTable(
  'measure_schedules',
  {
    groupId: uuid('group_id')
      .primaryKey()
      .references(() => groups.id, { onDelete: 'cascade' }),
    instruments: text('instruments').array().notNull(),
    cadence: text('cadence', { enum: CADENCES }).notNull(),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('measure_schedules_instruments', sql`${t.instruments} <@ ARRAY['phq9','gad7']::text[]`),
  ],
);

/**
 * Each session the scheduler looked at, and whether it is a measured one. Occurrences are
 * deleted a day after they end, so this is where "the session before" is remembered (every
 * other session alternates on it).
 */
export const measureSessions = pgTable(
  'measure_sessions',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    startsAt: at('starts_at').notNull(),
    measured: boolean('measured').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.startsAt] })],
);

/** One measure asked of one member before one session. */
export const measureRequests = pgTable(
  'measure_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    instrument: text('instrument', { enum: INSTRUMENTS }).notNull(),
    /** The session it is for. */
    startsAt: at('starts_at').notNull(),
    sentAt: at('sent_at').notNull().defaultNow(),
    answeredAt: at('answered_at'),
    /** Consent withdrawn while it was open: it can no longer be answered. */
    cancelledAt: at('cancelled_at'),
  },
  (t) => [
    uniqueIndex('measure_requests_once').on(t.groupId, t.userId, t.instrument, t.startsAt),
    index('measure_requests_person').on(t.userId, t.groupId),
  ],
);

/** The answers and the score, sealed together; the row's id is the associated data. */
export const measureResponses = pgTable('measure_responses', {
  id: uuid('id').primaryKey().defaultRandom(),
  requestId: uuid('request_id')
    .notNull()
    .unique()
    .references(() => measureRequests.id, { onDelete: 'cascade' }),
  sealed: text('sealed').notNull(),
});
