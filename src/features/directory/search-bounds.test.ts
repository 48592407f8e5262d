import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from './commands.js';
import { COUNT_CAP } from './queries.js';
import { group } from './test-group.js';

// More matches than the count cap: counts stop, page links go on, and paging through every page
// still returns each match exactly once, in order (ADR 8).
const COPIES = COUNT_CAP + 30;

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  await saveGroup(t.db, group({ slug: 'bound-0', name: 'Bound Grief Circle' }));
  // Copies spread around the first, with their next meetings a minute apart.
  await t.db.execute(sql`
    INSERT INTO groups (slug, kind, name, summary, topics, mode, policy, cost_kind, city,
                        latitude, longitude, next_starts_at, next_ends_at)
    SELECT 'bound-' || k, kind, name || ' ' || k, summary, topics, mode, policy, cost_kind, city,
           latitude + k * 0.001, longitude, next_starts_at + k * interval '1 minute',
           next_ends_at + k * interval '1 minute'
    FROM groups CROSS JOIN generate_series(1, ${COPIES - 1}) k WHERE slug = 'bound-0'`);
});
afterAll(() => t.close());

async function everyPage(qs: string) {
  const results: { slug: string; distanceKm?: number; nextMeeting: unknown }[] = [];
  for (let page = 1; page <= Math.ceil(COPIES / 20); page++) {
    const body = await (await t.app.request(`/api/v1/groups?${qs}&page=${page}`)).json();
    expect(body.total).toBe(COUNT_CAP);
    expect(body.totalCapped).toBe(true);
    results.push(...body.results);
  }
  return results;
}

describe('searches with more matches than the count cap', () => {
  it('counts up to the cap and pages through every match once, soonest first', async () => {
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

  it('says "more than" and links to the next page while pages are full', async () => {
    const first = await (await t.app.request('/groups?topic=grief')).text();
    expect(first).toContain(`More than ${COUNT_CAP} groups`);
    expect(first).toMatch(/Page 1<\/span>/);
    expect(first).toContain('rel="next"');
    const last = Math.ceil(COPIES / 20);
    const end = await (await t.app.request(`/groups?topic=grief&page=${last}`)).text();
    expect(end).not.toContain('rel="next"');
  });
});
