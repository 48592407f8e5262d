import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { groups, organisations } from './directory.js';

/*
 * Organisation accounts and their managed feeds (organisations/, feeds/; docs/organisations.md).
 * The organisation row itself lives with the directory, which names it on every listing.
 */

export const organisationMembers = pgTable(
  'organisation_members',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Owners manage people and feeds; editors edit the organisation's groups and run feeds. */
    role: text('role', { enum: ['owner', 'editor'] }).notNull(),
    /** A verified professional's choice to appear among the organisation's therapists. */
    showProfile: boolean('show_profile').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    index('organisation_members_user').on(t.userId),
  ],
);

/** An import source (groups.source_name) an organisation has claimed: its listings are the organisation's. */
export const organisationSources = pgTable('organisation_sources', {
  sourceName: text('source_name').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  claimedBy: text('claimed_by').references(() => users.id, { onDelete: 'set null' }),
  claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A Meeting Guide feed an organisation has registered; fetched on a schedule by a durable job. */
export const organisationFeeds = pgTable(
  'organisation_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    /** The zone of meetings whose records do not name one. */
    timezone: text('timezone').notNull(),
    /** groups.source_name of what this feed imports (claimed by the organisation). */
    sourceName: text('source_name').notNull().unique(),
    /** A run that would remove more than this share of the feed's listings waits for an editor. */
    removalLimitPercent: integer('removal_limit_percent').notNull().default(20),
    everyHours: integer('every_hours').notNull().default(24),
    etag: text('etag'),
    lastModified: text('last_modified'),
    nextFetchAt: timestamp('next_fetch_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('organisation_feeds_limit', sql`${t.removalLimitPercent} BETWEEN 0 AND 100`),
    check('organisation_feeds_every', sql`${t.everyHours} BETWEEN 1 AND 168`),
  ],
);

export type FeedRunOutcome =
  | 'applied'
  | 'not_modified'
  | 'held'
  | 'confirmed'
  | 'discarded'
  | 'refused'
  | 'failed';

export type FeedRunWarning = { index: number; slug?: string; field?: string; message: string };

/** One fetch of a managed feed: what came back, what it would change and what was done. */
export const feedRuns = pgTable(
  'feed_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    feedId: uuid('feed_id')
      .notNull()
      .references(() => organisationFeeds.id, { onDelete: 'cascade' }),
    trigger: text('trigger', { enum: ['schedule', 'editor'] }).notNull(),
    outcome: text('outcome').$type<FeedRunOutcome>().notNull(),
    httpStatus: integer('http_status'),
    bytes: integer('bytes'),
    added: integer('added').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    removed: integer('removed').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    warnings: jsonb('warnings').$type<FeedRunWarning[]>().notNull().default(sql`'[]'`),
    /** Why a run was refused or failed, in plain words. */
    error: text('error'),
    /** A held run's feed, kept until an editor confirms or discards it, then cleared. */
    heldBody: text('held_body'),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('feed_runs_feed').on(t.feedId, t.startedAt)],
);

/**
 * A link an owner shares to bring someone in as owner or editor: only its hash is stored, it
 * works once and for a week. Links rather than e-mail look-ups, so adding people never reveals
 * who has an account.
 */
export const organisationInvites = pgTable('organisation_invites', {
  tokenHash: text('token_hash').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['owner', 'editor'] }).notNull(),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  acceptedBy: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
  acceptedAt: timestamp('accepted_at', { withTimezone: true }),
});

/**
 * Someone asking to run an organisation that listings already name (an import's "listed by"):
 * an administrator decides, because the claim hands over every listing that names it.
 */
export const organisationClaims = pgTable(
  'organisation_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Who they are to the organisation, for the administrator to check. */
    message: text('message').notNull(),
    outcome: text('outcome', { enum: ['approved', 'declined'] }),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisation_claims_open').on(t.organisationId, t.outcome)],
);

/**
 * An imported contact (groups.contacts, private by default) its organisation chose to publish in
 * its own Meeting Guide feed. Keyed by a hash of the contact, so the choice survives re-imports
 * of the same person and lapses when the feed names someone else.
 */
export const organisationPublicContacts = pgTable(
  'organisation_public_contacts',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    contactKey: text('contact_key').notNull(),
    markedBy: text('marked_by').references(() => users.id, { onDelete: 'set null' }),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.contactKey] })],
);
