import { and, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { expect } from 'vitest';
import { auditEvents, groups, memberships } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import type { createTestApp } from '../../test/harness.js';

/** What the leaders' tests share: a valid group form and a leader who took the pledge. */
type Harness = Awaited<ReturnType<typeof createTestApp>>;

export const zone = 'America/New_York';
/** A date a little ahead, on a Tuesday, in New York. */
export const nextTuesday = DateTime.now()
  .setZone(zone)
  .plus({ days: 3 })
  .set({ weekday: 2 })
  .plus({ weeks: 1 })
  .toISODate()!;

export const supportForm = (overrides: Record<string, string | string[]> = {}) => ({
  kind: 'support',
  intent: 'save',
  name: 'Tuesday Grief Circle',
  summary: 'A fortnightly circle for people who lost someone close.',
  description: 'We share **stories** and tea.',
  topics: ['grief'],
  languages: ['en'],
  mode: 'in_person',
  venue: 'Friends Meeting House',
  address: '1515 Cherry St',
  city: 'Philadelphia',
  region: 'PA',
  postalCode: '19102',
  country: 'US',
  onlineVisibility: 'members',
  policy: 'approval',
  costKind: 'free',
  agreement: 'What is said here stays here. We listen without judging.',
  scheduleKind: 'weekly',
  days: ['2'],
  interval: '2',
  startDate: nextTuesday,
  startTime: '18:30',
  duration: '90',
  timezone: zone,
  ...overrides,
});

export async function pledgedLeader(t: Harness, options: Parameters<typeof signedInUser>[1] = {}) {
  const person = await signedInUser(t, options);
  await person.client.post('/lead/pledge', { pledge: 'on' });
  return person;
}

type Person = Awaited<ReturnType<typeof signedInUser>>;

/**
 * The steps the running journeys share, over the test file's app (given as a getter, since the
 * app is made in beforeAll).
 */
export function journeySteps(app: () => Harness) {
  async function groupBySlug(slug: string) {
    const [g] = await app().db.select().from(groups).where(eq(groups.slug, slug));
    if (!g) throw new Error(`no group ${slug}`);
    return g;
  }

  async function createSupport(leader: Person, name: string, overrides = {}) {
    const res = await leader.client.post('/lead/new', supportForm({ name, ...overrides }));
    expect(res.status).toBe(303);
    const slug = /\/lead\/([^?]+)/.exec(res.headers.get('location') ?? '')![1]!;
    return groupBySlug(slug);
  }

  async function addMember(groupId: string, userId: string) {
    await app().db.insert(memberships).values({
      groupId,
      userId,
      status: 'member',
      arrival: sql`nextval('membership_arrival_seq')`,
    });
  }

  const auditCount = async (action: string, groupId: string) =>
    (
      await app()
        .db.select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, groupId)))
    ).length;

  return { groupBySlug, createSupport, addMember, auditCount };
}
