import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
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
import type { ContactInput, LeaderInput, ScheduleInput } from '../../features/directory/model.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** A 64-bit transaction id (pg_current_xact_id()). */
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });

/**
 * Who publishes groups: named by listings and imports ("listed by"), and, once someone claims
 * it, an organisation account with members (organisations/, docs/organisations.md). A claimed
 * organisation's name and address change only through its editors: a listing that names it
 * does not join it (commands.ts).
 */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  url: text('url'),
  /** Its public page, /orgs/{slug}; a trigger gives every new row one (migration 0019). */
  slug: text('slug')
    .notNull()
    .unique()
    .$defaultFn(() => sql`NULL`),
  kind: text('kind', { enum: ['intergroup', 'clinic', 'nonprofit', 'hospital', 'other'] })
    .notNull()
    .default('other'),
  description: text('description').notNull().default(''),
  /** When someone first became its owner; before that it is only a name listings use. */
  claimedAt: timestamp('claimed_at', { withTimezone: true }),
  /** Checked by an administrator: the badge on its page and its groups'. */
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    kind: text('kind', { enum: ['support', 'therapy'] }).notNull(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull().default(''),
    topics: text('topics').array().notNull().default(sql`'{}'`),
    audiences: text('audiences').array().notNull().default(sql`'{}'`),
    languages: text('languages').array().notNull().default(sql`'{}'`),
    accessibility: text('accessibility').array().notNull().default(sql`'{}'`),
    techniques: text('techniques').array().notNull().default(sql`'{}'`),
    mode: text('mode', { enum: ['in_person', 'online', 'hybrid'] }).notNull(),
    status: text('status', { enum: ['active', 'temporarily_closed', 'ended'] })
      .notNull()
      .default('active'),
    /** When a temporarily closed group expects to meet again, if its leaders said (a local date). */
    reopensOn: date('reopens_on', { mode: 'string' }),
    /**
     * A leader's draft is not published: it is missing from search, feeds and the API, and its
     * page answers only its leaders. Imported and demo listings are published.
     */
    published: boolean('published').notNull().default(true),
    /** Members may see one another's display names only when the leaders opt in. */
    showMemberNames: boolean('show_member_names').notNull().default(false),
    policy: text('policy', { enum: ['drop_in', 'approval', 'application'] }).notNull(),
    venue: text('venue'),
    address: text('address'),
    postalCode: text('postal_code'),
    city: text('city'),
    region: text('region'),
    country: text('country'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    locationApproximate: boolean('location_approximate').notNull().default(false),
    locationNotes: text('location_notes'),
    regions: text('regions').array().notNull().default(sql`'{}'`),
    onlineUrl: text('online_url'),
    onlinePhone: text('online_phone'),
    onlineNotes: text('online_notes'),
    onlineVisibility: text('online_visibility', { enum: ['public', 'members'] })
      .notNull()
      .default('members'),
    leaders: jsonb('leaders').$type<LeaderInput[]>().notNull().default(sql`'[]'`),
    capacity: integer('capacity'),
    /** Filled by memberships once they exist; seats left = capacity - seats_taken. */
    seatsTaken: integer('seats_taken').notNull().default(0),
    /** The `seats` filter as a column: planned from real statistics, and partially indexed. */
    hasSeats: boolean('has_seats').generatedAlwaysAs(
      sql`kind = 'therapy' AND capacity IS NOT NULL AND seats_taken < capacity`,
    ),
    costKind: text('cost_kind', { enum: ['free', 'donation', 'fixed', 'sliding_scale'] }).notNull(),
    costAmountCents: integer('cost_amount_cents'),
    costMinAmountCents: integer('cost_min_amount_cents'),
    costCurrency: text('cost_currency'),
    insurance: boolean('insurance').notNull().default(false),
    therapySessions: integer('therapy_sessions'),
    therapyStartDate: date('therapy_start_date'),
    therapyEndDate: date('therapy_end_date'),
    screening: boolean('screening').notNull().default(false),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    firstVisit: text('first_visit'),
    /** Private to administrators (imported contacts). */
    contacts: jsonb('contacts').$type<ContactInput[]>().notNull().default(sql`'[]'`),
    sourceName: text('source_name'),
    sourceId: text('source_id'),
    sourceUpdatedAt: timestamp('source_updated_at', { withTimezone: true }),
    /** Hash of the input a listing was saved from: a re-import can tell "unchanged" apart. */
    contentHash: text('content_hash').notNull().default(''),
    /** Topic labels (both languages), place names and leaders: what `q` should also match. */
    searchExtra: text('search_extra').notNull().default(''),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(search_extra, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(description, '')), 'C')`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('groups_slug_key').on(t.slug),
    uniqueIndex('groups_source_key').on(t.sourceName, t.sourceId),
    index('groups_search_idx').using('gin', t.search),
    index('groups_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('groups_topics_idx').using('gin', t.topics),
    index('groups_kind_mode_idx').on(t.kind, t.mode, t.status),
    index('groups_languages_idx').using('gin', t.languages),
  ],
);

export const groupSchedules = pgTable(
  'group_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    /** RFC 5545 RRULE value without the "RRULE:" prefix; null for a one-off meeting. */
    rrule: text('rrule'),
    /** Local wall-clock start of the first occurrence, 'YYYY-MM-DDTHH:MM' in `timezone`. */
    dtstart: text('dtstart').notNull(),
    timezone: text('timezone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    exdates: text('exdates').array().notNull().default(sql`'{}'`),
    /** The friendly shape it was created from, for edit forms and exports. */
    input: jsonb('input').$type<ScheduleInput>().notNull(),
    /** Occurrences exist up to this instant; the refresher extends the window from here. */
    expandedUntil: timestamp('expanded_until', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('group_schedules_group_idx').on(t.groupId),
    index('group_schedules_expanded_idx').on(t.expandedUntil),
  ],
);

/**
 * Occurrences for a rolling window (see ADR 6): day/time filters and "next meeting" read this
 * table through its indexes instead of expanding every rule at query time.
 */
export const groupOccurrences = pgTable(
  'group_occurrences',
  {
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => groupSchedules.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scheduleId, t.startsAt] }),
    index('group_occurrences_starts_idx').on(t.startsAt, t.groupId),
    index('group_occurrences_group_idx').on(t.groupId, t.startsAt),
  ],
);

/**
 * "Report outdated information": stored for administrators, who resolve it with an outcome
 * the group's leaders are told (boards/listing-reports.ts).
 */
export const listingReports = pgTable('listing_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  groupId: uuid('group_id')
    .notNull()
    .references(() => groups.id, { onDelete: 'cascade' }),
  problem: text('problem').notNull(),
  details: text('details').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  outcome: text('outcome', { enum: ['fixed', 'no_change'] }),
  resolvedBy: text('resolved_by'),
});

/**
 * Which groups changed, written by triggers on `groups` and `group_occurrences` (migrations 0006,
 * 0011): each process's in-memory search index reads it to catch up with writes made anywhere
 * (ADR 14). `txid` lets a reader that has seen every transaction before its snapshot's xmin skip
 * them. `what` is 'listing' when the listing's row changed (the index reloads it) and 'meetings'
 * when only meetings were added (the refresher extending a schedule: the index reads just those).
 */
export const directoryChanges = pgTable(
  'directory_changes',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    groupId: uuid('group_id').notNull(),
    txid: xid8('txid').notNull().default(sql`pg_current_xact_id()`),
    what: text('what', { enum: ['listing', 'meetings'] })
      .notNull()
      .default('listing'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('directory_changes_txid_idx').on(t.txid)],
);
