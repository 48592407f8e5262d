import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from './commands.js';
import { group } from './test-group.js';

// More matches than a page shows many times over: the count is exact (ADR 14; it stopped at 100
// under ADR 8), page links say how many pages, and paging through every page returns each match
// exactly once, in order.
const COPIES = 130;

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  await saveGroup(t.db, group({ slug: 'bound-0', name: 'Bound Grief Circle' }));
  // Copies spread around the first, with their meetings a minute apart, written straight to
  // the tables (as another process would): the index learns of them from the change log.
  await t.db.execute(sql`
    INSERT INTO groups (slug, kind, name, summary, description, topics, mode, policy, cost_kind,
                        city, latitude, longitude, search_extra)
    SELECT 'bound-' || k, kind, name || ' ' || k, summary, description, topics, mode, policy,
           cost_kind, city, latitude + k * 0.001, longitude, search_extra
    FROM groups CROSS JOIN generate_series(1, ${COPIES - 1}) k WHERE slug = 'bound-0'`);
  await t.db.execute(sql`
    WITH copies AS (
      SELECT g.id, substring(g.slug FROM 7)::int AS k FROM groups g WHERE g.slug LIKE 'bound-%'
        AND g.slug <> 'bound-0'
    ), sch AS (
      INSERT INTO group_schedules (group_id, position, rrule, dtstart, timezone, duration_minutes,
                                   exdates, input, expanded_until)
      SELECT c.id, s.position, s.rrule, s.dtstart, s.timezone, s.duration_minutes, s.exdates,
             s.input, s.expanded_until
      FROM copies c, group_schedules s JOIN groups o ON o.id = s.group_id WHERE o.slug = 'bound-0'
      RETURNING id, group_id
    )
    INSERT INTO group_occurrences (schedule_id, group_id, starts_at, ends_at)
    SELECT sch.id, sch.group_id, o.starts_at + c.k * interval '1 minute',
           o.ends_at + c.k * interval '1 minute'
    FROM sch JOIN copies c ON c.id = sch.group_id
    CROSS JOIN group_occurrences o JOIN groups b ON b.id = o.group_id WHERE b.slug = 'bound-0'`);
  await t.searchIndex.catchUp();
});
afterAll(() => t.close());

async function everyPage(qs: string) {
  const results: { slug: string; distanceKm?: number; nextMeeting: unknown }[] = [];
  for (let page = 1; page <= Math.ceil(COPIES / 20); page++) {
    const body = await (await t.app.request(`/api/v1/groups?${qs}&page=${page}`)).json();
    expect(body.total).toBe(COPIES);
    expect(body.totalCapped).toBe(false);
    results.push(...body.results);
  }
  return results;
}

describe('searches with many pages of matches', () => {
  it('counts every match and pages through every match once, soonest first', async () => {
    const all = await everyPage('topic=grief&sort=next');
    expect(all).toHaveLength(COPIES);
    expect(new Set(all.map((r) => r.slug)).size).toBe(COPIES);
    expect(all.slice(0, 3).map((r) => r.slug)).toEqual(['bound-0', 'bound-1', 'bound-2']);
  });

  it('pages nearest first, and the same set by words near a place', async () => {
    for (const qs of [
      'near=19103&radius=50&sort=distance',
      'near=19103&radius=50&q=grief&sort=distance',
      'near=19103&radius=50&q=grief',
    ]) {
      const all = await everyPage(qs);
      expect(new Set(all.map((r) => r.slug)).size).toBe(COPIES);
      if (qs.includes('distance')) {
        const d = all.map((r) => r.distanceKm!);
        expect(d).toEqual([...d].sort((a, b) => a - b));
      }
    }
  });

  it('says how many and links to the next page until the last', async () => {
    const first = await (await t.app.request('/groups?topic=grief')).text();
    expect(first).toContain(`${COPIES} groups`);
    expect(first).toContain('rel="next"');
    const last = Math.ceil(COPIES / 20);
    const end = await (await t.app.request(`/groups?topic=grief&page=${last}`)).text();
    expect(end).not.toContain('rel="next"');
  });
});
