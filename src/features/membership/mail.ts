import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { AppDeps } from '../../app-env.js';
import {
  groupOccurrences,
  groupSchedules,
  groups,
  memberships,
  users,
} from '../../db/schema/index.js';
import { isLocale, type Locale } from '../../i18n/locales.js';
import { zoneName } from '../../shared/schedule/format.js';
import { formatOccurrence, isValidZone } from '../../shared/schedule/index.js';
import { linkOrigin } from '../accounts/auth.js';
import { composeMail } from '../mail/compose.js';
import { wantsMail } from '../mail/preferences.js';
import { unsubscribeLink } from '../mail/unsubscribe-token.js';
import type { Notice } from './commands.js';
import { membershipText } from './messages/index.js';
import { groupLinks } from './queries.js';

/** The notices that make someone a member: they say when to come, in the person's own zone. */
const WELCOMES = new Set<Notice['kind']>(['joined', 'approved', 'accepted']);

/**
 * The group's next meeting in the recipient's zone (their profile's, which the browser's fills:
 * features/zones), else the group's own, with the group's time alongside when the two differ.
 */
async function firstMeeting(deps: AppDeps, groupId: string, zone: string | null, locale: Locale) {
  const [next] = await deps.database.db
    .select({
      start: groupOccurrences.startsAt,
      end: groupOccurrences.endsAt,
      tz: groupSchedules.timezone,
    })
    .from(groupOccurrences)
    .innerJoin(groupSchedules, eq(groupSchedules.id, groupOccurrences.scheduleId))
    .where(and(eq(groupOccurrences.groupId, groupId), gt(groupOccurrences.startsAt, new Date())))
    .orderBy(asc(groupOccurrences.startsAt))
    .limit(1);
  if (!next) return null;
  const shown = zone && isValidZone(zone) ? zone : next.tz;
  const f = formatOccurrence(
    { start: next.start, end: next.end, localDate: '' },
    shown,
    next.tz,
    locale,
  );
  const name = zoneName(shown, locale, next.start.getTime());
  return { when: f.viewer, zone: name, there: f.group };
}

/** The notices that answer a leader's decision, and so carry the leader's note. */
const DECISIONS = new Set<Notice['kind']>([
  'approved',
  'accepted',
  'screening',
  'waitlisted',
  'declined',
]);

/** Sends the notices a membership command returned, each in its person's language. */
export async function sendNotices(deps: AppDeps, notices: Notice[]) {
  if (notices.length === 0) return;
  const { db } = deps.database;
  const rows = await db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      email: users.email,
      locale: users.locale,
      notifications: users.notifications,
      timezone: users.timezone,
      groupName: groups.name,
      groupId: groups.id,
      slug: groups.slug,
      note: memberships.decisionNote,
      referrals: memberships.referrals,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(
      inArray(
        memberships.id,
        notices.map((n) => n.membershipId),
      ),
    );
  const origin = linkOrigin(deps.config);
  for (const notice of notices) {
    const row = rows.find((r) => r.membershipId === notice.membershipId);
    // A held seat is always announced (it lapses unseen otherwise); other notices follow the
    // person's choice, which /my and the group page show anyway.
    if (!row || (notice.kind !== 'offered' && !wantsMail(row.notifications, 'groupNotices'))) {
      continue;
    }
    const locale: Locale = isLocale(row.locale) ? row.locale : 'en';
    const m = membershipText(locale).mail;
    const g = row.groupName;
    const paragraphs: string[] = [];
    if (notice.kind === 'offered') {
      const until = DateTime.fromJSDate(notice.expiresAt)
        .setZone(row.timezone ?? deps.config.defaultTimezone)
        .setLocale(locale)
        .toLocaleString(DateTime.DATETIME_FULL);
      paragraphs.push(m.offered.body(g, until));
    } else {
      paragraphs.push(m[notice.kind].body(g));
    }
    if (row.note && DECISIONS.has(notice.kind)) paragraphs.push(m.note, `“${row.note}”`);
    if (WELCOMES.has(notice.kind)) {
      const first = await firstMeeting(deps, row.groupId, row.timezone, locale);
      if (first) paragraphs.push(m.next(first.when, first.zone, first.there));
    }
    if (notice.kind === 'declined') {
      const suggested = await groupLinks(db, row.referrals);
      if (suggested.length > 0) {
        paragraphs.push(
          m.declined.suggestions,
          ...suggested.map((s) => `${s.name}: ${origin}/groups/${s.slug}`),
        );
      }
    }
    await deps.mailer.send(
      composeMail({
        to: row.email,
        locale,
        subject: m[notice.kind].subject,
        paragraphs,
        // Someone removed is pointed at the one place they can still ask why (features/threads).
        action:
          notice.kind === 'removed'
            ? { label: m.write, href: `${origin}/groups/${row.slug}/write` }
            : { label: m.open, href: `${origin}/groups/${row.slug}` },
        footer: m.footer,
        kind: `membership_${notice.kind}`,
        unsubscribe: {
          label: m.stop,
          ...unsubscribeLink(origin, deps.config.auth.secret, row.userId, 'groupNotices'),
        },
      }),
    );
  }
}
