import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { parseFilter } from './filters.js';
import {
  errorSchema,
  groupDetailSchema,
  groupListSchema,
  SEARCH_PARAMETER_NAMES,
  topicsSchema,
} from './openapi.js';
import { seedDemoDirectory } from './seed.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoDirectory(t.db, { count: 60 });
});
afterAll(() => t.close());

const get = async (path: string) => {
  const res = await t.app.request(path);
  return { status: res.status, body: await res.json() };
};

describe('the API keeps to its OpenAPI document', () => {
  it('publishes an OpenAPI 3.1 document with every path and parameter', async () => {
    const { status, body } = await get('/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/groups',
        '/api/v1/groups/{slug}',
        '/api/v1/topics',
        '/api/v1/meeting-guide.json',
      ]),
    );
    const documented = body.paths['/api/v1/groups'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(documented).toEqual(SEARCH_PARAMETER_NAMES);
    expect(body.components.schemas.GroupList.properties.results).toBeDefined();
  });

  it('documents exactly the parameters the parser understands', () => {
    for (const name of SEARCH_PARAMETER_NAMES) {
      // An invalid value for a documented parameter is rejected by name, so the parser knows it.
      const result = parseFilter(new URLSearchParams({ [name]: '\u0000'.repeat(300) }), {
        tz: 'UTC',
        unit: 'km',
      });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.param)).toContain(name);
    }
  });

  it.each([
    '',
    '?near=19103',
    '?q=grief&sort=relevance',
    '?kind=therapy&seats=1&tz=Europe/London',
    '?mode=online&day=1&time=evening&tz=America/Los_Angeles',
    '?page=2',
  ])('GET /api/v1/groups%s matches GroupList', async (qs) => {
    const { status, body } = await get(`/api/v1/groups${qs}`);
    expect(status).toBe(200);
    groupListSchema.strict().parse(body);
  });

  it('GET /api/v1/groups/{slug} matches GroupDetail', async () => {
    const { body: list } = await get('/api/v1/groups?kind=therapy');
    for (const r of list.results.slice(0, 5)) {
      const { status, body } = await get(`/api/v1/groups/${r.slug}?tz=Asia/Tokyo`);
      expect(status).toBe(200);
      groupDetailSchema.strict().parse(body);
    }
  });

  it('GET /api/v1/topics matches Topics, and errors match Error', async () => {
    topicsSchema.parse((await get('/api/v1/topics')).body);
    for (const path of [
      '/api/v1/groups?radius=-5',
      '/api/v1/groups?near=Portland',
      '/api/v1/groups/nope',
    ]) {
      errorSchema.parse((await get(path)).body);
    }
  });

  it('offers a readable docs page', async () => {
    const res = await t.app.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<code>GET /api/v1/groups</code>');
    expect(html).toContain('<code>starts_within</code>');
  });
});
