import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestApp } from '../../test/harness.js';
import { refreshOccurrences, saveGroup } from './commands.js';
import { group, today } from './test-group.js';

const philly = group({ slug: 'tuesday-grief-circle-philadelphia', name: 'Tuesday Grief Circle' });
const pittsburgh = group({
  slug: 'caregivers-coffee-pittsburgh',
  name: 'Caregivers Coffee Morning',
  topics: ['caregivers', 'dementia'],
  summary: 'Caring for a parent with dementia? Come for coffee and company.',
  location: {
    city: 'Pittsburgh',
    region: 'PA',
    postalCode: '15222',
    country: 'US',
    latitude: 40.4406,
    longitude: -79.9959,
  },
  schedules: [
    {
      kind: 'monthly_nth',
      weekday: 6,
      nth: -1,
      interval: 1,
      startDate: today,
      startTime: '10:00',
      durationMinutes: 60,
      timezone: 'America/New_York',
    },
  ],
});
const online = group({
  slug: 'cbt-anxiety-online',
  name: 'CBT Skills for Anxiety',
  kind: 'therapy',
  topics: ['anxiety'],
  summary: 'Eight structured sessions to learn CBT skills for worry and panic.',
  mode: 'online',
  location: undefined,
  online: { url: 'https://meet.example.org/secret-room', visibility: 'members' },
  policy: 'application',
  capacity: 8,
  cost: { kind: 'fixed', amountCents: 6000, currency: 'USD', insurance: true },
  leaders: [
    {
      displayName: 'Dr. Ana Ruiz',
      role: 'professional',
      credentials: 'PhD, Licensed Psychologist',
    },
  ],
  therapy: { techniques: ['cbt'], sessions: 8, startDate: today, screening: true },
  schedules: [
    {
      kind: 'series',
      days: [4],
      interval: 1,
      count: 8,
      startDate: today,
      startTime: '19:00',
      durationMinutes: 90,
      timezone: 'America/Los_Angeles',
    },
  ],
});

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  for (const g of [philly, pittsburgh, online]) await saveGroup(t.db, g);
});
afterAll(() => t.close());

const getJson = async (path: string) => {
  const res = await t.app.request(path);
  return { status: res.status, body: await res.json(), res };
};

describe('saving listings', () => {
  it('reports added, unchanged and updated, and keeps occurrences in step', async () => {
    const g = group({ slug: 'save-test', name: 'Save Test Group' });
    expect((await saveGroup(t.db, g)).outcome).toBe('added');
    expect((await saveGroup(t.db, g)).outcome).toBe('unchanged');
    const changed = { ...g, schedules: [{ ...g.schedules[0]!, days: [2, 4] }] };
    expect((await saveGroup(t.db, changed)).outcome).toBe('updated');
    const [row] = await queryRows<{ n: number; dows: number[] }>(
      t.db,
      sql`SELECT count(*)::int AS n,
                 array_agg(DISTINCT extract(dow FROM o.starts_at AT TIME ZONE 'America/New_York')::int) AS dows
          FROM group_occurrences o JOIN groups g ON g.id = o.group_id WHERE g.slug = 'save-test'`,
    );
    expect(row!.dows.sort()).toEqual([2, 4]);
    expect(row!.n).toBeGreaterThanOrEqual(14);
    expect((await refreshOccurrences(t.db)).extended).toBe(0);
  });

  it('rejects a schedule in an unknown time zone and writes nothing', async () => {
    const bad = group({ slug: 'bad-zone', name: 'Bad Zone' });
    bad.schedules[0]!.timezone = 'Mars/Base';
    await expect(saveGroup(t.db, bad)).rejects.toThrow(/zone/i);
    const rows = await queryRows(t.db, sql`SELECT 1 FROM groups WHERE slug = 'bad-zone'`);
    expect(rows).toEqual([]);
  });
});

describe('search API', () => {
  it('finds groups near a postal code, nearest first, with distances', async () => {
    const { body } = await getJson('/api/v1/groups?near=19103&radius=10');
    const slugs = body.results.map((r: { slug: string }) => r.slug);
    expect(slugs).toContain('tuesday-grief-circle-philadelphia');
    expect(slugs).not.toContain('caregivers-coffee-pittsburgh');
    expect(slugs).not.toContain('cbt-anxiety-online');
    expect(body.results[0].distanceKm).toBeLessThan(3);
  });

  it('adds online groups to a place search only when asked for', async () => {
    const { body } = await getJson(
      '/api/v1/groups?near=19103&radius=10&mode=online&mode=in_person',
    );
    expect(body.results.map((r: { slug: string }) => r.slug)).toContain('cbt-anxiety-online');
  });

  it('combines facets with AND and values within a facet with OR', async () => {
    const or = await getJson('/api/v1/groups?topic=grief&topic=anxiety');
    const orSlugs = or.body.results.map((r: { slug: string }) => r.slug);
    expect(orSlugs).toEqual(
      expect.arrayContaining(['tuesday-grief-circle-philadelphia', 'cbt-anxiety-online']),
    );
    const and = await getJson('/api/v1/groups?topic=grief&topic=anxiety&kind=therapy');
    expect(and.body.results.map((r: { slug: string }) => r.slug)).toEqual(['cbt-anxiety-online']);
    const seats = await getJson('/api/v1/groups?seats=1&technique=cbt');
    expect(seats.body.results.map((r: { slug: string }) => r.slug)).toEqual(['cbt-anxiety-online']);
    expect(seats.body.results[0].seatsLeft).toBe(8);
  });

  it('filters by day and time in the viewer’s own zone', async () => {
    const slugsFor = async (qs: string) =>
      (await getJson(`/api/v1/groups?topic=grief&${qs}`)).body.results.map(
        (r: { slug: string }) => r.slug,
      );
    // Tuesday 18:30 in Philadelphia is Tuesday evening there...
    expect(await slugsFor('day=2&time=evening&tz=America/New_York')).toContain(philly.slug);
    // ...and 23:30, Tuesday night, in London.
    expect(await slugsFor('day=2&time=evening&tz=Europe/London')).not.toContain(philly.slug);
    expect(await slugsFor('day=2&time=night&tz=Europe/London')).toContain(philly.slug);
    expect(await slugsFor('day=3&tz=America/New_York')).not.toContain(philly.slug);
  });

  it('matches full text and near-miss spellings of names', async () => {
    const text = await getJson('/api/v1/groups?q=dementia%20coffee');
    expect(text.body.results[0].slug).toBe('caregivers-coffee-pittsburgh');
    const typo = await getJson('/api/v1/groups?q=Tuesday%20Greif%20Circle');
    expect(typo.body.results.map((r: { slug: string }) => r.slug)).toContain(philly.slug);
  });

  it('gives the next meeting with the viewer’s offset', async () => {
    const { body } = await getJson(
      `/api/v1/groups?q=${encodeURIComponent('Tuesday Grief Circle')}&tz=America/Chicago`,
    );
    const hit = body.results.find((r: { slug: string }) => r.slug === philly.slug);
    expect(hit.nextMeeting.start).toMatch(/T17:30:00\.000-0[56]:00$/);
    expect(hit.nextMeeting.timezone).toBe('America/New_York');
  });

  it.each(['radius=-5', 'day=9', 'tz=Mars/Base'])('answers %s with a clear 400', async (qs) => {
    const { status, body } = await getJson(`/api/v1/groups?${qs}`);
    expect(status).toBe(400);
    expect(body.error.problems[0].message).toMatch(new RegExp(`^${qs.split('=')[0]}: `));
  });

  it('asks which place when a name is ambiguous', async () => {
    const { status, body } = await getJson('/api/v1/groups?near=Portland');
    expect(status).toBe(400);
    expect(body.error.candidates.length).toBeGreaterThanOrEqual(2);
  });

  it('returns one group with schedules and next occurrences, hiding members-only links', async () => {
    const { status, body } = await getJson(`/api/v1/groups/${online.slug}`);
    expect(status).toBe(200);
    expect(body.schedules[0].rrule).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;COUNT=8');
    expect(body.schedules[0].text).toMatch(/Thursday/);
    expect(body.occurrences.length).toBe(5);
    expect(body.online).toEqual({ visibility: 'members', url: null, phone: null });
    expect(JSON.stringify(body)).not.toContain('secret-room');
    expect((await getJson('/api/v1/groups/nope')).status).toBe(404);
  });

  it('serves topics with both languages, CORS and ETags', async () => {
    const { body, res } = await getJson('/api/v1/topics');
    expect(body.topics.find((x: { code: string }) => x.code === 'grief')).toEqual({
      code: 'grief',
      en: 'Grief and loss',
      es: 'Duelo y pérdida',
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const tag = res.headers.get('etag')!;
    expect(
      (await t.app.request('/api/v1/topics', { headers: { 'if-none-match': tag } })).status,
    ).toBe(304);
  });
});

describe('pages', () => {
  it('lists results with the kind unmistakable and works as a plain GET form', async () => {
    const res = await t.app.request('/groups?near=19103&radius=25');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<form id="search" class="search-bar" method="get" action="/groups"');
    // The filters are outside the form element, joined to it by their form attribute.
    expect(html).toMatch(/<input type="checkbox" name="mode" value="online" form="search"\/>/);
    expect(html).toMatch(/2 groups near 19103 \(Philadelphia, PA\)/);
    expect(html).toContain('Support group');
    expect(html).toContain('Tuesday Grief Circle');
    expect(html).toMatch(/\d(\.\d)? mi away/);
  });

  it('sends the results alone to as-you-type search, from the same address', async () => {
    const url = '/groups?near=19103&radius=25';
    const res = await t.app.request(url, { headers: { 'x-fragment': 'results' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('vary')).toMatch(/X-Fragment/i);
    const html = await res.text();
    expect(html).toMatch(/^<section aria-labelledby="results-heading" class="results"/);
    expect(html).not.toContain('<html');
    expect(html).toMatch(/2 groups near 19103 \(Philadelphia, PA\)/);
    // The words the page updates with it: the sheet's button and the Filters button.
    expect(html).toContain('data-show="Show 2 groups"');
    expect(html).toContain('data-filters="Filters"');
    // The whole page answers the same address without the header, and says it varies.
    const page = await t.app.request(url);
    expect(page.headers.get('vary')).toMatch(/X-Fragment/i);
    expect(await page.text()).toContain('<!doctype html>');
  });

  it('shows a friendly 400 page for bad filters', async () => {
    const res = await t.app.request('/groups?radius=-5');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('radius: must be greater than 0');
  });

  it('asks which Portland, and says when a place is unknown', async () => {
    expect(await (await t.app.request('/groups?near=Portland')).text()).toContain(
      'Which place did you mean?',
    );
    const unknown = await (await t.app.request('/groups?near=Xyzzyville')).text();
    expect(unknown).toContain('See online groups instead');
  });

  it('shows a group with the five differences and hides the members-only link', async () => {
    const html = await (await t.app.request(`/groups/${online.slug}`)).text();
    for (const term of ['Leadership', 'Purpose', 'Structure', 'Confidentiality', 'Techniques']) {
      expect(html).toContain(`<dt>${term}</dt>`);
    }
    expect(html).toContain('Dr. Ana Ruiz, PhD, Licensed Psychologist');
    expect(html).toContain('The meeting link is shown to members.');
    expect(html).not.toContain('secret-room');
    expect(html).toContain('$60 per session; insurance accepted');
  });

  it('offers the series as an .ics file', async () => {
    const res = await t.app.request(`/groups/${philly.slug}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await res.text();
    expect(ics).toContain('BEGIN:VCALENDAR\r\n');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU');
    expect(ics).toContain('TZID:America/New_York');
  });

  it('answers an unknown group with 404', async () => {
    expect((await t.app.request('/groups/no-such-group')).status).toBe(404);
  });
});

describe('reporting outdated information', () => {
  const post = (slug: string, body: Record<string, string>, origin = 'http://localhost') =>
    t.app.request(`http://localhost/groups/${slug}/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams(body).toString(),
    });
  const count = async () =>
    (await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM listing_reports`))[0]!
      .n;

  it('stores a report and thanks the person', async () => {
    const before = await count();
    const res = await post(philly.slug, { problem: 'time', details: 'Moved to Wednesdays' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/groups/${philly.slug}?reported=1#report`);
    expect(await count()).toBe(before + 1);
  });

  it('rejects bad input, bots and other origins without storing anything', async () => {
    const before = await count();
    expect((await post(philly.slug, { problem: 'aliens' })).status).toBe(400);
    expect((await post(philly.slug, { problem: 'time', website: 'spam' })).status).toBe(303);
    expect((await post(philly.slug, { problem: 'time' }, 'https://evil.example')).status).toBe(403);
    expect((await post('no-such-group', { problem: 'time' })).status).toBe(404);
    expect(await count()).toBe(before);
  });
});

describe('map view', () => {
  it('offers list and map views of the same search, and the map’s points as JSON', async () => {
    const html = await (await t.app.request('/groups?topic=grief&view=map')).text();
    expect(html).toContain('data-map="results"');
    expect(html).toContain('data-points="/api/v1/map?topic=grief"');
    expect(html).toMatch(/<script type="module" src="\/assets\/map\.[A-Z0-9]+\.js"/);
    expect(html).toContain('name="view" value="map"');
    const list = await (await t.app.request('/groups?topic=grief')).text();
    expect(list).not.toContain('data-map=');
    const { body } = await getJson('/api/v1/map?topic=grief');
    expect(body.points.map((p: { slug: string }) => p.slug)).toContain(philly.slug);
    expect(body.points.every((p: { latitude: number }) => typeof p.latitude === 'number')).toBe(
      true,
    );
  });

  it('lets map tiles through the content security policy', async () => {
    const res = await t.app.request('/groups?view=map');
    expect(res.headers.get('content-security-policy')).toContain(
      "img-src 'self' data: https://tile.openstreetmap.org",
    );
  });
});

describe('API rate limit', () => {
  it('answers 429 with Retry-After past the limit, and counts per minute', async () => {
    const limited = await createTestApp({ env: { API_RATE_LIMIT: '3' } });
    try {
      for (let i = 0; i < 3; i++) {
        const ok = await limited.app.request('/api/v1/topics');
        expect(ok.status).toBe(200);
        expect(ok.headers.get('ratelimit-remaining')).toBe(String(2 - i));
      }
      const res = await limited.app.request('/api/v1/topics');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await res.json()).error.message).toMatch(/at most 3 a minute/);
      // Pages are not limited by the API's budget.
      expect((await limited.app.request('/groups')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
