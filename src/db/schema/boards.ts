import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
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
 * Group boards (docs/community.md, ADR 32): where a group's members talk between meetings.
 * Threads hold posts; a post is shown, held (waiting for a leader: an urgent assessment, or a
 * new member's first post where the group asks for that), hidden (by reports or a moderator)
 * or deleted (by its author or a moderator; its words are wiped). Reports, penalties and the
 * moderation log are kept per group; a penalty with no group applies on every board.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

export const POST_STATES = ['visible', 'held', 'hidden', 'deleted'] as const;
export const REPORT_REASONS = ['crisis', 'harassment', 'spam', 'off_topic', 'other'] as const;
export const PENALTY_RUNGS = ['warning', 'mute_24h', 'mute_72h', 'mute_7d', 'removal'] as const;
export const MAIL_CHOICES = ['now', 'daily', 'off'] as const;

/** A group's board rules, chosen by its leaders. */
export const boardSettings = pgTable('board_settings', {
  groupId: uuid('group_id')
    .primaryKey()
    .references(() => groups.id, { onDelete: 'cascade' }),
  /** New members post at once, or after the first meeting they attended. */
  newMembers: text('new_members', { enum: ['at_once', 'after_first_meeting'] })
    .notNull()
    .default('at_once'),
  /** Hold a person's posts for a leader until one of theirs has been approved. */
  holdFirstPosts: boolean('hold_first_posts').notNull().default(false),
  updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const boardThreads = pgTable(
  'board_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** Null once the author deleted their account and chose to leave their posts. */
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    pinned: boolean('pinned').notNull().default(false),
    /** Closed: no new replies. Locked: no replies, and authors can no longer edit or delete. */
    closed: boolean('closed').notNull().default(false),
    locked: boolean('locked').notNull().default(false),
    /** Slow mode: one post per person per this many minutes (0: off; leaders are exempt). */
    slowMinutes: integer('slow_minutes').notNull().default(0),
    createdAt: at('created_at').notNull().defaultNow(),
    lastPostAt: at('last_post_at').notNull().defaultNow(),
  },
  (t) => [
    index('board_threads_group_idx').on(t.groupId, t.pinned, t.lastPostAt),
    check('board_threads_slow', sql`${t.slowMinutes} BETWEEN 0 AND 1440`),
  ],
);

export const boardPosts = pgTable(
  'board_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => boardThreads.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** The display name when written; "former member" replaces it on the page once authorId is null. */
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    /** The thread's opening post. */
    opening: boolean('opening').notNull().default(false),
    state: text('state', { enum: POST_STATES }).notNull().default('visible'),
    /** Why a post is held or hidden: urgent, first_posts, reports, moderator. */
    reason: text('reason'),
    createdAt: at('created_at').notNull().defaultNow(),
    editedAt: at('edited_at'),
  },
  (t) => [
    index('board_posts_thread_idx').on(t.threadId, t.createdAt),
    index('board_posts_author_idx').on(t.authorId, t.groupId),
    index('board_posts_review_idx').on(t.groupId, t.state),
  ],
);

export const boardFollows = pgTable(
  'board_follows',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => boardThreads.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] })],
);

/** How a member hears of a board, per group: replies to followed threads, and new threads. */
export const boardPreferences = pgTable(
  'board_preferences',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    replies: text('replies', { enum: MAIL_CHOICES }).notNull().default('now'),
    newThreads: text('new_threads', { enum: MAIL_CHOICES }).notNull().default('daily'),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] })],
);

export const boardReports = pgTable(
  'board_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => boardPosts.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** Never shown to the post's author, nor to anyone but the moderators. */
    reporterId: text('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    byLeader: boolean('by_leader').notNull().default(false),
    reason: text('reason', { enum: REPORT_REASONS }).notNull(),
    note: text('note').notNull().default(''),
    /** The post's words when reported, for the moderators: its author may delete or edit it. */
    snapshot: text('snapshot').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    resolvedAt: at('resolved_at'),
    decision: text('decision', { enum: ['keep', 'hide', 'delete'] }),
  },
  (t) => [
    uniqueIndex('board_reports_once').on(t.postId, t.reporterId),
    index('board_reports_open_idx').on(t.groupId, t.resolvedAt),
  ],
);

export const boardPenalties = pgTable(
  'board_penalties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null: given by an administrator, on every board. */
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rung: text('rung', { enum: PENALTY_RUNGS }).notNull(),
    /** Until when a mute lasts; null for a warning, a removal or a site-wide removal. */
    endsAt: at('ends_at'),
    reason: text('reason').notNull(),
    postId: uuid('post_id').references(() => boardPosts.id, { onDelete: 'set null' }),
    givenBy: text('given_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    liftedAt: at('lifted_at'),
  },
  (t) => [index('board_penalties_user_idx').on(t.userId, t.groupId)],
);

/** What the moderators did, with why: the per-group log its leaders read. */
export const boardModerationLog = pgTable(
  'board_moderation_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    threadId: uuid('thread_id'),
    postId: uuid('post_id'),
    subjectId: text('subject_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('board_moderation_log_group_idx').on(t.groupId, t.at)],
);
