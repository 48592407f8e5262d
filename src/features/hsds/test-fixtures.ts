import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, organisations } from '../../db/schema/index.js';
import { saveGroup } from '../directory/commands.js';
import type { GroupInput } from '../directory/model.js';
import { group, today } from '../directory/test-group.js';

/** Private details the HSDS API must never publish, planted in the test listings. */
export const SECRET = {
  contactEmail: 'volunteer.private@example.org',
  contactPhone: '+1 215 555 0199',
  membersLink: 'https://zoom.example/j/members-only-123',
  membersPhone: '+1 646 555 0111',
};

const zone = 'America/New_York';
const base = { startDate: today, startTime: '18:30', durationMinutes: 90, timezone: zone };

/**
 * A small directory that covers what HSDS has to carry: weekly, fortnightly, monthly (by
 * weekday and by date), a one-off meeting and a therapy series; in person, online (public and
 * members-only links) and hybrid; an approximate place; seats; private contacts; and listings
 * that must not appear (a draft, an ended group).
 */
export const LISTINGS: GroupInput[] = [
  group({
    slug: 'tuesday-grief-circle',
    name: 'Tuesday Grief Circle',
    organisation: { name: 'Philadelphia Hospice', url: 'https://hospice.example' },
    contacts: [{ name: 'Pat', email: SECRET.contactEmail, phone: SECRET.contactPhone }],
    regions: ['Center City'],
    audiences: ['seniors'],
    schedules: [{ kind: 'weekly', days: [2, 4], interval: 1, ...base, exceptions: ['2099-12-25'] }],
  }),
  group({
    slug: 'fortnightly-caregivers',
    name: 'Fortnightly Caregivers',
    topics: ['caregivers', 'dementia'],
    mode: 'hybrid',
    online: {
      url: SECRET.membersLink,
      phone: SECRET.membersPhone,
      notes: 'Passcode 4411',
      visibility: 'members',
    },
    location: {
      city: 'Philadelphia',
      region: 'PA',
      country: 'US',
      venue: 'A member’s home',
      address: '12 Secret Lane',
      latitude: 39.95,
      longitude: -75.16,
      approximate: true,
    },
    contacts: [{ email: SECRET.contactEmail }],
    schedules: [{ kind: 'weekly', days: [3], interval: 2, ...base }],
  }),
  group({
    slug: 'monthly-anxiety-online',
    name: 'Monthly Anxiety Online',
    topics: ['anxiety'],
    languages: ['en', 'es', 'asl'],
    mode: 'online',
    location: undefined,
    accessibility: ['captions'],
    online: {
      url: 'https://meet.example/anxiety',
      notes: 'Cameras optional',
      visibility: 'public',
    },
    cost: { kind: 'donation' },
    schedules: [
      { kind: 'monthly_nth', nth: 1, weekday: 6, interval: 1, ...base, startTime: '10:00' },
    ],
  }),
  group({
    slug: 'last-day-depression',
    name: 'Month-Day Depression Talk',
    topics: ['depression'],
    mode: 'online',
    location: undefined,
    online: { url: SECRET.membersLink, visibility: 'members' },
    schedules: [
      {
        kind: 'monthly_date',
        monthDay: 15,
        interval: 1,
        ...base,
        startTime: '23:30',
        durationMinutes: 60,
      },
      { kind: 'once', ...base, startDate: '2099-06-01', startTime: '12:00' },
    ],
  }),
  group({
    slug: 'dbt-skills-group',
    name: 'DBT Skills Group',
    kind: 'therapy',
    topics: ['depression', 'anxiety'],
    policy: 'application',
    capacity: 8,
    cost: {
      kind: 'sliding_scale',
      amountCents: 6000,
      minAmountCents: 2000,
      currency: 'USD',
      insurance: true,
    },
    leaders: [{ displayName: 'Dr. Rivera', role: 'professional', credentials: 'LCSW' }],
    therapy: { techniques: ['dbt', 'mindfulness'], sessions: 12, screening: true },
    organisation: { name: 'Riverside Clinic', url: 'https://riverside.example' },
    firstVisit: 'A short screening call first.',
    schedules: [{ kind: 'series', days: [1], interval: 1, count: 12, ...base, startTime: '17:00' }],
  }),
  group({ slug: 'draft-group', name: 'Draft Group Not Published' }),
  group({ slug: 'ended-group', name: 'Ended Group', status: 'ended' }),
];

/** Saves the listings, hides the draft, takes three seats of the therapy group. */
export async function seedListings(db: Db): Promise<void> {
  for (const input of LISTINGS) await saveGroup(db, input);
  await db.update(groups).set({ published: false }).where(eq(groups.slug, 'draft-group'));
  await db.update(groups).set({ seatsTaken: 3 }).where(eq(groups.slug, 'dbt-skills-group'));
}

export async function organisationId(db: Db, name: string): Promise<string> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, name));
  return row!.id;
}
