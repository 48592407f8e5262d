import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FilterDefaults, filterSchema, filterToParams, parseFilter } from './filters.js';

const defaults: FilterDefaults = { tz: 'America/New_York', unit: 'mi' };
const parse = (qs: string) => parseFilter(new URLSearchParams(qs), defaults);

describe('parseFilter', () => {
  it('gives defaults for an empty query', () => {
    const r = parse('');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.filter).toMatchObject({
      topics: [],
      modes: [],
      radius: 25,
      unit: 'mi',
      tz: 'America/New_York',
      sort: 'next',
      sortDefaulted: true,
      page: 1,
      soon: false,
      free: false,
    });
  });

  it('reads repeated and comma-separated values, dropping duplicates', () => {
    const r = parse('topic=grief&topic=cancer,grief&mode=online&day=2&day=4&day=2&time=evening');
    expect(r.ok && r.filter.topics).toEqual(['grief', 'cancer']);
    expect(r.ok && r.filter.modes).toEqual(['online']);
    expect(r.ok && r.filter.days).toEqual([2, 4]);
    expect(r.ok && r.filter.times).toEqual(['evening']);
  });

  it('defaults the sort to relevance with text, distance with a place', () => {
    expect(
      parse('q=grief').ok && (parse('q=grief') as { filter: { sort: string } }).filter.sort,
    ).toBe('relevance');
    const near = parse('near=19103');
    expect(near.ok && near.filter.sort).toBe('distance');
    // Distance sort without a place falls back.
    const bad = parse('sort=distance');
    expect(bad.ok && bad.filter.sort).toBe('next');
  });

  it.each([
    ['radius=-5', 'radius'],
    ['radius=abc', 'radius'],
    ['day=9', 'day'],
    ['tz=Mars/Base', 'tz'],
    ['kind=cult', 'kind'],
    ['topic=astrology', 'topic'],
    ['page=0', 'page'],
    ['starts_within=100', 'starts_within'],
    ['unit=furlongs', 'unit'],
    ['sort=random', 'sort'],
  ])('rejects %s with a message naming %s', (qs, param) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.param)).toContain(param);
    expect(r.problems[0]!.message.startsWith(`${param}:`)).toBe(true);
  });

  it('reports every bad parameter at once', () => {
    const r = parse('radius=-5&day=9&tz=Mars/Base');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.param).sort()).toEqual(['day', 'radius', 'tz']);
  });

  it('writes canonical links in the schema order, leaving defaults out', () => {
    const r = parse(
      'page=3&sort=next&technique=cbt&policy=approval&access=captions&audience=women&lang=es&time=night&day=5&mode=online&topic=grief&starts_within=4&source=feed&kind=therapy&q=grief&near=19103&radius=25&unit=mi&tz=America%2FNew_York',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(filterToParams(r.filter, defaults).toString()).toBe(
      'q=grief&kind=therapy&topic=grief&mode=online&near=19103&day=5&time=night&lang=es&audience=women&access=captions&policy=approval&technique=cbt&starts_within=4&source=feed&sort=next&page=3',
    );
  });

  it('round-trips through filterToParams', () => {
    const qs =
      'q=grief&kind=support&topic=grief&mode=in_person&near=19103&radius=10&unit=km&day=1&time=evening&tz=America%2FChicago&soon=1&lang=es&cost=free&audience=women&access=captions&policy=drop_in&technique=cbt&seats=1&starts_within=8&source=feed&sort=distance&page=2';
    const first = parse(qs);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = parse(filterToParams(first.filter, defaults).toString());
    expect(again).toEqual(first);
  });

  it('turns any query string into a filter or a clear error, never a throw', () => {
    // Every parameter the schema declares, and one it does not.
    const keys = [...Object.keys(filterSchema.shape), 'junk'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 30 })), {
          maxLength: 12,
        }),
        (pairs) => {
          const result = parseFilter(new URLSearchParams(pairs), defaults);
          if (result.ok) {
            expect(result.filter.page).toBeGreaterThanOrEqual(1);
            expect(result.filter.radius).toBeGreaterThan(0);
            for (const d of result.filter.days) expect(d).toBeGreaterThanOrEqual(0);
          } else {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) expect(p.message).toMatch(/^[a-z_]+: .+/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
