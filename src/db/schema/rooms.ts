import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
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
 * Group rooms (docs/rooms.md, ADR 31): where an online or hybrid group meets in writing. A
 * session is one opening of a group's room (a meeting, or a leader opening it at another time);
 * its events are the messages and the changes everyone's screen must follow, in the order of
 * their ids, which the server-sent events stream uses as its event ids. Messages are deleted
 * when the session closes unless the group keeps them (for members, up to 7 days).
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A group's room rules: how long messages are kept for members after the room closes. */
export const roomSettings = pgTable(
  'room_settings',
  {
    groupId: uuid('group_id')
      .primaryKey()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** 0: deleted when the room closes ("what is said here stays here"); at most 7. */
    keepDays: integer('keep_days').notNull().default(0),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('room_settings_keep_days', sql`${t.keepDays} BETWEEN 0 AND 7`)],
);

export const roomSessions = pgTable(
  'room_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** The meeting this opening serves (attendance is marked for it); null for other times. */
    meetingStartsAt: at('meeting_starts_at'),
    openedAt: at('opened_at').notNull().defaultNow(),
    /** A leader who opened it by hand; null when the meeting's time opened it. */
    openedBy: text('opened_by').references(() => users.id, { onDelete: 'set null' }),
    /** When it closes by itself: the meeting's end plus 30 minutes, or 3 hours after a hand opening. */
    closesAt: at('closes_at').notNull(),
    closedAt: at('closed_at'),
    /** Until when members may still read its messages; null once they are deleted. */
    keepUntil: at('keep_until'),
    locked: boolean('locked').notNull().default(false),
    paused: boolean('paused').notNull().default(false),
    sharingNow: text('sharing_now').references(() => users.id, { onDelete: 'set null' }),
    /** The talking order after whoever is sharing now, as the facilitator set it. */
    queue: text('queue').array().notNull().default(sql`'{}'`),
    pinnedEventId: bigint('pinned_event_id', { mode: 'number' }),
  },
  (t) => [
    // One open session per group: opening is idempotent across instances.
    uniqueIndex('room_sessions_open_key').on(t.groupId).where(sql`closed_at IS NULL`),
    index('room_sessions_group_idx').on(t.groupId, t.openedAt),
  ],
);

export const roomPeople = pgTable(
  'room_people',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => roomSessions.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The display name shown in the room (never an e-mail address). */
    name: text('name').notNull(),
    /** waiting: a drop-in visitor not yet admitted; in: admitted; removed: out of this meeting. */
    state: text('state', { enum: ['waiting', 'in', 'removed'] }).notNull(),
    muted: boolean('muted').notNull().default(false),
    handRaisedAt: at('hand_raised_at'),
    /** Open event streams, across instances: "here" when above zero. */
    streams: integer('streams').notNull().default(0),
    enteredAt: at('entered_at').notNull().defaultNow(),
    /** The last page view or post: "here" for people without a stream (no JavaScript). */
    seenAt: at('seen_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

export const roomEvents = pgTable(
  'room_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => roomSessions.id, { onDelete: 'cascade' }),
    /**
     * message: someone wrote; state: the room's state changed (people, order, lock, pin...);
     * alert: a private notice to the facilitators; removed / ended: streams close.
     */
    kind: text('kind', { enum: ['message', 'state', 'alert', 'removed', 'ended'] }).notNull(),
    /** Who sees it: 'all' admitted people, 'leaders', or one person ('user:ID'). */
    audience: text('audience').notNull().default('all'),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name'),
    body: text('body'),
    /** A message in the waiting room, between one visitor (in `audience`) and the facilitators. */
    waiting: boolean('waiting').notNull().default(false),
    /** An urgent message held for the facilitators until one of them releases it. */
    held: boolean('held').notNull().default(false),
    data: jsonb('data').$type<Record<string, unknown>>(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('room_events_session_idx').on(t.sessionId, t.id)],
);

/** A reported room message, kept as it was for the moderators after the room's messages go. */
export const roomReports = pgTable('room_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  groupId: uuid('group_id')
    .notNull()
    .references(() => groups.id, { onDelete: 'cascade' }),
  eventId: bigint('event_id', { mode: 'number' }).notNull(),
  authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
  authorName: text('author_name').notNull(),
  body: text('body').notNull(),
  reason: text('reason').notNull(),
  reportedBy: text('reported_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: at('created_at').notNull().defaultNow(),
  resolvedAt: at('resolved_at'),
  resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
});
