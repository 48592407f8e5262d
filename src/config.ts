import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * The one place that reads the environment. Everything else receives a `Config`.
 * Values arrive as strings, so numbers and booleans are coerced here, once.
 */
const bool = z.stringbool({
  truthy: ['1', 'true', 'yes', 'on'],
  falsy: ['0', 'false', 'no', 'off'],
});

/** A whole number in a range, with a message a person can act on. */
const int = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const schema = z.object({
  // Unset means production: development's public secrets and open outbox must be asked for
  // (npm start and npm run dev do), never fallen into by a deployment that forgot a variable.
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  // Least privilege (README): migrations run as the tables' owner, the app as a role that may not
  // alter them (nor rewrite the audit log).
  DATABASE_OWNER_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_MAX: int(1, 200).default(10),
  // The embedded database: the longest one statement may run before its thread is ended (ADR 17).
  DATABASE_STATEMENT_LIMIT_MS: int(1_000, 3_600_000).default(30_000),
  // How often the search index reads changes made by other processes (ADR 14).
  SEARCH_INDEX_POLL_MS: int(500, 600_000).default(5000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_ENABLED: bool.default(false),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  BODY_LIMIT_BYTES: int(1024, 50_000_000).default(1_048_576),
  TRUST_PROXY: bool.default(false),
  SHUTDOWN_TIMEOUT_MS: int(100, 120_000).default(10_000),
  DEFAULT_TIMEZONE: z
    .string()
    .refine(
      (zone) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      },
      { message: 'must be an IANA time zone such as America/New_York' },
    )
    .default('America/New_York'),
  SEED_DEMO_DATA: bool.default(true),
  API_RATE_LIMIT: int(1, 100_000).default(300),
  MAP_TILE_URL: z
    .string()
    .regex(/^https:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/, 'must be an https URL with {z}, {x} and {y}')
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  MAP_ATTRIBUTION: z.string().default('© OpenStreetMap contributors'),
  DEFAULT_LOCALE: z
    .string()
    .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must look like en-US')
    .default('en-US'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Gatherwell <no-reply@gatherwell.example>'),
  SESSION_IDLE_MINUTES: int(5, 525_600).default(10_080),
  SESSION_MAX_HOURS: int(1, 8_760).default(720),
  STAFF_SESSION_IDLE_MINUTES: int(5, 1_440).default(30),
  STAFF_SESSION_MAX_HOURS: int(1, 168).default(12),
  INTAKE_KEY: z
    .string()
    .refine(
      (v) => /^[A-Za-z0-9+/]{43}=?$/.test(v) && Buffer.from(v, 'base64').length === 32,
      'must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`)',
    )
    .optional(),
  SEAT_OFFER_HOURS: int(1, 336).default(48),
  // Feeds are fetched by the server: addresses on its own network are refused unless allowed
  // (tests and local use), so a feed URL cannot be used to reach internal services.
  FEEDS_ALLOW_PRIVATE_HOSTS: bool.default(false),
});

export type Config = {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  publicUrl: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Runs migrations (as the tables' owner) when the app's own role may not. */
  databaseOwnerUrl: string | undefined;
  databasePoolMax: number;
  /** Embedded database only: a statement running longer than this means its thread is stuck. */
  databaseStatementLimitMs: number;
  searchIndexPollMs: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  metrics: { enabled: boolean; token: string | undefined };
  bodyLimitBytes: number;
  trustProxy: boolean;
  shutdownTimeoutMs: number;
  defaultLocale: string;
  /** Times are shown in this zone until the viewer's browser says otherwise. */
  defaultTimezone: string;
  /** Fill an empty database with the demo directory at start-up. */
  seedDemoData: boolean;
  map: { tileUrl: string; attribution: string };
  /** Requests a minute one client may make to /api/. */
  apiRateLimit: number;
  auth: {
    /** Signs sessions and encrypts two-factor secrets. A fixed value outside production. */
    secret: string;
    /** Hash passwords with less work: only under NODE_ENV=test (accounts/password-hash.ts, ADR 26). */
    lightPasswordHashing: boolean;
    /** Inactivity timeout and absolute lifetime of a session, in ms, by kind of account. */
    session: {
      member: { idleMs: number; maxMs: number };
      staff: { idleMs: number; maxMs: number };
    };
  };
  mail: { smtpUrl: string | undefined; from: string };
  membership: {
    /** AES-256 key for intake answers (32 bytes). A fixed value outside production. */
    intakeKey: Buffer;
    /** How long a freed seat is held for the next person on a waitlist. */
    seatOfferMs: number;
  };
  /** Fetching Meeting Guide feeds (features/feeds): may a feed's host be on a private network? */
  feeds: { allowPrivateHosts: boolean };
};

/** Only for development and tests: production refuses to start without INTAKE_KEY. */
const DEVELOPMENT_INTAKE_KEY = createHash('sha256')
  .update('gatherwell-development-intake-key')
  .digest();

/** Only for development and tests: production refuses to start without AUTH_SECRET. */
const DEVELOPMENT_AUTH_SECRET = 'gatherwell-development-secret-do-not-use-in-production';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Parse an environment. Empty strings count as unset, as most shells and .env files intend. */
export function loadConfig(env: Env = process.env): Config {
  const cleaned: Env = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') cleaned[key] = value.trim();
  }
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const got = cleaned[name];
      return `${name}: ${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    const missing = [
      !e.AUTH_SECRET &&
        'AUTH_SECRET: must be set in production (at least 32 random characters, e.g. `openssl rand -base64 48`)',
      !e.INTAKE_KEY &&
        'INTAKE_KEY: must be set in production (32 random bytes in base64, e.g. `openssl rand -base64 32`)',
      !e.PUBLIC_URL?.startsWith('https://') &&
        'PUBLIC_URL: must be the public https:// address in production (links in mail point there, and sign-in cookies are marked Secure)',
    ].filter((problem): problem is string => typeof problem === 'string');
    if (missing.length > 0) {
      throw new ConfigError([
        ...missing,
        'NODE_ENV is production (the default when it is unset). To try Gatherwell on this computer, run `npm start`, or set NODE_ENV=development.',
      ]);
    }
  }
  const minutes = 60_000;
  const hours = 60 * minutes;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    databaseStatementLimitMs: e.DATABASE_STATEMENT_LIMIT_MS,
    searchIndexPollMs: e.SEARCH_INDEX_POLL_MS,
    logLevel: e.LOG_LEVEL,
    metrics: { enabled: e.METRICS_ENABLED, token: e.METRICS_TOKEN },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    defaultLocale: e.DEFAULT_LOCALE,
    defaultTimezone: e.DEFAULT_TIMEZONE,
    seedDemoData: e.SEED_DEMO_DATA,
    map: { tileUrl: e.MAP_TILE_URL, attribution: e.MAP_ATTRIBUTION },
    apiRateLimit: e.API_RATE_LIMIT,
    auth: {
      secret: e.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
      lightPasswordHashing: e.NODE_ENV === 'test',
      session: {
        member: { idleMs: e.SESSION_IDLE_MINUTES * minutes, maxMs: e.SESSION_MAX_HOURS * hours },
        staff: {
          idleMs: e.STAFF_SESSION_IDLE_MINUTES * minutes,
          maxMs: e.STAFF_SESSION_MAX_HOURS * hours,
        },
      },
    },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    membership: {
      intakeKey: e.INTAKE_KEY ? Buffer.from(e.INTAKE_KEY, 'base64') : DEVELOPMENT_INTAKE_KEY,
      seatOfferMs: e.SEAT_OFFER_HOURS * hours,
    },
    feeds: { allowPrivateHosts: e.FEEDS_ALLOW_PRIVATE_HOSTS },
  };
}
