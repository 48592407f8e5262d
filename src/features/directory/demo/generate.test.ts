import { describe, expect, it } from 'vitest';
import { occurrences, toStoredSchedule } from '../../../shared/schedule/index.js';
import {
  ACCESS_FEATURES,
  AUDIENCES,
  codes,
  LANGUAGES,
  TECHNIQUES,
  TOPICS,
} from '../../../shared/taxonomy/index.js';
import type { GroupInput } from '../model.js';
import { DEMO_CITIES } from './cities.js';
import { generateDemoGroups } from './generate.js';
import { addDays } from './schedule.js';

const TODAY = '2026-03-10';
const groups = generateDemoGroups({ today: TODAY });
const support = groups.filter((g) => g.kind === 'support');
const therapy = groups.filter((g) => g.kind === 'therapy');
const schedules = groups.flatMap((g) => g.schedules);

function share(list: GroupInput[], test: (g: GroupInput) => boolean): number {
  return list.filter(test).length / list.length;
}

/** Great-circle distance in kilometres. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('generateDemoGroups', () => {
  it('is deterministic for the same day and count', () => {
    expect(generateDemoGroups({ today: TODAY })).toEqual(groups);
    expect(generateDemoGroups({ today: TODAY, count: 50 })).toEqual(
      generateDemoGroups({ today: TODAY, count: 50 }),
    );
  });

  it('uses today only for dates', () => {
    const later = generateDemoGroups({ today: '2027-01-04' });
    expect(later.map((g) => g.slug)).toEqual(groups.map((g) => g.slug));
    expect(later.map((g) => g.schedules[0]?.startTime)).toEqual(
      groups.map((g) => g.schedules[0]?.startTime),
    );
  });

  it('makes at least 300 groups by default and honours count', () => {
    expect(groups.length).toBeGreaterThanOrEqual(300);
    expect(generateDemoGroups({ today: TODAY, count: 40 })).toHaveLength(40);
    expect(generateDemoGroups({ today: TODAY, count: 0 })).toEqual([]);
  });

  it('rejects a malformed day or count', () => {
    expect(() => generateDemoGroups({ today: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateDemoGroups({ today: '10/03/2026' })).toThrow(RangeError);
    expect(() => generateDemoGroups({ today: TODAY, count: -1 })).toThrow(RangeError);
  });

  it('gives every group a unique, well-formed slug', () => {
    const slugs = groups.map((g) => g.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses only controlled codes, and at least 18 topics', () => {
    const valid = (vocabulary: Record<string, unknown>, values: string[]) =>
      values.every((v) => Object.hasOwn(vocabulary, v));
    for (const g of groups) {
      expect(g.topics.length).toBeGreaterThan(0);
      expect(valid(TOPICS, g.topics)).toBe(true);
      expect(valid(AUDIENCES, g.audiences)).toBe(true);
      expect(valid(LANGUAGES, g.languages)).toBe(true);
      expect(valid(ACCESS_FEATURES, g.accessibility)).toBe(true);
      expect(valid(TECHNIQUES, g.therapy?.techniques ?? [])).toBe(true);
    }
    const topics = new Set(groups.flatMap((g) => g.topics));
    expect(topics.size).toBeGreaterThanOrEqual(18);
    expect(topics.size).toBeLessThanOrEqual(codes(TOPICS).length);
  });

  it('spreads groups over US, Canadian and UK cities', () => {
    const cities = (country: string) =>
      new Set(
        groups
          .filter((g) => g.mode !== 'online' && g.location?.country === country)
          .map((g) => `${g.location?.city}, ${g.location?.region}`),
      ).size;
    expect(cities('US')).toBeGreaterThanOrEqual(22);
    expect(cities('CA')).toBeGreaterThanOrEqual(4);
    expect(cities('GB')).toBeGreaterThanOrEqual(4);
  });

  it('has a city table with the expected public facts', () => {
    const find = (name: string, region?: string) =>
      DEMO_CITIES.find((c) => c.name === name && (!region || c.region === region));
    expect(find('Philadelphia')).toMatchObject({ postalCode: '19103', region: 'PA' });
    expect(find('Portland', 'OR')?.timezone).toBe('America/Los_Angeles');
    expect(find('Portland', 'ME')?.timezone).toBe('America/New_York');
    expect(find('Honolulu')?.timezone).toBe('Pacific/Honolulu');
    expect(find('Anchorage')?.timezone).toBe('America/Anchorage');
    expect(find('Montréal')?.country).toBe('CA');
    expect(find('Edinburgh')?.region).toBe('Scotland');
    expect(new Set(DEMO_CITIES.map((c) => c.id)).size).toBe(DEMO_CITIES.length);
  });

  it('mixes kinds and modes in roughly the intended shares', () => {
    expect(share(groups, (g) => g.kind === 'support')).toBeCloseTo(0.7, 1);
    expect(share(groups, (g) => g.mode === 'online')).toBeCloseTo(0.25, 1);
    expect(share(groups, (g) => g.mode === 'hybrid')).toBeCloseTo(0.1, 1);
    expect(groups.some((g) => g.status === 'temporarily_closed')).toBe(true);
    expect(groups.some((g) => g.status === 'ended')).toBe(true);
    const spanish = share(groups, (g) => g.languages.includes('es'));
    expect(spanish).toBeGreaterThan(0.07);
    expect(spanish).toBeLessThan(0.2);
  });

  it('gives therapy groups screening, applications, techniques and consistent cohorts', () => {
    expect(therapy.length).toBeGreaterThan(0);
    for (const g of therapy) {
      expect(g.policy).toBe('application');
      expect(g.therapy?.screening).toBe(true);
      expect(g.therapy?.techniques.length).toBeGreaterThan(0);
      expect(g.capacity).toBeGreaterThanOrEqual(6);
      expect(g.capacity).toBeLessThanOrEqual(12);
      expect(['fixed', 'sliding_scale']).toContain(g.cost.kind);
      expect(g.leaders.length).toBeGreaterThan(0);
      for (const leader of g.leaders) {
        expect(leader.role).toBe('professional');
        expect(leader.credentials).toBeTruthy();
      }
      const [schedule] = g.schedules;
      if (schedule?.kind === 'series') {
        expect(schedule.count).toBe(g.therapy?.sessions);
        expect(schedule.count).toBeGreaterThanOrEqual(6);
        expect(schedule.count).toBeLessThanOrEqual(16);
        expect(g.therapy?.startDate).toBe(schedule.startDate);
        expect(schedule.startDate >= addDays(TODAY, 7)).toBe(true);
        expect(schedule.startDate <= addDays(TODAY, 70)).toBe(true);
      } else {
        expect(schedule?.kind).toBe('weekly');
        expect(g.therapy?.sessions).toBeUndefined();
      }
    }
    const cohorts = therapy.filter((g) => g.schedules[0]?.kind === 'series');
    expect(cohorts.length / therapy.length).toBeGreaterThan(0.5);
  });

  it('matches the cohort end date to the last session the schedule produces', () => {
    for (const g of therapy.filter((t) => t.schedules[0]?.kind === 'series')) {
      const stored = toStoredSchedule(g.schedules[0]!);
      const dates = occurrences(
        stored,
        new Date(`${TODAY}T00:00:00Z`),
        new Date(`${addDays(TODAY, 300)}T00:00:00Z`),
      ).map((o) => o.localDate);
      expect(dates).toHaveLength(g.therapy!.sessions!);
      expect(dates[0]).toBe(g.therapy?.startDate);
      expect(dates.at(-1)).toBe(g.therapy?.endDate);
    }
  });

  it('gives support groups peer leaders, open policies and free or donation costs', () => {
    for (const g of support) {
      expect(['drop_in', 'approval']).toContain(g.policy);
      expect(['free', 'donation']).toContain(g.cost.kind);
      expect(g.therapy).toBeUndefined();
      for (const leader of g.leaders) {
        expect(leader.role).toBe('peer');
        // One word plus an initial: "Marisol T.", never a full last name.
        expect(leader.displayName).toMatch(/^\p{Lu}[\p{L}'-]+ \p{Lu}\.$/u);
      }
    }
    expect(share(support, (g) => g.policy === 'drop_in')).toBeGreaterThan(0.6);
  });

  it('keeps online groups free of street addresses and spreads their time zones', () => {
    const online = groups.filter((g) => g.mode === 'online');
    for (const g of online) {
      expect(g.location?.address).toBeUndefined();
      expect(g.location?.venue).toBeUndefined();
      expect(g.location?.latitude).toBeUndefined();
      expect(g.online?.url).toMatch(/^https:\/\/[a-z]+\.example\.(org|net|com)\//);
    }
    for (const g of groups.filter((x) => x.mode !== 'in_person')) expect(g.online).toBeDefined();
    const zones = new Set(online.map((g) => g.schedules[0]?.timezone));
    expect(zones.size).toBeGreaterThanOrEqual(6);
    const members = therapy.filter((g) => g.online);
    expect(share(members, (g) => g.online?.visibility === 'members')).toBeGreaterThan(0.7);
  });

  it('places in-person venues near their city centre', () => {
    for (const g of groups.filter((x) => x.mode !== 'online')) {
      const loc = g.location!;
      const city = DEMO_CITIES.find((c) => c.name === loc.city && c.region === loc.region)!;
      expect(city).toBeDefined();
      expect(km(city.latitude, city.longitude, loc.latitude!, loc.longitude!)).toBeLessThan(8.5);
      if (!loc.approximate) expect(loc.address).toBeTruthy();
    }
    const located = groups.filter((x) => x.mode !== 'online');
    const approximate = share(located, (g) => g.location?.approximate === true);
    expect(approximate).toBeGreaterThan(0.04);
    expect(approximate).toBeLessThan(0.16);
  });

  it('writes valid schedules in a real time zone', () => {
    for (const s of schedules) {
      expect(() => new Intl.DateTimeFormat(undefined, { timeZone: s.timezone })).not.toThrow();
      expect(s.startTime).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(s.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.durationMinutes).toBeGreaterThanOrEqual(60);
      expect(s.durationMinutes).toBeLessThanOrEqual(120);
      expect(() => toStoredSchedule(s)).not.toThrow();
      if (s.kind !== 'series' && s.kind !== 'once') expect(s.startDate).toBe(TODAY);
    }
  });

  it('varies support schedules: weekly, fortnightly, monthly and one-off', () => {
    const kinds = support.map((g) => g.schedules[0]!);
    const count = (test: (s: (typeof kinds)[number]) => boolean) => kinds.filter(test).length;
    expect(count((s) => s.kind === 'weekly' && s.interval === 1)).toBeGreaterThan(kinds.length / 2);
    expect(count((s) => s.kind === 'weekly' && (s.days?.length ?? 0) > 1)).toBeGreaterThan(0);
    expect(count((s) => s.kind === 'weekly' && s.interval === 2) / kinds.length).toBeCloseTo(
      0.15,
      1,
    );
    expect(count((s) => s.kind === 'monthly_nth' && s.nth === -1)).toBeGreaterThan(0);
    expect(count((s) => s.kind === 'monthly_date')).toBeGreaterThan(0);
    expect(count((s) => s.kind === 'once')).toBeGreaterThan(0);
    const hours = new Set(kinds.map((s) => Number(s.startTime.slice(0, 2))));
    expect([...hours].some((h) => h < 12)).toBe(true);
    expect([...hours].some((h) => h >= 12 && h < 17)).toBe(true);
    expect([...hours].some((h) => h >= 17)).toBe(true);
  });

  it('writes short summaries and Markdown descriptions of two to four blocks', () => {
    for (const g of groups) {
      expect(g.name.length).toBeGreaterThan(5);
      expect(g.summary.length).toBeLessThan(220);
      const blocks = (g.description ?? '').split('\n\n');
      expect(blocks.length).toBeGreaterThanOrEqual(2);
      expect(blocks.length).toBeLessThanOrEqual(g.kind === 'therapy' ? 5 : 4);
      expect(g.description).not.toMatch(/\{[a-z]+\}/);
      expect(g.name).not.toMatch(/\{[a-z]+\}/);
    }
  });
});
