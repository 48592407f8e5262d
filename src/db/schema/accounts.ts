import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/*
 * Accounts. The first five tables belong to better-auth: their TypeScript property names are the
 * field names better-auth expects (it reaches them through the Drizzle adapter), the SQL names
 * follow our snake_case. Columns better-auth does not know about (role, profile, disabled_at,
 * last_active_at) are ours and are written only by our own commands.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

export const ROLES = ['member', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** The display name: a pseudonym is encouraged, a real name never required. */
    name: text('name').notNull(),
    email: text('email').notNull().unique(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
    role: text('role', { enum: ROLES }).notNull().default('member'),
    firstName: text('first_name'),
    pronouns: text('pronouns'),
    locale: text('locale'),
    timezone: text('timezone'),
    /** Which e-mails the person wants, by kind; absent means the default (on). */
    notifications: jsonb('notifications').$type<Record<string, boolean>>().notNull().default({}),
    /** How notifications (notifications/) reach the person by e-mail: at once, daily, or not. */
    notificationMail: text('notification_mail', { enum: ['now', 'daily', 'off'] })
      .notNull()
      .default('now'),
    disabledAt: at('disabled_at'),
    /** Hashes of the browsers this account has signed in from (for new-device alerts). */
    knownDevices: text('known_devices').array().notNull().default(sql`'{}'`),
    /** When the person accepted the peer leader's pledge (needed to create a support group). */
    leaderPledgeAt: at('leader_pledge_at'),
  },
  (t) => [check('users_role_check', sql`${t.role} IN ('member', 'admin')`)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: at('expires_at').notNull(),
    token: text('token').notNull().unique(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Ours: the last request made with this session, for the inactivity timeout. */
    lastActiveAt: at('last_active_at').notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: at('access_token_expires_at'),
    refreshTokenExpiresAt: at('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('auth_accounts_user_idx').on(t.userId)],
);

export const verifications = pgTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: at('expires_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

export const twoFactors = pgTable(
  'two_factors',
  {
    id: text('id').primaryKey(),
    secret: text('secret').notNull(),
    backupCodes: text('backup_codes').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    verified: boolean('verified').notNull().default(true),
    failedVerificationCount: integer('failed_verification_count').notNull().default(0),
    lockedUntil: at('locked_until'),
  },
  (t) => [index('two_factors_user_idx').on(t.userId)],
);

export const PROFESSIONAL_STATUSES = ['pending', 'verified', 'declined'] as const;

/** A professional's licence, checked by an administrator before the role applies. */
export const professionalProfiles = pgTable(
  'professional_profiles',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    licenceType: text('licence_type').notNull(),
    licenceNumber: text('licence_number').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    expiresOn: date('expires_on').notNull(),
    modalities: text('modalities').array().notNull().default(sql`'{}'`),
    bio: text('bio').notNull().default(''),
    status: text('status', { enum: PROFESSIONAL_STATUSES }).notNull().default('pending'),
    decisionReason: text('decision_reason'),
    submittedAt: at('submitted_at').notNull().defaultNow(),
    decidedAt: at('decided_at'),
    decidedBy: text('decided_by'),
    /*
     * The public profile (therapists/, docs/therapists.md): what the professional chose to show
     * at /therapists/{slug}. Licence type, jurisdiction and dates are the badge and always shown
     * while listed; the licence number never is.
     */
    slug: text('slug').unique(),
    listed: boolean('listed').notNull().default(false),
    showGroups: boolean('show_groups').notNull().default(true),
    topics: text('topics').array().notNull().default(sql`'{}'`),
    languages: text('languages').array().notNull().default(sql`'{}'`),
    city: text('city').notNull().default(''),
    region: text('region').notNull().default(''),
    country: text('country').notNull().default(''),
    online: boolean('online').notNull().default(false),
  },
  (t) => [index('professional_profiles_status_idx').on(t.status, t.submittedAt)],
);

/**
 * Security events, append-only: a trigger (migration audit_append_only) refuses UPDATE, DELETE
 * and TRUNCATE, and on PostgreSQL the app's role may not change the table at all. Each row is
 * a link of a hash chain (`chain_pos`, `prev_hash`, `hash`, computed by the database function
 * audit_digest): `npm run audit:verify` finds any edited, removed or inserted row. Actor and
 * target are account ids with no foreign key, so the record outlives a deleted account
 * without naming the person.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: at('at').notNull().defaultNow(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: inet('ip'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
    chainPos: bigint('chain_pos', { mode: 'number' }).notNull().unique(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_target_idx').on(t.targetId, t.at),
    index('audit_events_actor_idx').on(t.actorId, t.at),
  ],
);

/** The head of the audit chain: one row, locked by each append so links never fork. */
export const auditChain = pgTable(
  'audit_chain',
  {
    id: integer('id').primaryKey(),
    length: bigint('length', { mode: 'number' }).notNull(),
    head: text('head').notNull(),
  },
  (t) => [check('audit_chain_one_row', sql`${t.id} = 1`)],
);

/**
 * Counters behind the abuse limits (sign-in, two-step, sign-up, reset, reports, mail-sending
 * forms, the API), shared by every instance on one PostgreSQL database. Keys are keyed hashes
 * (never raw addresses). Unlogged: a crash forgets them, which costs nothing worth a WAL write
 * per request. With PGlite (one process) the same counters live in memory.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    windowStart: at('window_start').notNull(),
    count: integer('count').notNull(),
    lastAt: at('last_at').notNull(),
    /** The time of the count before the last: a refused attempt is taken back to it. */
    prevAt: at('prev_at'),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.key] }),
    index('rate_limit_counters_last_idx').on(t.lastAt),
  ],
);

/** One row the readiness probe rewrites, to know the database can still write. */
export const healthProbe = pgTable('health_probe', {
  id: integer('id').primaryKey(),
  at: at('at').notNull(),
});

/**
 * Mail that was not sent over SMTP: the development outbox (shown at /dev/outbox outside
 * production, and read by tests).
 */
export const mailOutbox = pgTable('mail_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: at('at').notNull().defaultNow(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html').notNull(),
  kind: text('kind').notNull(),
});
