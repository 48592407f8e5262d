import { codes, LANGUAGES, TOPICS } from '../../shared/taxonomy/index.js';
import type { ContactInput, GroupInput, OnlineInput } from '../directory/model.js';
import { readLocation } from './address.js';
import { CLOSED_NOTE, OPEN_NOTE, readTypes } from './codes.js';
import { RecordContext, type Settings, SkipRecord, withoutUndefined } from './context.js';
import {
  cleanSlug,
  firstNameOnly,
  isIsoDate,
  isTimezone,
  readUpdated,
  text,
  todayUtc,
} from './fields.js';
import { placeRecord } from './place.js';
import { readSchedules } from './schedule.js';
import { wantedSlugs } from './slugs.js';
import { composeSummary, decideAttendance } from './summary.js';
import { FeedError, type FeedWarning, type ImportOptions, type ImportResult } from './types.js';

function checkOptions(options: ImportOptions): Settings {
  if (!text(options.source)) throw new TypeError('options.source must name the feed');
  if (options.timezone !== undefined && !isTimezone(options.timezone)) {
    throw new RangeError(`options.timezone "${options.timezone}" is not an IANA time zone`);
  }
  const today = options.today ?? todayUtc();
  if (!isIsoDate(today)) throw new RangeError(`options.today "${today}" is not a YYYY-MM-DD date`);
  const topics = options.topics ?? ['addiction', 'alcohol'];
  const badTopic = topics.find((topic) => !codes(TOPICS).includes(topic));
  if (badTopic) throw new RangeError(`options.topics: "${badTopic}" is not a topic code`);
  const languages = options.languages ?? ['en'];
  const badLanguage = languages.find((language) => !codes(LANGUAGES).includes(language));
  if (badLanguage) {
    throw new RangeError(`options.languages: "${badLanguage}" is not a language code`);
  }
  return { ...options, today, topics, languages };
}

/** V8 reports a character offset; a line and column is what someone opening the file needs. */
function whereInText(json: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = Number(/position (\d+)/.exec(message)?.[1]);
  if (!Number.isInteger(offset)) return message;
  const before = json.slice(0, offset).split('\n');
  return `${message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

function readFeed(json: unknown): unknown[] {
  let feed = json;
  // Callers may hand over the body as fetched: a syntax error is then ours to report.
  if (typeof json === 'string') {
    try {
      feed = JSON.parse(json);
    } catch (error) {
      throw new FeedError([`the feed is not valid JSON: ${whereInText(json, error)}`]);
    }
  }
  if (!Array.isArray(feed)) {
    const got = feed === null ? 'null' : typeof feed;
    throw new FeedError([`the feed must be a JSON array of meetings, but it is ${got}`]);
  }
  // An empty list is what a broken publisher sends; importing it would end every listing.
  if (feed.length === 0) throw new FeedError(['the feed contains no meetings']);
  return feed;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readContacts(record: Record<string, unknown>): ContactInput[] {
  const contacts: ContactInput[] = [];
  for (const n of [1, 2, 3]) {
    const name = text(record[`contact_${n}_name`]);
    const contact: ContactInput = {
      name: name ? firstNameOnly(name) : undefined,
      email: text(record[`contact_${n}_email`]),
      phone: text(record[`contact_${n}_phone`]),
    };
    if (contact.name || contact.email || contact.phone) contacts.push(withoutUndefined(contact));
  }
  return contacts;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function readOnline(record: Record<string, unknown>, ctx: RecordContext): OnlineInput | undefined {
  let url = text(record.conference_url);
  if (url && !isWebUrl(url)) {
    ctx.warn('conference_url', `"${url}" is not a web address; it was dropped`);
    url = undefined;
  }
  const phone = text(record.conference_phone);
  if (!url && !phone) return undefined;
  const notes = [
    url && text(record.conference_url_notes),
    phone && text(record.conference_phone_notes),
  ]
    .filter(Boolean)
    .join('\n');
  // Meeting Guide feeds are public pages, so the links in them already are.
  return withoutUndefined({ url, phone, notes: notes || undefined, visibility: 'public' as const });
}

function readRegions(record: Record<string, unknown>): string[] {
  if (Array.isArray(record.regions)) {
    return record.regions.map(text).filter((region): region is string => region !== undefined);
  }
  return [record.region, record.sub_region, record.sub_sub_region]
    .map(text)
    .filter((region): region is string => region !== undefined);
}

function readTypeCodes(value: unknown, ctx: RecordContext): string[] {
  if (value === undefined || value === null) return [];
  // Some spreadsheet-made feeds write "O,D" instead of an array.
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null;
  if (!list) {
    ctx.warn('types', 'types is not a list; it was ignored');
    return [];
  }
  return list.map(text).filter((code): code is string => code !== undefined);
}

function mapRecord(
  record: Record<string, unknown>,
  externalId: string,
  ctx: RecordContext,
  settings: Settings,
): GroupInput {
  const name = text(record.name);
  if (!name) ctx.skip('name', 'it has no name');
  const types = readTypes(readTypeCodes(record.types, ctx));
  if (types.unknown.length > 0) {
    ctx.warn('types', `unknown type codes ignored: ${types.unknown.join(', ')}`);
  }
  let languages = types.languages;
  if (types.otherLanguages.length > 0) {
    ctx.warn('types', `no language code for ${types.otherLanguages.join(', ')}; add it by hand`);
  } else if (languages.length === 0) {
    languages = [...settings.languages];
  }
  const placed = placeRecord(
    readLocation(record, (field, message) => ctx.warn(field, message)),
    ctx,
    settings,
  );
  const { location } = placed;
  const online = readOnline(record, ctx);
  const { mode, status } = decideAttendance(record.attendance_option, types, location, online, ctx);
  const schedules = readSchedules(record, ctx, settings, placed);
  const notes = text(record.notes);
  const updated = readUpdated(record.updated);
  if (!updated.ok) ctx.warn('updated', updated.error);
  const entity = text(record.entity);
  const regions = readRegions(record);
  const contacts = readContacts(record);

  return withoutUndefined({
    kind: 'support',
    name,
    // Chosen once the whole feed is read (see wantedSlugs); the key is `source.externalId`.
    slug: '',
    summary: composeSummary({ types, mode, status, city: location?.city }),
    description: notes,
    topics: [...settings.topics],
    audiences: types.audiences,
    languages,
    mode,
    status,
    location,
    online,
    leaders: [],
    policy: 'drop_in',
    // Seventh-tradition meetings pass a basket; "free" would hide that, "fixed" would invent a fee.
    cost: { kind: 'donation' },
    accessibility: types.accessibility,
    organisation: entity
      ? withoutUndefined({ name: entity, url: text(record.entity_url) })
      : undefined,
    firstVisit: types.open ? OPEN_NOTE : types.closed ? CLOSED_NOTE : undefined,
    source: { name: settings.source, externalId },
    regions: regions.length > 0 ? regions : undefined,
    contacts: contacts.length > 0 ? contacts : undefined,
    sourceUpdatedAt: updated.ok ? updated.value : undefined,
    schedules,
  } satisfies GroupInput);
}

/** The feed's own key for a record, as a string (some feeds use numeric slugs). */
function rawSlug(record: unknown): string | undefined {
  return isObject(record) ? text(record.slug) : undefined;
}

const describeWarning = (w: FeedWarning) =>
  `record ${w.index}${w.slug ? ` (${w.slug})` : ''}: ${w.message}`;

/** Refused whole: every meeting's time would be a guess, and a wrong hour sends people away. */
function checkZones(settings: Settings, groups: GroupInput[], warnings: FeedWarning[]): void {
  const zoneless = warnings.filter((w) => w.skipped && w.field === 'timezone');
  if (settings.timezone || zoneless.length === 0) return;
  if (groups.some((group) => group.schedules.length > 0)) return;
  throw new FeedError([
    `the feed has no time zone: no record carries one and none could be found from where they meet, so no meeting time can be read; give the feed's time zone (for example --timezone America/Edmonton, or the Time zone field when uploading)`,
    ...zoneless.map(describeWarning),
  ]);
}

export function parseMeetingGuideFeed(json: unknown, options: ImportOptions): ImportResult {
  const settings = checkOptions(options);
  const feed = readFeed(json);
  const seen = new Map<string, number[]>();
  feed.forEach((record, index) => {
    const slug = rawSlug(record);
    if (slug !== undefined) seen.set(slug, [...(seen.get(slug) ?? []), index]);
  });

  const mapped: { group: GroupInput; externalId: string; ctx: RecordContext }[] = [];
  const contexts: RecordContext[] = [];
  feed.forEach((record, index) => {
    const externalId = rawSlug(record);
    const ctx: RecordContext = new RecordContext(index, externalId);
    contexts.push(ctx);
    try {
      if (!isObject(record)) ctx.skip(undefined, 'it is not an object');
      if (externalId === undefined) ctx.skip('slug', 'it has no slug');
      const twins = seen.get(externalId) ?? [];
      // Which copy is right cannot be known, and taking either would flip between imports.
      if (twins.length > 1) {
        ctx.skip('slug', `records ${twins.join(', ')} share the slug "${externalId}"`);
      }
      mapped.push({ group: mapRecord(record, externalId, ctx, settings), externalId, ctx });
    } catch (error) {
      if (!(error instanceof SkipRecord)) throw error;
    }
  });

  const wanted = wantedSlugs(
    mapped.map(({ group, externalId }) => ({
      externalId,
      name: group.name,
      city: group.location?.city,
      days: group.schedules[0]?.days ?? [],
    })),
  );
  const used = new Set<string>();
  for (const [i, { group, externalId, ctx }] of mapped.entries()) {
    let slug = wanted[i] ?? cleanSlug(externalId);
    if (used.has(slug)) {
      let n = 2;
      while (used.has(`${slug}-${n}`)) n++;
      ctx.warn('slug', `"${externalId}" gives "${slug}", already taken; using "${slug}-${n}"`);
      // Said first, where it was said before slugs waited for the whole feed.
      ctx.warnings.unshift(...ctx.warnings.splice(-1));
      slug = `${slug}-${n}`;
    }
    group.slug = slug;
    used.add(slug);
  }

  const groups = mapped.map(({ group }) => group);
  const indexes = mapped.map(({ ctx }) => ctx.index);
  const warnings = contexts.flatMap((ctx) => ctx.warnings);
  checkZones(settings, groups, warnings);
  if (groups.length === 0) {
    throw new FeedError([
      `none of the ${feed.length} records could be imported`,
      ...warnings.map(describeWarning),
    ]);
  }
  return { groups, warnings, indexes };
}
