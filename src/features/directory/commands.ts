import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groupOccurrences, groupSchedules, groups } from '../../db/schema/index.js';
import { LOCALES } from '../../i18n/locales.js';
import { occurrences, type StoredSchedule, toStoredSchedule } from '../../shared/schedule/index.js';
import {
  ACCESS_FEATURES,
  AUDIENCES,
  LANGUAGES,
  type Labels,
  TECHNIQUES,
  TOPICS,
} from '../../shared/taxonomy/index.js';
import type { GroupInput } from './model.js';
import { organisationId } from './organisation-link.js';
import { directoryChanged } from './search-index.js';
import { listingTextProblems } from './text-limits.js';

/**
 * How far ahead occurrences are materialised. Eight weeks holds at least one meeting of every
 * monthly group, so "next meeting", day/time filters and "soon" can all read the table.
 */
export const OCCURRENCE_WINDOW_DAYS = 56;
export const DAY_MS = 86_400_000;

export type SaveOutcome = 'added' | 'updated' | 'unchanged';
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Only http(s) links are stored: anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function contentHash(input: GroupInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('base64url');
}

/**
 * Words `q` should find besides name, summary and description: each code's label in every
 * language the interface speaks, so a group is found by its topic in any of them.
 */
function searchExtra(input: GroupInput): string {
  const labels = (vocabulary: Readonly<Record<string, Labels>>, keys: string[]) =>
    keys.flatMap((k) => {
      const label = vocabulary[k];
      return label ? LOCALES.map((locale) => label[locale]) : [];
    });
  return [
    ...labels(TOPICS, input.topics),
    ...labels(AUDIENCES, input.audiences),
    ...labels(LANGUAGES, input.languages),
    ...labels(ACCESS_FEATURES, input.accessibility),
    ...labels(TECHNIQUES, input.therapy?.techniques ?? []),
    input.location?.venue,
    input.location?.city,
    input.location?.region,
    input.location?.postalCode,
    ...(input.regions ?? []),
    input.organisation?.name,
    input.mode === 'in_person' ? '' : 'online virtual',
  ]
    .filter(Boolean)
    .join(' ');
}

export function groupRow(
  input: GroupInput,
  organisationId: string | null,
  hash: string,
  now: Date,
) {
  const loc = input.location;
  return {
    slug: input.slug,
    kind: input.kind,
    name: input.name,
    summary: input.summary,
    description: input.description ?? '',
    topics: input.topics,
    audiences: input.audiences,
    languages: input.languages,
    accessibility: input.accessibility,
    techniques: input.therapy?.techniques ?? [],
    mode: input.mode,
    status: input.status,
    policy: input.policy,
    venue: loc?.venue ?? null,
    address: loc?.address ?? null,
    postalCode: loc?.postalCode ?? null,
    city: loc?.city ?? null,
    region: loc?.region ?? null,
    country: loc?.country ?? null,
    latitude: loc?.latitude ?? null,
    longitude: loc?.longitude ?? null,
    locationApproximate: loc?.approximate ?? false,
    locationNotes: loc?.notes ?? null,
    regions: input.regions ?? [],
    onlineUrl: safeUrl(input.online?.url),
    onlinePhone: input.online?.phone ?? null,
    onlineNotes: input.online?.notes ?? null,
    onlineVisibility: input.online?.visibility ?? 'members',
    leaders: input.leaders,
    capacity: input.capacity ?? null,
    costKind: input.cost.kind,
    costAmountCents: input.cost.amountCents ?? null,
    costMinAmountCents: input.cost.minAmountCents ?? null,
    costCurrency: input.cost.currency ?? null,
    insurance: input.cost.insurance ?? false,
    therapySessions: input.therapy?.sessions ?? null,
    // "Starts within" reads the schedule itself: a cohort starts when its first meeting does.
    therapyStartDate: input.therapy
      ? (firstStartDate(input) ?? input.therapy.startDate ?? null)
      : null,
    therapyEndDate: input.therapy?.endDate ?? null,
    screening: input.therapy?.screening ?? false,
    organisationId,
    firstVisit: input.firstVisit ?? null,
    contacts: input.contacts ?? [],
    sourceName: input.source?.name ?? null,
    sourceId: input.source?.externalId ?? null,
    sourceUpdatedAt: input.sourceUpdatedAt ? new Date(input.sourceUpdatedAt) : null,
    searchExtra: searchExtra(input),
    contentHash: hash,
    updatedAt: now,
  };
}

/** The earliest start date among a listing's schedules (their local dates compare as text). */
function firstStartDate(input: GroupInput): string | undefined {
  return input.schedules.map((s) => s.startDate).sort()[0];
}

/**
 * How far a schedule's meetings are written out (issue 13): the next eight weeks, and at least
 * its next NEXT_MEETINGS meetings within a year, so a cohort starting in five months, or a
 * monthly group, has its next dates known to search, its page and its calendar.
 */
export const NEXT_MEETINGS = 5;
const YEAR_DAYS = 366;
export function expansionEnd(stored: StoredSchedule, now: Date): Date {
  const window = new Date(now.getTime() + OCCURRENCE_WINDOW_DAYS * DAY_MS);
  const near = occurrences(stored, now, window, NEXT_MEETINGS);
  if (near.length >= NEXT_MEETINGS) return window;
  const year = new Date(now.getTime() + YEAR_DAYS * DAY_MS);
  const ahead = occurrences(stored, now, year, NEXT_MEETINGS);
  const last = ahead.at(-1);
  return last && last.start > window ? new Date(last.start.getTime() + 60_000) : window;
}

/** A schedule's row, as every save writes it (one listing, or many at once: bulk-save.ts). */
export function scheduleRow(
  groupId: string,
  position: number,
  s: { input: GroupInput['schedules'][number]; stored: StoredSchedule },
  now: Date,
) {
  return {
    groupId,
    position,
    rrule: s.stored.rrule,
    dtstart: s.stored.dtstart,
    timezone: s.stored.timezone,
    durationMinutes: s.stored.durationMinutes,
    exdates: s.stored.exdates,
    input: s.input,
    // The rolling window, not how far the meetings were written: the refresher looks again
    // tomorrow, so a schedule whose later meetings lie past the window keeps NEXT_MEETINGS ahead.
    expandedUntil: new Date(now.getTime() + OCCURRENCE_WINDOW_DAYS * DAY_MS),
  };
}

export function occurrenceRows(
  groupId: string,
  scheduleId: string,
  stored: StoredSchedule,
  from: Date,
  to: Date,
) {
  return occurrences(stored, from, to).map((o) => ({
    scheduleId,
    groupId,
    startsAt: o.start,
    endsAt: o.end,
  }));
}

/**
 * Slugs are global but feeds' slugs are only unique within a feed ("8" in two intergroups'
 * feeds): a new listing whose slug is taken gets the first free "-2", "-3"... variant.
 */
async function freeSlugFor(tx: Tx, wanted: string, self: string | undefined): Promise<string> {
  const taken = await tx
    .select({ slug: groups.slug })
    .from(groups)
    .where(
      sql`(${groups.slug} = ${wanted} OR ${groups.slug} LIKE ${`${wanted}-%`})
          AND ${groups.id} IS DISTINCT FROM ${self ?? null}::uuid`,
    );
  return firstFree(wanted, new Set(taken.map((t) => t.slug)));
}

/** `wanted` if no listing has it, else its first free "-2", "-3"... variant. */
export function firstFree(wanted: string, used: ReadonlySet<string>): string {
  if (!used.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!used.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** What leaders' forms add to a save; imports and demo data pass none of it. */
export type SaveOptions = {
  /**
   * 'new' always inserts a listing (under the first free variant of its slug); an id updates
   * that listing and keeps its slug. Without it, a listing is found by source key, else slug.
   */
  target?: 'new' | { id: string };
  /** A leader's new group starts as a draft (false); left alone when not given. */
  published?: boolean;
  showMemberNames?: boolean;
};

/**
 * Create or update one listing with its schedules and upcoming occurrences, in one
 * transaction. The listing is found by its source key when it has one (imports), else by slug.
 * Schedules are validated before anything is written.
 */
export async function saveGroup(
  db: Db,
  input: GroupInput,
  now: Date = new Date(),
  options: SaveOptions = {},
): Promise<{ id: string; outcome: SaveOutcome }> {
  const [tooMuch] = listingTextProblems(input);
  if (tooMuch)
    throw new Error(`saveGroup: ${tooMuch.field} is ${tooMuch.problem.replace('_', ' ')}`);
  const stored = input.schedules.map((s) => ({ input: s, stored: toStoredSchedule(s) }));
  const hash = contentHash(input);
  const { target } = options;
  const saved = await db.transaction(async (tx): Promise<{ id: string; outcome: SaveOutcome }> => {
    const [existing] =
      target === 'new'
        ? []
        : await tx
            .select({
              id: groups.id,
              slug: groups.slug,
              contentHash: groups.contentHash,
              organisationId: groups.organisationId,
            })
            .from(groups)
            .where(
              target
                ? eq(groups.id, target.id)
                : input.source
                  ? and(
                      eq(groups.sourceName, input.source.name),
                      eq(groups.sourceId, input.source.externalId),
                    )
                  : eq(groups.slug, input.slug),
            )
            .limit(1);
    if (target && target !== 'new' && !existing) throw new Error('saveGroup: no such listing');
    // A leader's save always writes: its published and member-names settings are not hashed.
    if (!target && existing && existing.contentHash === hash) {
      return { id: existing.id, outcome: 'unchanged' };
    }

    // An imported listing keeps the slug it was given, even if the feed's slug clashed once;
    // so does a listing its leaders edit (links to it keep working).
    const slug =
      existing && (input.source || target)
        ? existing.slug
        : await freeSlugFor(tx, input.slug, existing?.id);
    const row = {
      ...groupRow(
        input,
        await organisationId(tx, input, existing?.organisationId ?? null),
        hash,
        now,
      ),
      slug,
      ...(options.published === undefined ? {} : { published: options.published }),
      ...(options.showMemberNames === undefined
        ? {}
        : { showMemberNames: options.showMemberNames }),
    };
    let id: string;
    if (existing) {
      await tx.update(groups).set(row).where(eq(groups.id, existing.id));
      await tx.delete(groupSchedules).where(eq(groupSchedules.groupId, existing.id));
      id = existing.id;
    } else {
      const [inserted] = await tx.insert(groups).values(row).returning({ id: groups.id });
      id = inserted!.id;
    }

    const from = new Date(now.getTime() - DAY_MS);
    for (const [position, s] of stored.entries()) {
      const to = expansionEnd(s.stored, now);
      const [schedule] = await tx
        .insert(groupSchedules)
        .values(scheduleRow(id, position, s, now))
        .returning({ id: groupSchedules.id });
      const rows = occurrenceRows(id, schedule!.id, s.stored, from, to);
      if (rows.length > 0) await tx.insert(groupOccurrences).values(rows);
    }
    return { id, outcome: existing ? 'updated' : 'added' };
  });
  // Committed (unless `db` is an outer transaction, whose owner announces after it commits).
  if (saved.outcome !== 'unchanged') directoryChanged(db);
  return saved;
}

/**
 * Keep the rolling window full: extend every schedule whose occurrences stop short of the
 * window and drop occurrences that ended more than a day ago. Nothing about the listing itself
 * changes, so the search index is told of the new meetings only (directory_changes.what =
 * 'meetings') and reads just those. Cheap when nothing is due, so the server runs it every minute.
 */
export async function refreshOccurrences(db: Db, now: Date = new Date()) {
  const horizon = new Date(now.getTime() + OCCURRENCE_WINDOW_DAYS * DAY_MS);
  const due = new Date(horizon.getTime() - DAY_MS);
  let extended = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(groupSchedules)
      .where(lt(groupSchedules.expandedUntil, due))
      .limit(500);
    if (batch.length === 0) break;
    await db.transaction(async (tx) => {
      for (const s of batch) {
        const stored: StoredSchedule = {
          rrule: s.rrule,
          dtstart: s.dtstart,
          timezone: s.timezone,
          durationMinutes: s.durationMinutes,
          exdates: s.exdates,
        };
        const from = s.expandedUntil > now ? s.expandedUntil : now;
        const until = expansionEnd(stored, now);
        // Meetings already written past the window (a later cohort's) are skipped by the key.
        const rows = occurrenceRows(s.groupId, s.id, stored, from, until).filter(
          (o) => o.startsAt >= from,
        );
        if (rows.length > 0) await tx.insert(groupOccurrences).values(rows).onConflictDoNothing();
        await tx
          .update(groupSchedules)
          .set({ expandedUntil: horizon > s.expandedUntil ? horizon : s.expandedUntil })
          .where(eq(groupSchedules.id, s.id));
        extended++;
      }
    });
  }
  await db
    .delete(groupOccurrences)
    .where(lt(groupOccurrences.endsAt, new Date(now.getTime() - DAY_MS)));
  if (extended > 0) directoryChanged(db);
  return { extended };
}
