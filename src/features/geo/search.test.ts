import { describe, expect, it } from 'vitest';
import { createOfflineGeocoder, DOMINANCE_RATIO, type GeocodeResult, type Place } from './index.js';

const geocoder = createOfflineGeocoder();

async function found(query: string, hint?: { country?: string }): Promise<Place> {
  const result = await geocoder.geocode(query, hint);
  if (result.status !== 'found') throw new Error(`${query}: ${JSON.stringify(result)}`);
  return result.place;
}

async function candidates(query: string, hint?: { country?: string }): Promise<Place[]> {
  const result: GeocodeResult = await geocoder.geocode(query, hint);
  if (result.status !== 'ambiguous') throw new Error(`${query}: ${JSON.stringify(result)}`);
  expect(result.query).toBe(query);
  return result.candidates;
}

describe('city names', () => {
  it('ignores case and accents', async () => {
    for (const query of ['montreal', 'MONTREAL', 'Montréal', 'montréal ']) {
      expect(await found(query)).toMatchObject({
        label: 'Montréal, QC, Canada',
        kind: 'city',
        country: 'CA',
        region: 'QC',
        timezone: 'America/Toronto',
      });
    }
    expect((await found('sao paulo')).label).toBe('São Paulo, Brazil');
  });

  it('finds a name that dominates its namesakes', async () => {
    const philadelphia = await found('Philadelphia');
    expect(philadelphia).toMatchObject({
      label: 'Philadelphia, PA, United States',
      region: 'PA',
      timezone: 'America/New_York',
    });
    expect(philadelphia.population).toBeGreaterThan(1_000_000);
    expect(await found('London')).toMatchObject({
      label: 'London, England, United Kingdom',
      country: 'GB',
      region: 'England',
      timezone: 'Europe/London',
    });
    expect((await found('Paris')).label).toBe('Paris, France');
  });

  it('offers a choice when no namesake dominates, biggest first', async () => {
    const portland = await candidates('Portland');
    expect(portland.slice(0, 2).map((p) => p.label)).toEqual([
      'Portland, OR, United States',
      'Portland, ME, United States',
    ]);
    // The pair that pins the threshold: 632k vs 67k is under 10x.
    const [oregon, maine] = portland as [Place, Place];
    expect(oregon.population! / maine.population!).toBeLessThan(DOMINANCE_RATIO);
    const springfield = await candidates('Springfield');
    expect(springfield.length).toBeGreaterThanOrEqual(2);
    expect(springfield.length).toBeLessThanOrEqual(6);
    const populations = springfield.map((p) => p.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(springfield.every((p) => p.label.startsWith('Springfield, '))).toBe(true);
  });

  it('finds names the data spells differently', async () => {
    expect((await found('New York')).label).toBe('New York City, NY, United States');
    expect((await found('Washington DC')).region).toBe('DC');
    expect((await found('St Louis', { country: 'US' })).label).toBe('St. Louis, MO, United States');
    expect((await found('Quebec City')).label).toBe('Québec, QC, Canada');
    expect((await found('NYC')).region).toBe('NY');
  });
});

describe('qualified names', () => {
  const cases: [string, string][] = [
    ['Portland, Oregon', 'Portland, OR, United States'],
    ['Portland, OR', 'Portland, OR, United States'],
    ['Portland OR', 'Portland, OR, United States'],
    ['portland oregon usa', 'Portland, OR, United States'],
    ['Portland, Maine', 'Portland, ME, United States'],
    ['Portland, ME, USA', 'Portland, ME, United States'],
    ['Leeds, UK', 'Leeds, England, United Kingdom'],
    ['Leeds, England', 'Leeds, England, United Kingdom'],
    ['Leeds, United Kingdom', 'Leeds, England, United Kingdom'],
    ['Leeds, Great Britain', 'Leeds, England, United Kingdom'],
    ['Leeds GB', 'Leeds, England, United Kingdom'],
    ['Glasgow, Scotland', 'Glasgow, Scotland, United Kingdom'],
    ['Cardiff, Wales', 'Cardiff, Wales, United Kingdom'],
    ['Belfast, Northern Ireland', 'Belfast, Northern Ireland, United Kingdom'],
    ['London, Ontario', 'London, ON, Canada'],
    ['London, ON, Canada', 'London, ON, Canada'],
    ['Paris, France', 'Paris, France'],
    ['Paris, FR', 'Paris, France'],
    ['Springfield, IL', 'Springfield, IL, United States'],
    ['Springfield, Illinois, United States', 'Springfield, IL, United States'],
    ['Springfield, Massachusetts', 'Springfield, MA, United States'],
    ['New York, NY', 'New York City, NY, United States'],
    ['Athens, Georgia', 'Athens, GA, United States'],
    ['Tbilisi, Georgia', 'Tbilisi, Georgia'],
    ['Portland, Multnomah County, OR', 'Portland, OR, United States'],
  ];
  it.each(cases)('%s → %s', async (query, label) => {
    expect((await found(query)).label).toBe(label);
  });

  it('reads CA as California when the town is there, and as Canada otherwise', async () => {
    expect((await found('London, CA')).label).toBe('London, CA, United States');
    expect((await found('Toronto, CA')).label).toBe('Toronto, ON, Canada');
    expect((await found('Paris, CA')).label).toBe('Paris, ON, Canada');
    expect((await found('London, CA, Canada')).label).toBe('London, ON, Canada');
  });

  it('says which part did not match', async () => {
    const scotland = await geocoder.geocode('Leeds, Scotland');
    expect(scotland).toMatchObject({ status: 'not_found' });
    if (scotland.status === 'not_found') expect(scotland.reason).toMatch(/"Leeds" in Scotland/);
    const unknown = await geocoder.geocode('Portland, Xyz');
    if (unknown.status !== 'not_found') throw new Error('expected not_found');
    expect(unknown.reason).toMatch(/don't recognise "Xyz"/);
  });

  it('asks for a town when given only a country or state', async () => {
    const expectations: [string, RegExp][] = [
      ['France', /a country.*"Paris, France"/],
      ['UK', /a country.*"London, UK"/],
      // Small namesakes exist (Oregon, OH; England, AR) but people mean the region.
      ['Oregon', /a US state.*"Portland, Oregon"/],
      ['England', /part of the United Kingdom.*"London, England"/],
      ['Ontario', /Canadian province.*"Toronto, Ontario"/],
    ];
    for (const [query, reason] of expectations) {
      const result = await geocoder.geocode(query);
      if (result.status !== 'not_found') throw new Error(`${query}: ${JSON.stringify(result)}`);
      expect(result.reason).toMatch(reason);
    }
    // ...unless the namesake is a big city.
    expect((await found('Washington')).label).toBe('Washington, D.C., United States');
    expect((await found('Mexico')).label).toBe('Mexico City, Mexico');
  });
});

describe('hint.country', () => {
  it('breaks ties toward the hinted country', async () => {
    expect((await candidates('Birmingham'))[0]?.country).toBe('GB');
    expect((await found('Birmingham', { country: 'US' })).label).toBe(
      'Birmingham, AL, United States',
    );
    expect((await found('Hamilton', { country: 'NZ' })).country).toBe('NZ');
    expect((await found('Hamilton', { country: 'ca' })).label).toBe('Hamilton, ON, Canada');
  });

  it('does not override a dominant match or create one from a tie', async () => {
    expect((await found('London', { country: 'CA' })).country).toBe('GB');
    expect((await candidates('Springfield', { country: 'US' })).length).toBeGreaterThan(1);
    expect((await candidates('Portland', { country: 'FR' }))[0]?.region).toBe('OR');
  });
});
