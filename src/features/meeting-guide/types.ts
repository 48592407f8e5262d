import type { LanguageCode, TopicCode } from '../../shared/taxonomy/index.js';
import type { GroupInput } from '../directory/model.js';
import type { AddressPlacer } from '../geo/index.js';

/**
 * The whole feed was rejected. Nothing from it should be written: a half-read feed would
 * end or duplicate listings that are in fact fine.
 */
export class FeedError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Meeting Guide feed rejected: ${problems.join('; ')}`);
    this.name = 'FeedError';
    this.problems = problems;
  }
}

/**
 * Something an administrator should look at; the rest of the feed was imported. `skipped`
 * marks a record left out entirely: a sync that removes listings missing from the feed
 * should keep those (their slug is the feed's own) rather than delete them over a typo.
 */
export type FeedWarning = {
  index: number;
  slug?: string;
  field?: string;
  message: string;
  skipped?: true;
};

export type ImportOptions = {
  /** Name of the feed, stored as `source.name` so a re-import updates the same listings. */
  source: string;
  /**
   * IANA zone for records that carry none and whose place gives none. Without it, a record
   * whose zone cannot be found is skipped, and a feed in which no record has one is refused.
   */
  timezone?: string;
  /** Resolves a zone from coordinates, tried before `timezone` (e.g. @photostructure/tz-lookup). */
  timezoneAt?: (lat: number, lon: number) => string | undefined;
  /** Places records that have no coordinates by postal code or town (the offline gazetteer). */
  placeAddress?: AddressPlacer;
  /** YYYY-MM-DD, the schedules' `startDate`; defaults to today in UTC. */
  today?: string;
  /** The fellowship the feed publishes; feeds never say it. Default: alcohol + addiction (AA). */
  topics?: TopicCode[];
  /** Languages when a record has no language type. Default: English. */
  languages?: LanguageCode[];
};

/** `indexes[i]` is the position in the feed of the record `groups[i]` came from. */
export type ImportResult = { groups: GroupInput[]; warnings: FeedWarning[]; indexes: number[] };

/** A group as the directory holds it, with what the export needs beyond the input shape. */
export type ExportableGroup = GroupInput & { updatedAt: Date; url?: string };

export type ExportOptions = {
  /** Public origin of the directory, for `url` when a group has none. */
  baseUrl: string;
  /** YYYY-MM-DD; schedules that ended before it are not exported. Defaults to today in UTC. */
  today?: string;
  /**
   * What to do with a schedule the format cannot carry (monthly, every other week, a series, a
   * one-off): leave its group out (the site-wide feed), or publish it as a meeting without a day
   * and time, which the format reads as "by appointment", with the real schedule in its notes
   * (an organisation's own feed, whose website shows the notes). Never as a weekly meeting.
   */
  nonWeekly?: 'skip' | 'by_appointment';
  /** Publish `contacts` as contact_1..3 (only the ones an organisation marked public). */
  publishContacts?: boolean;
};

export type AttendanceOption = 'in_person' | 'hybrid' | 'online' | 'inactive';

/** One meeting in the Meeting Guide format, as we publish it. */
export type MeetingGuideRecord = {
  name: string;
  slug: string;
  /** 0 = Sunday ... 6 = Saturday; an array when the same meeting runs on several days. */
  day?: number | number[];
  time?: string;
  end_time?: string;
  timezone?: string;
  types: string[];
  notes?: string;
  conference_url?: string;
  conference_url_notes?: string;
  conference_phone?: string;
  conference_phone_notes?: string;
  /** Not in the spec, but emitted by TSML and read by its apps; it removes guessing. */
  attendance_option: AttendanceOption;
  location?: string;
  location_notes?: string;
  address?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
  latitude?: number;
  longitude?: number;
  approximate?: 'yes' | 'no';
  regions?: string[];
  /** Set when one group becomes several records (schedules at different times). */
  group?: string;
  /** "YYYY-MM-DD HH:MM:SS" in UTC. */
  updated: string;
  url: string;
  entity?: string;
  entity_url?: string;
  contact_1_name?: string;
  contact_1_email?: string;
  contact_1_phone?: string;
  contact_2_name?: string;
  contact_2_email?: string;
  contact_2_phone?: string;
  contact_3_name?: string;
  contact_3_email?: string;
  contact_3_phone?: string;
};

export type ExportResult = {
  records: MeetingGuideRecord[];
  skipped: { slug: string; reason: string }[];
};
