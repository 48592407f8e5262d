import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import type { JsonSchema, QueryParameter } from './filter-params.js';
import { filterSchema, parseFilter } from './filters.js';
import { errorSchema, groupDetailSchema, groupListSchema, topicsSchema } from './openapi.js';
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
    expect(body.components.schemas.GroupList.properties.results).toBeDefined();
    // A group's page takes the search's `tz`, through the same parser: documented alike.
    const tz = (ps: QueryParameter[]) => ps.find((p) => p.name === 'tz')?.schema;
    expect(tz(body.paths['/api/v1/groups/{slug}'].get.parameters)).toEqual(
      tz(body.paths['/api/v1/groups'].get.parameters),
    );
  });
});

/**
 * The document and the parser, checked against each other in both directions: every parameter
 * the parser reads is documented and every documented one is read; every value the document
 * allows is accepted and every value it rules out is refused; and a limit the parser enforces
 * but the document does not state shows up as an extreme value refused.
 */
describe('the search parameters are documented exactly as parsed', () => {
  let documented: QueryParameter[] = [];
  beforeAll(async () => {
    documented = (await get('/api/v1/openapi.json')).body.paths['/api/v1/groups'].get.parameters;
  });

  const defaults = { tz: 'UTC', unit: 'km' } as const;
  const parse = (name: string, values: readonly string[]) =>
    parseFilter(new URLSearchParams(values.map((v) => [name, v])), defaults);
  // Long probes would flood the report: name the first characters and the length.
  const shown = (name: string, values: readonly string[]) => {
    const text = values.join('&');
    return `${name}=${text.length > 40 ? `${text.slice(0, 40)}… (${text.length} characters)` : text}`;
  };
  const accepts = (name: string, values: readonly string[]) => {
    const result = parse(name, values);
    expect(result.ok ? [] : result.problems, shown(name, values)).toEqual([]);
  };
  const refuses = (name: string, values: readonly string[]) => {
    const result = parse(name, values);
    expect(result.ok, `${shown(name, values)} should be refused`).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.param)).toContain(name);
  };

  // A zone is looked up in the time-zone database, which JSON Schema cannot express; the
  // parameter's description says what it takes.
  const CHECKED_BY_CODE = ['tz'];

  /** Values one documented value schema allows and rules out, and the parser's hidden limits. */
  function probeValue(name: string, schema: JsonSchema, many: (v: string) => string[]) {
    if (schema.enum) {
      for (const value of schema.enum) accepts(name, many(value));
      refuses(name, many('zz_unlisted'));
    } else if (schema.type === 'string') {
      if (!CHECKED_BY_CODE.includes(name)) accepts(name, many('plain words'));
      if (schema.maxLength !== undefined) {
        accepts(name, many('a'.repeat(schema.maxLength)));
        refuses(name, many('a'.repeat(schema.maxLength + 1)));
      } else if (!CHECKED_BY_CODE.includes(name)) {
        accepts(name, many('a'.repeat(5000)));
      }
    } else if (schema.type === 'integer' || schema.type === 'number') {
      const step = schema.type === 'integer' ? 1 : 0.5;
      if (schema.minimum !== undefined) {
        accepts(name, many(String(schema.minimum)));
        refuses(name, many(String(schema.minimum - step)));
      } else if (schema.exclusiveMinimum !== undefined) {
        accepts(name, many(String(schema.exclusiveMinimum + step)));
        refuses(name, many(String(schema.exclusiveMinimum)));
      } else {
        accepts(name, many('-1000000000'));
      }
      if (schema.maximum !== undefined) {
        accepts(name, many(String(schema.maximum)));
        refuses(name, many(String(schema.maximum + step)));
      } else {
        accepts(name, many('1000000000'));
      }
      const low = schema.minimum ?? schema.exclusiveMinimum ?? 0;
      if (schema.type === 'integer') refuses(name, many(String(low + 1.5)));
      else accepts(name, many(String(Math.min(low + 1.5, schema.maximum ?? Infinity))));
      refuses(name, many('not-a-number'));
    } else {
      throw new Error(`${name}: no probe for ${JSON.stringify(schema)}`);
    }
  }

  it('documents every parameter the parser reads, and only those, each described', () => {
    // parseFilter reads exactly the keys of filterSchema: those are what it accepts.
    expect(documented.map((p) => p.name)).toEqual(Object.keys(filterSchema.shape));
    for (const p of documented) {
      expect(p.in, p.name).toBe('query');
      expect(p.description.length, `${p.name} has a description`).toBeGreaterThan(10);
      // An invalid value is refused by name, so the parser really knows the parameter.
      refuses(p.name, ['\u0000'.repeat(300)]);
    }
  });

  it('accepts what each parameter documents and refuses the rest', () => {
    for (const p of documented) {
      if (p.schema.type === 'array') {
        expect(p.explode, p.name).toBe(true);
        const items = p.schema.items;
        if (!items) throw new Error(`${p.name}: an array without items`);
        probeValue(p.name, items, (v) => [v]);
        const sample = items.enum?.[0] ?? String(items.minimum ?? 1);
        const max = p.schema.maxItems;
        if (max !== undefined) {
          accepts(p.name, Array(max).fill(sample));
          refuses(p.name, Array(max + 1).fill(sample));
        } else {
          accepts(p.name, Array(500).fill(sample));
        }
      } else {
        probeValue(p.name, p.schema, (v) => [v]);
      }
    }
  });
});

describe('the API keeps to its response shapes', () => {
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

describe('the API may be read from any site', () => {
  it('says so on answers, errors and the Meeting Guide feed, and answers a preflight', async () => {
    for (const path of [
      '/api/v1/groups?topic=grief',
      '/api/v1/groups?page=0',
      '/api/v1/groups/no-such-group',
      '/api/v1/meeting-guide.json',
    ]) {
      const res = await t.app.request(path, { headers: { Origin: 'https://elsewhere.example' } });
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
    }
    const preflight = await t.app.request('/api/v1/groups', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://elsewhere.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'accept-language',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('accept-language');
  });

  it('still refuses a form body past the limit, and lets a GET through without reading one', async () => {
    const big = await t.app.request('/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: `email=${'a'.repeat(2_000_000)}`,
    });
    expect(big.status).toBe(413);
    expect((await t.app.request('/api/v1/topics')).status).toBe(200);
  });
});
