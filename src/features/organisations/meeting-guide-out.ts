import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, organisationPublicContacts } from '../../db/schema/index.js';
import { loadSupportGroupsForExport } from '../directory/export-query.js';
import { toMeetingGuideFeed } from '../meeting-guide/export.js';
import type { OrgAccess } from './access.js';
import { contactKey } from './commands.js';

/**
 * An organisation's own Meeting Guide feed (/orgs/{slug}/meeting-guide.json), for its website
 * (a TSML UI embed) or a meeting app. Unlike the site-wide feed, a monthly or fortnightly group
 * is listed, as a meeting without a day and time ("by appointment" in the format) whose notes
 * give its real schedule: never as weekly. Volunteers' contacts appear only where the
 * organisation published them (organisation_public_contacts).
 */
export async function organisationFeed(db: Db, org: OrgAccess, origin: string) {
  const groups = await loadSupportGroupsForExport(db, { organisationId: org.id });
  const contacts = await contactsToPublish(
    db,
    groups.map((g) => g.id),
  );
  return toMeetingGuideFeed(
    groups.map((g) => ({
      ...g,
      url: `${origin}/groups/${g.slug}`,
      contacts: contacts.get(g.id) ?? [],
    })),
    { baseUrl: origin, nonWeekly: 'by_appointment', publishContacts: true },
  );
}

/** Each group's imported contacts that its organisation marked public, in their feed order. */
async function contactsToPublish(db: Db, groupIds: string[]) {
  const out = new Map<string, NonNullable<Parameters<typeof contactKey>[0]>[]>();
  if (groupIds.length === 0) return out;
  const marked = await db
    .select({
      groupId: organisationPublicContacts.groupId,
      key: organisationPublicContacts.contactKey,
    })
    .from(organisationPublicContacts)
    .where(inArray(organisationPublicContacts.groupId, groupIds));
  if (marked.length === 0) return out;
  const keys = new Set(marked.map((m) => `${m.groupId}|${m.key}`));
  const rows = await db
    .select({ id: groups.id, contacts: groups.contacts })
    .from(groups)
    .where(inArray(groups.id, [...new Set(marked.map((m) => m.groupId))]));
  for (const row of rows) {
    out.set(
      row.id,
      row.contacts.filter((c) => keys.has(`${row.id}|${contactKey(c)}`)),
    );
  }
  return out;
}
