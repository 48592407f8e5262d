import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groups } from '../../db/schema/index.js';
import { projectRoot } from '../../lib/paths.js';
import { createTestApp } from '../../test/harness.js';
import { partId } from './ids.js';
import { organisationId, SECRET, seedListings } from './test-fixtures.js';
import { HSDS_SCHEMA_URL, hsdsAjv } from './validate.js';
import { taxonomyId, termId } from './vocabulary.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  await seedListings(t.db);
});
afterAll(() => t.close());

// Responses are read as plain JSON; each assertion states the shape it expects.
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies under test
type Json = Record<string, any>;
async function get(path: string, status = 200): Promise<Json> {
  const res = await t.app.request(path);
  expect(res.status, path).toBe(status);
  return (await res.json()) as Json;
}

// The OpenAPI document, added as a schema, so each response is checked against the response
// schema the official OpenAPI gives for its path (its $refs name the raw GitHub URLs of the
// compiled schemas; they are mapped to our copies of the same files).
const SCHEMA_DIR = join(projectRoot, 'src/features/hsds/schema');
const ajv = hsdsAjv();
if (!ajv.getSchema('openapi.json')) {
  // The fully nested objects' compiled files are the modular ones with their $refs inlined;
  // we keep the modular ones (a few KB against megabytes), under the compiled addresses too.
  for (const file of ['service.json', 'organization.json', 'service_at_location.json']) {
    ajv.addSchema({ $ref: HSDS_SCHEMA_URL + file }, `${HSDS_SCHEMA_URL}compiled/${file}`);
  }
  ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, 'openapi.json'), 'utf8')), 'openapi.json');
}
const pointer = (path: string) =>
  `openapi.json#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/get/responses/200/content/application~1json/schema`;

function expectValid(body: unknown, path: string, schema = pointer(path)) {
  const validate = ajv.getSchema(schema)!;
  const ok = validate(body);
  expect(ok ? [] : validate.errors, `${path} against ${schema}`).toEqual([]);
}

const groupId = async (slug: string) =>
  (await get(`/hsds/services?search=${encodeURIComponent(slug.replace(/-/g, ' '))}`)).contents[0]
    .id as string;

describe('HSDS 3.0 API: responses validate against the official schemas', () => {
  it('answers the root with version, profile and OpenAPI address', async () => {
    const body = await get('/hsds/');
    expectValid(body, '/');
    expect(body).toMatchObject({
      version: '3.0',
      openapi_url: expect.stringContaining('3.0/schema/openapi.json'),
    });
  });

  it('lists published services only, in the Page envelope, brief, minimal and full', async () => {
    for (const query of ['', '?minimal=true', '?full=true']) {
      const body = await get(`/hsds/services${query}`);
      expectValid(body, '/services');
      expect(body.contents.map((s: Json) => s.name).sort()).toEqual([
        'DBT Skills Group',
        'Fortnightly Caregivers',
        'Month-Day Depression Talk',
        'Monthly Anxiety Online',
        'Tuesday Grief Circle',
      ]);
    }
    const full = await get('/hsds/services?full=true');
    for (const service of full.contents) expectValid(service, '/services/{id}');
  });

  it('answers each service, organisation and service_at_location by id', async () => {
    const list = await get('/hsds/services?full=true');
    for (const service of list.contents) {
      expectValid(await get(`/hsds/services/${service.id}`), '/services/{id}');
      for (const sal of service.service_at_locations ?? []) {
        // The OpenAPI names compiled/service.json for this path (a slip); its own schema is this.
        expectValid(
          await get(`/hsds/service_at_locations/${sal.id}`),
          'sal',
          `${HSDS_SCHEMA_URL}service_at_location.json`,
        );
      }
    }
    const orgs = await get('/hsds/organizations?full_service=true');
    expectValid(orgs, '/organizations');
    expect(orgs.contents.map((o: Json) => o.name)).toEqual([
      'Philadelphia Hospice',
      'Riverside Clinic',
    ]);
    for (const org of orgs.contents) {
      expectValid(org, 'org', `${HSDS_SCHEMA_URL}organization.json`);
      const one = await get(`/hsds/organizations/${org.id}`);
      expectValid(one, '/organizations/{id}');
      expect(one.services.length).toBe(1);
    }
    const sals = await get('/hsds/service_at_locations?full=true');
    expectValid(sals, '/service_at_locations');
    // Hybrid has two (a place and a room): 3 in person or hybrid, 3 online or hybrid.
    expect(sals.total_items).toBe(6);
  });

  it('maps schedules: weekly, fortnightly (WEEKLY, interval 2), monthly, one-off, series', async () => {
    const by = async (slug: string) =>
      (await get(`/hsds/services/${await groupId(slug)}`)).schedules as Json[];
    const [weekly] = await by('tuesday grief circle');
    expect(weekly).toMatchObject({
      freq: 'WEEKLY',
      interval: 1,
      byday: 'TU,TH',
      opens_at: expect.stringMatching(/^18:30-0[45]:00$/),
    });
    expect(weekly!.notes).toContain('Time zone: America/New_York.');
    expect(weekly!.notes).toContain('No meeting on: 2099-12-25.');
    expect([-4, -5]).toContain(weekly!.timezone);
    const [fortnightly] = await by('fortnightly caregivers');
    expect(fortnightly).toMatchObject({ freq: 'WEEKLY', interval: 2, wkst: 'MO', byday: 'WE' });
    const [monthly] = await by('monthly anxiety online');
    expect(monthly).toMatchObject({ freq: 'MONTHLY', byday: '1SA' });
    const [byDate, once] = await by('month day depression');
    expect(byDate).toMatchObject({
      freq: 'MONTHLY',
      bymonthday: '15',
      opens_at: expect.stringMatching(/^23:30/),
      closes_at: expect.stringMatching(/^00:30/),
    });
    expect(once).toMatchObject({
      freq: 'WEEKLY',
      count: 1,
      dtstart: '2099-06-01',
      valid_to: '2099-06-01',
    });
    const [series] = await by('dbt skills group');
    expect(series).toMatchObject({ freq: 'WEEKLY', count: 12, byday: 'MO' });
  });

  it('shows seats as service_capacity only for the therapy group, in HSDS 3.1 shape', async () => {
    const all = await get('/hsds/services?full=true');
    const withSeats = all.contents.filter((s: Json) => s.service_capacity);
    expect(withSeats.map((s: Json) => s.name)).toEqual(['DBT Skills Group']);
    const [capacity] = withSeats[0].service_capacity;
    expect(capacity).toMatchObject({ available: 5, maximum: 8, unit: { name: 'Seat' } });
    // Checked against 3.1's own schema (its attributes and metadata, which we never send, left out).
    const v31 = new Ajv2020({ strict: false });
    addFormats.default(v31);
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, '3.1/service_capacity.json'), 'utf8'));
    const unit = JSON.parse(readFileSync(join(SCHEMA_DIR, '3.1/unit.json'), 'utf8'));
    for (const s of [schema, unit]) {
      delete s.properties.attributes;
      delete s.properties.metadata;
    }
    schema.properties.unit = unit;
    expect(v31.validate(schema, capacity), JSON.stringify(v31.errors)).toBe(true);
  });
});

describe('never published', () => {
  it('has no contacts, no members-only link or phone, no exact place of an approximate one', async () => {
    const text = JSON.stringify([
      await get('/hsds/services?full=true'),
      await get('/hsds/service_at_locations?full=true'),
      await get('/hsds/organizations?full_service=true'),
    ]);
    for (const secret of [
      ...Object.values(SECRET),
      'Passcode 4411',
      '12 Secret Lane',
      'member’s home',
      'Dr. Rivera',
      'Draft Group',
      'Ended Group',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/"contacts"/);
    expect(text).toContain('https://meet.example/anxiety');
  });

  it('says an approximate point is approximate', async () => {
    const service = await get(`/hsds/services/${await groupId('fortnightly caregivers')}`);
    const physical = service.service_at_locations.find(
      (s: Json) => s.location.location_type === 'physical',
    );
    expect(physical.location.description).toContain('approximate');
    const virtual = service.service_at_locations.find(
      (s: Json) => s.location.location_type === 'virtual',
    );
    expect(virtual.location.url).toBeUndefined();
  });

  it('answers 404 for a draft or ended group by id', async () => {
    for (const slug of ['draft-group', 'ended-group']) {
      const [row] = await t.db.select({ id: groups.id }).from(groups).where(eq(groups.slug, slug));
      await get(`/hsds/services/${row!.id}`, 404);
    }
  });
});

describe('pagination and filters', () => {
  it('pages with total_items, total_pages, first_page and last_page', async () => {
    const first = await get('/hsds/services?per_page=2');
    expect(first).toMatchObject({
      total_items: 5,
      total_pages: 3,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const last = await get('/hsds/services?per_page=2&page=3');
    expect(last).toMatchObject({ size: 1, first_page: false, last_page: true });
    const beyond = await get('/hsds/services?per_page=2&page=4');
    expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });
    const names = [first, await get('/hsds/services?per_page=2&page=2'), last].flatMap((p) =>
      p.contents.map((s: Json) => s.name),
    );
    expect(new Set(names).size).toBe(5);
  });

  it('filters by search, taxonomy term, taxonomy, organisation, modified_after and postcode', async () => {
    const names = async (q: string) =>
      (await get(`/hsds/services?${q}`)).contents.map((s: Json) => s.name).sort();
    expect(await names('search=caregivers')).toEqual(['Fortnightly Caregivers']);
    expect(await names(`taxonomy_term_id=${termId('topics', 'anxiety')}`)).toEqual([
      'DBT Skills Group',
      'Monthly Anxiety Online',
    ]);
    expect(await names(`taxonomy_term_id=${termId('group_kind', 'therapy')}`)).toEqual([
      'DBT Skills Group',
    ]);
    expect(await names(`taxonomy_id=${taxonomyId('techniques')}`)).toEqual(['DBT Skills Group']);
    expect(await names(`taxonomy_id=${taxonomyId('audiences')}&search=grief`)).toEqual([
      'Tuesday Grief Circle',
    ]);
    expect(
      await names(`organization_id=${await organisationId(t.db, 'Riverside Clinic')}`),
    ).toEqual(['DBT Skills Group']);
    expect(await names('modified_after=2999-01-01')).toEqual([]);
    expect((await names('modified_after=2000-01-01T00:00:00Z')).length).toBe(5);
    const sals = await get('/hsds/service_at_locations?postcode=19103');
    expect(sals.contents.map((s: Json) => s.service.name).sort()).toEqual([
      'DBT Skills Group',
      'Tuesday Grief Circle',
    ]);
    const ndjson = await (await t.app.request('/hsds/services?format=ndjson')).text();
    expect(ndjson.trim().split('\n')).toHaveLength(5);
  });

  it.each([
    ['/hsds/services?page=0', 'page'],
    ['/hsds/services?per_page=1000', 'per_page'],
    ['/hsds/services?taxonomy_term_id=grief', 'taxonomy_term_id: must be a UUID'],
    ['/hsds/services?modified_after=yesterday', 'modified_after'],
    ['/hsds/services?full=yes', 'full'],
    ['/hsds/services?colour=blue', 'colour is not a parameter here'],
    ['/hsds/services?page=1&page=2', 'page is given more than once'],
    ['/hsds/service_at_locations?proximity=5000', 'proximity is not supported'],
    ['/hsds/services/not-a-uuid', 'UUID'],
  ])('refuses %s with a 400 that says why', async (path, words) => {
    const body = await get(path, 400);
    expect(JSON.stringify(body.error)).toContain(words);
  });

  it('answers 404 in JSON for an unknown id', async () => {
    const body = await get(
      `/hsds/service_at_locations/${partId('00000000-0000-0000-0000-000000000000', 'x')}`,
      404,
    );
    expect(body.error.status).toBe(404);
  });
});
