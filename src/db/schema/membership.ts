import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgSequence,
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
 * Running and joining groups (issue 6). A group found in the directory becomes a group people
 * belong to: leaders with accounts, members, requests and applications, meetings people say
 * they will attend, and who came. Membership in a grief or addiction group is health
 * information: only the group's leaders see who belongs (see membership/policies.ts).
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

/** Who runs a group: the creator is its owner; co-leaders join by invitation. */
export const groupLeaders = pgTable(
  'group_leaders',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'co_leader'] }).notNull(),
    addedAt: at('added_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.userId] }),
    index('group_leaders_user_idx').on(t.userId),
  ],
);

/**
 * An invitation to co-lead. Only a hash of the mailed token and a hash of the address are kept:
 * the invitee accepts while signed in to the account with that address.
 */
export const leaderInvitations = pgTable('leader_invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  groupId: uuid('group_id')
    .notNull()
    .references(() => groups.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  emailHash: text('email_hash').notNull(),
  invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
  expiresAt: at('expires_at').notNull(),
  acceptedAt: at('accepted_at'),
  createdAt: at('created_at').notNull().defaultNow(),
});

/**
 * The group's confidentiality agreement, versioned: members accept a version, and a new version
 * asks them to accept again.
 */
export const groupAgreements = pgTable(
  'group_agreements',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.version] })],
);

/** The intake questionnaire a therapist defines for an application group. */
export const intakeQuestions = pgTable(
  'intake_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    type: text('type', {
      enum: ['short_text', 'long_text', 'single_choice', 'multiple_choice', 'yes_no'],
    }).notNull(),
    prompt: text('prompt').notNull(),
    help: text('help'),
    options: jsonb('options').$type<string[]>().notNull().default(sql`'[]'`),
    required: boolean('required').notNull().default(true),
    /** Retired questions stay for answers already given, but are no longer asked. */
    retiredAt: at('retired_at'),
  },
  (t) => [index('intake_questions_group_idx').on(t.groupId, t.position)],
);

export const MEMBERSHIP_STATUSES = [
  /** approval groups: waiting for a leader */
  'requested',
  /** application groups: submitted, then being screened */
  'applied',
  'screening',
  /** no seat yet; offered one in arrival order */
  'waitlisted',
  /** a seat is held for a limited time (offer_expires_at) */
  'offered',
  'member',
  'declined',
  'left',
  'removed',
] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** Arrival order for waitlists: taken when a person asks, before any lock is waited for. */
export const waitlistSequence = pgSequence('membership_arrival_seq');

/** One person's standing in one group (one row per pair; history lives in audit and notes). */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: MEMBERSHIP_STATUSES }).notNull(),
    /** When the person asked (from membership_arrival_seq): the waitlist's order. */
    arrival: bigint('arrival', { mode: 'number' }).notNull(),
    /** Optional note with a request, seen by the leaders. */
    message: text('message'),
    /** Intake answers, AES-256-GCM with INTAKE_KEY (membership/intake-crypto.ts). */
    intakeCiphertext: text('intake_ciphertext'),
    agreementVersion: integer('agreement_version'),
    /** A decline's note to the person, and other groups suggested to them (slugs). */
    decisionNote: text('decision_note'),
    referrals: text('referrals').array().notNull().default(sql`'{}'`),
    /** Why a leader removed the person: for the leaders only. */
    removalReason: text('removal_reason'),
    offerExpiresAt: at('offer_expires_at'),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: at('decided_at'),
    joinedAt: at('joined_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('memberships_group_user_key').on(t.groupId, t.userId),
    index('memberships_user_idx').on(t.userId),
    index('memberships_group_status_idx').on(t.groupId, t.status, t.arrival),
  ],
);

/**
 * One meeting changed by a leader: cancelled, or moved to another time. The original time is
 * left out of the rule (EXDATE); a moved meeting is added as a one-off schedule.
 */
export const meetingChanges = pgTable(
  'meeting_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    originalStartsAt: at('original_starts_at').notNull(),
    kind: text('kind', { enum: ['cancelled', 'moved'] }).notNull(),
    newStartsAt: at('new_starts_at'),
    newEndsAt: at('new_ends_at'),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('meeting_changes_original_key').on(t.groupId, t.originalStartsAt)],
);

/** "Going" or "not going" to one meeting (a group and a start time). */
export const rsvps = pgTable(
  'rsvps',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startsAt: at('starts_at').notNull(),
    going: boolean('going').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.startsAt, t.userId] }),
    index('rsvps_user_idx').on(t.userId, t.startsAt),
  ],
);

/** Who came to a meeting, as a leader recorded it. */
export const attendance = pgTable(
  'attendance',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startsAt: at('starts_at').notNull(),
    present: boolean('present').notNull(),
    recordedBy: text('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.startsAt, t.userId] })],
);

/** A person's private calendar feed: only a hash of the secret in its URL is kept. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: at('created_at').notNull().defaultNow(),
});
