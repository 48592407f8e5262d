import { asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupOccurrences, groups } from '../../db/schema/index.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { NEXT_MEETINGS, refreshOccurrences, saveGroup } from './commands.js';
import { group, today } from './test-group.js';

/**
 * Issue 13, part 2: a year ahead. A therapy cohort that starts in five months has its next
 * meetings, is found by day and time of day and by its start date, and keeps them as days pass.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
const zone = 'America/New_York';
// A Wednesday about five months ahead, in the group's zone.
const start = DateTime.now().setZone(zone).plus({ months: 5 }).set({ weekday: 3 }).toISODate()!;

beforeAll(async () => {
  t = await createTestApp();
  await saveGroup(
    t.db,
    group({
      slug: 'spring-anxiety-cohort',
      name: 'Spring Anxiety Skills Cohort',
      kind: 'therapy',
      topics: ['anxiety'],
      mode: 'online',
      location: undefined,
      online: { url: 'https://meet.example.org/spring', visibility: 'members' },
      policy: 'application',
      capacity: 8,
      leaders: [{ displayName: 'Dr. Lee', role: 'professional', credentials: 'LCSW' }],
      therapy: { techniques: ['cbt'], sessions: 8, screening: true },
      schedules: [
        {
          kind: 'series',
          days: [3],
          interval: 1,
          count: 8,
          startDate: start,
          startTime: '19:00',
          durationMinutes: 90,
          timezone: zone,
        },
      ],
    }),
  );
  await saveGroup(
    t.db,
    group({
      slug: 'first-saturday-circle',
      name: 'First Saturday Circle',
      schedules: [
        {
          kind: 'monthly_nth',
          weekday: 6,
          nth: 1,
          interval: 1,
          startDate: today,
          startTime: '10:00',
          durationMinutes: 60,
          timezone: zone,
        },
      ],
    }),
  );
});
afterAll(() => t.close());

const startsOf = async (slug: string) => {
  const rows = await t.db
    .select({ startsAt: groupOccurrences.startsAt })
    .from(groupOccurrences)
    .innerJoin(groups, eq(groups.id, groupOccurrences.groupId))
    .where(eq(groups.slug, slug))
    .orderBy(asc(groupOccurrences.startsAt));
  return rows.map((r) => r.startsAt);
};

describe('a cohort that starts in five months', () => {
  it('has its first meetings written out, and a next meeting on its page', async () => {
    const starts = await startsOf('spring-anxiety-cohort');
    expect(starts.length).toBe(NEXT_MEETINGS);
    expect(DateTime.fromJSDate(starts[0]!).setZone(zone).toISODate()).toBe(start);
    const page = await (await new Client(t.app).get('/groups/spring-anxiety-cohort')).text();
    expect(page).toContain('Next meetings');
    expect(page).not.toContain('no dates to come');
  });

  it('is found by Wednesday evening and by starting within 26 weeks, not by 12', async () => {
    const found = async (qs: string) =>
      (await (await t.app.request(`/api/v1/groups?${qs}&tz=${zone}`)).json()).results.map(
        (r: { slug: string }) => r.slug,
      );
    expect(await found('time=evening')).toContain('spring-anxiety-cohort');
    expect(await found('day=3&time=evening')).toContain('spring-anxiety-cohort');
    expect(await found('day=1')).not.toContain('spring-anxiety-cohort');
    expect(await found('starts_within=26')).toContain('spring-anxiety-cohort');
    expect(await found('starts_within=12')).not.toContain('spring-anxiety-cohort');
    const form = await (await new Client(t.app).get('/groups?starts_within=26')).text();
    expect(form).toMatch(/<option value="26" selected/);
  });

  it('keeps its dates through the daily refresh, and a monthly group keeps five', async () => {
    const before = await startsOf('spring-anxiety-cohort');
    const later = new Date(Date.now() + 30 * 86_400_000);
    await refreshOccurrences(t.db, later);
    expect(await startsOf('spring-anxiety-cohort')).toEqual(before);
    const monthly = await startsOf('first-saturday-circle');
    expect(monthly.length).toBeGreaterThanOrEqual(NEXT_MEETINGS);
  });
});
