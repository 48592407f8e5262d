import type {
  AccessCode,
  AudienceCode,
  CostKind,
  GroupKind,
  LanguageCode,
  Mode,
  Policy,
  Status,
  TechniqueCode,
  TopicCode,
} from '../../shared/taxonomy/index.js';

/**
 * How a schedule is described when it is created (by a form, an import or the demo data).
 * It is stored as an RFC 5545 rule (see schedule/rrule.ts); this is the friendly shape.
 * Dates are local calendar dates (YYYY-MM-DD) and times local wall-clock times (HH:MM) in
 * `timezone`, so "every Tuesday at 18:30" stays 18:30 across daylight-saving changes.
 */
export type ScheduleInput = {
  /**
   * weekly: on `days`, every `interval` weeks (1 = weekly, 2 = fortnightly).
   * monthly_nth: on the `nth` (1-4, or -1 for last) `weekday` of every `interval` months.
   * monthly_date: on day `monthDay` of every `interval` months.
   * once: a single meeting on `startDate`.
   * series: `count` sessions on `days`, every `interval` weeks, from `startDate` (therapy cohorts).
   */
  kind: 'weekly' | 'monthly_nth' | 'monthly_date' | 'once' | 'series';
  /** 0 = Sunday ... 6 = Saturday, as in JavaScript and the Meeting Guide format. */
  days?: number[];
  interval?: number;
  weekday?: number;
  nth?: 1 | 2 | 3 | 4 | -1;
  monthDay?: number;
  count?: number;
  /** First date the rule may produce (the DTSTART date). */
  startDate: string;
  /** Last date (inclusive) the rule may produce, if it ends. */
  endDate?: string;
  startTime: string;
  durationMinutes: number;
  timezone: string;
  /** Cancelled local dates (EXDATE). */
  exceptions?: string[];
};

export type LocationInput = {
  venue?: string;
  address?: string;
  postalCode?: string;
  city?: string;
  /** State, province or county, as an abbreviation where one exists (PA, ON). */
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  latitude?: number;
  longitude?: number;
  /** True when the point is only the town or neighbourhood, not the door. */
  approximate?: boolean;
  notes?: string;
};

export type OnlineInput = {
  url?: string;
  phone?: string;
  notes?: string;
  /** `members`: the link is shown only to the group's members. */
  visibility: 'public' | 'members';
};

export type LeaderInput = {
  displayName: string;
  role: 'peer' | 'professional';
  credentials?: string;
};

export type CostInput = {
  kind: CostKind;
  /** Per session, in the smallest unit of `currency`, for `fixed` and the top of a sliding scale. */
  amountCents?: number;
  minAmountCents?: number;
  currency?: string;
  insurance?: boolean;
};

export type TherapyInput = {
  techniques: TechniqueCode[];
  sessions?: number;
  startDate?: string;
  endDate?: string;
  screening: boolean;
};

/** Private to administrators: who to ask about a listing (from imports). */
export type ContactInput = { name?: string; email?: string; phone?: string };

export type GroupInput = {
  kind: GroupKind;
  name: string;
  slug: string;
  summary: string;
  /** Markdown; rendered with raw HTML escaped and only safe links. */
  description?: string;
  topics: TopicCode[];
  audiences: AudienceCode[];
  languages: LanguageCode[];
  mode: Mode;
  status: Status;
  location?: LocationInput;
  online?: OnlineInput;
  leaders: LeaderInput[];
  policy: Policy;
  capacity?: number;
  cost: CostInput;
  accessibility: AccessCode[];
  therapy?: TherapyInput;
  /** Who lists the group, by name: creates the organisation if none has that name yet. */
  organisation?: { name: string; url?: string };
  /**
   * The organisation account that owns the listing, when its own feed, import or editors save
   * it. Only these may put a listing into a claimed organisation (commands.ts).
   */
  organisationId?: string;
  /** What a first-timer should know: arrive early, cameras optional... */
  firstVisit?: string;
  /** Which import the group came from, with its id there (the Meeting Guide slug). */
  source?: { name: string; externalId: string };
  /** Region names from a feed (neighbourhoods, districts), most general first. */
  regions?: string[];
  contacts?: ContactInput[];
  /** When the source last changed the listing (ISO 8601). */
  sourceUpdatedAt?: string;
  schedules: ScheduleInput[];
};
