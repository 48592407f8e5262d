import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groups, organisations } from '../../db/schema/index.js';
import { projectRoot } from '../../lib/paths.js';
import { createTestApp } from '../../test/harness.js';
import { runCli } from '../../test/run-cli.js';
import { applyImport } from '../meeting-guide/run-import.js';
import { FeedError } from '../meeting-guide/types.js';
import { prepareHsdsImport } from './import.js';
import { seedListings } from './test-fixtures.js';

// Responses are read as plain JSON; each assertion states the shape it expects.
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies under test
type Json = Record<string, any>;
type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let from: TestApp;
let to: TestApp;
let orgId: string;
let source: string;
beforeAll(async () => {
  [from, to] = await Promise.all([createTestApp(), createTestApp()]);
  await seedListings(from.db);
  const [org] = await to.db
    .insert(organisations)
    .values({ name: 'Lakeside Wellbeing Network', kind: 'nonprofit' })
    .returning({ id: organisations.id, slug: organisations.slug });
  orgId = org!.id;
  source = `hsds:${org!.slug}`;
});
afterAll(async () => {
  await Promise.all([from?.close(), to?.close()]);
});

/** Every service, fully nested, page by page, as another directory would collect them. */
async function exportAll(t: TestApp): Promise<Json[]> {
  const services: Json[] = [];
  for (let page = 1; ; page++) {
    const body = (await (
      await t.app.request(`/hsds/services?full=true&per_page=2&page=${page}`)
    ).json()) as Json;
    services.push(...body.contents);
    if (body.last_page) return services;
  }
}

const importInto = (t: TestApp, services: unknown) =>
  applyImport(t.db, prepareHsdsImport(services, { source, organisationId: orgId }));

/**
 * What legitimately differs between the two directories: the ids (a listing's id is the new
 * database's; every other id derives from it), the organisation (the importing one), when a
 * listing was last changed, and seats taken (members are not exported).
 */
function comparable(services: Json[]): Json[] {
  const strip = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((v) => strip(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Json)
          .filter(
            ([k]) =>
              ![
                'organization',
                'organization_id',
                'last_modified',
                'updated',
                'available',
              ].includes(k),
          )
          .map(([k, v]) => [k, strip(v, k)]),
      );
    }
    return key === 'id' || key.endsWith('_id') ? '<id>' : value;
  };
  return services.map((s) => strip(s) as Json).sort((a, b) => a.name.localeCompare(b.name));
}

describe('HSDS round trip: export, import into a fresh database, export again', () => {
  it('gives the same services, and a second import changes nothing', async () => {
    const first = await exportAll(from);
    expect(first).toHaveLength(5);
    // Through JSON text, as a file would carry it.
    const report = await importInto(to, JSON.parse(JSON.stringify(first)));
    expect(report).toMatchObject({ added: 5, updated: 0, unchanged: 0, removed: 0, skipped: 0 });

    const second = await exportAll(to);
    expect(comparable(second)).toEqual(comparable(first));
    for (const s of second) expect(s.organization.name).toBe('Lakeside Wellbeing Network');
    const rows = await to.db
      .select({ org: groups.organisationId, source: groups.sourceName })
      .from(groups);
    expect(rows.every((r) => r.org === orgId && r.source === source)).toBe(true);

    expect(await importInto(to, first)).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 5,
      removed: 0,
    });
  });

  it('updates what changed and removes what the package no longer has', async () => {
    const services = await exportAll(from);
    const [changed, ...rest] = services.map((s) => ({ ...s }));
    changed!.name = `${changed!.name} (renamed)`;
    const report = await importInto(to, [changed, ...rest.slice(1)]);
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 3, removed: 1 });
  });

  it('reads HSDS’s own schedule example: UTC times, weekly and monthly', async () => {
    const example = JSON.parse(
      readFileSync(join(projectRoot, 'tests/fixtures/hsds/schedules-example.json'), 'utf8'),
    );
    const { usable, warnings } = prepareHsdsImport(example, { source: 'hsds:example' });
    expect(usable[0]!.schedules).toEqual([
      {
        kind: 'weekly',
        days: [1, 2, 3, 4],
        interval: 1,
        startDate: '2020-04-01',
        startTime: '09:00',
        durationMinutes: 180,
        timezone: 'UTC',
      },
      {
        kind: 'weekly',
        days: [1, 2, 3, 4],
        interval: 1,
        startDate: '2020-04-01',
        startTime: '15:00',
        durationMinutes: 120,
        timezone: 'UTC',
      },
      {
        kind: 'monthly_nth',
        nth: 1,
        weekday: 6,
        interval: 1,
        startDate: '2020-07-04',
        startTime: '09:00',
        durationMinutes: 480,
        timezone: 'UTC',
        endDate: '2020-11-07',
      },
    ]);
    expect(warnings.map((w) => w.message)).toContain(
      'a fixed UTC offset (UTC) is used, which does not follow daylight saving time',
    );
  });
});

describe('a package with a mistake is refused whole', () => {
  it('names the service and field of every problem, and writes nothing', async () => {
    const services = await exportAll(from);
    const [a, b, c, ...rest] = services.map((s) => structuredClone(s));
    delete a!.name;
    b!.schedules[0].freq = 'DAILY';
    c!.schedules[0].opens_at = undefined;
    const before = await to.db.select({ n: count() }).from(groups);
    let error: unknown;
    try {
      await importInto(to, [a, b, c, ...rest]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FeedError);
    const problems = (error as FeedError).problems;
    expect(problems).toEqual([
      `service 0 (${a!.id}): name is required but missing`,
      `service 1 (${b!.id}, "${b!.name}"): schedules.0.freq must be one of "WEEKLY", "MONTHLY"`,
      `service 2 (${c!.id}, "${c!.name}"): schedules.0.opens_at a meeting needs a start time (HH:MM)`,
    ]);
    expect(await to.db.select({ n: count() }).from(groups)).toEqual(before);
  });

  it('checks the gatherwell extension, naming service and field', async () => {
    const services = (await exportAll(from)).map((s) => structuredClone(s));
    const therapy = services.findIndex((s) => s.gatherwell?.therapy);
    const other = therapy === 0 ? 1 : 0;
    expect(therapy).toBeGreaterThanOrEqual(0);
    const t = services[therapy]!;
    t.gatherwell.therapy.start_date = '2026-02-30';
    t.gatherwell.therapy.end_date = 'next spring';
    t.gatherwell.therapy.sessions = 2.5;
    t.service_capacity = [{ ...(t.service_capacity?.[0] ?? {}), maximum: 100000 }];
    services[other]!.gatherwell.mode = 'teleport';
    let error: unknown;
    try {
      prepareHsdsImport(services, { source });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FeedError);
    const where = (s: Json, i: number) => `service ${i} (${s.id}, "${s.name}")`;
    expect((error as FeedError).problems).toEqual(
      expect.arrayContaining([
        `${where(services[other]!, other)}: gatherwell.mode must be one of "in_person", "online", "hybrid"`,
        `${where(t, therapy)}: gatherwell.therapy.start_date must be a date written YYYY-MM-DD`,
        `${where(t, therapy)}: gatherwell.therapy.end_date must be a date written YYYY-MM-DD`,
        `${where(t, therapy)}: gatherwell.therapy.sessions must be a whole number from 1 to 200`,
        `${where(t, therapy)}: service_capacity.0.maximum must be a whole number from 2 to 500 (the seats of a therapy group)`,
      ]),
    );
    const ended = (await exportAll(from)).map((s) => structuredClone(s));
    const e = ended[therapy]!;
    e.gatherwell.therapy.start_date = '2026-03-01';
    e.gatherwell.therapy.end_date = '2026-01-01';
    expect(() => prepareHsdsImport(ended, { source })).toThrow(
      'gatherwell.therapy.end_date is before start_date',
    );
  });

  it('refuses duplicate ids, an empty package and something that is not a package', () => {
    const service = { id: '8d8a1c37-5c8e-4d5e-9a47-1c5f0f0a1b2c', name: 'X', status: 'active' };
    expect(() => prepareHsdsImport([service, service], { source })).toThrow(
      /service 1 .*id is the same as service 0's/,
    );
    expect(() => prepareHsdsImport([], { source })).toThrow(FeedError);
    expect(() => prepareHsdsImport({ hello: 1 }, { source })).toThrow(FeedError);
  });
});

describe('npm run import:hsds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-hsds-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits non-zero, saying why, before opening the database', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([{ id: 'not-a-uuid', name: 'Bad', status: 'open' }]));
    const { code, stderr } = await runCli(
      'src/cli/import-hsds.ts',
      [file, '--organization', 'x'],
      join(dir, 'data'),
    );
    expect(code).toBe(1);
    expect(stderr).toContain('The package was rejected and nothing was written');
    expect(stderr).toContain('service 0 (not-a-uuid, "Bad"): id must match format "uuid"');
    expect(stderr).toContain(
      'status must be one of "active", "inactive", "defunct", "temporarily closed"',
    );
    expect(readdirSync(dir)).not.toContain('data');
  });
});

it('keeps the organisation a listing was imported under', async () => {
  const [row] = await to.db
    .select({ name: organisations.name })
    .from(groups)
    .innerJoin(organisations, eq(organisations.id, groups.organisationId))
    .limit(1);
  expect(row?.name).toBe('Lakeside Wellbeing Network');
});
