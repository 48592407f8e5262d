import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groups } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from '../directory/commands.js';
import { group } from '../directory/test-group.js';
import type { MeetingGuideRecord } from '../meeting-guide/types.js';
import { orgThroughForm } from './test-fixtures.js';

/**
 * Issue 21, item 6: an organisation's own Meeting Guide feed. Weekly meetings as the format
 * expects; monthly and fortnightly ones by appointment (no day or time) with their real schedule
 * in the notes, never as weekly; contacts only where the organisation published them; nothing
 * of other organisations. The site-wide feed still leaves non-weekly groups out.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
const tag = Math.random().toString(36).slice(2, 7);
let slug = '';
let weeklyId = '';
const start = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const at = {
  startDate: start,
  startTime: '19:00',
  durationMinutes: 60,
  timezone: 'America/Chicago',
};

beforeAll(async () => {
  t = await createTestApp({ env: { LOG_LEVEL: 'error' } });
  const owner = await signedInUser(t);
  const org = await orgThroughForm(t, owner, `Prairie Intergroup ${tag}`);
  slug = org.slug;
  const mine = { organisationId: org.id, organisation: { name: org.name } };
  weeklyId = (
    await saveGroup(
      t.db,
      group({
        ...mine,
        slug: `weekly-${tag}`,
        name: 'Weekly',
        contacts: [
          { name: 'Pat', phone: '+1 312 555 0101' },
          { name: 'Sam', email: 'sam@example.org' },
        ],
        schedules: [{ kind: 'weekly', days: [1, 3], interval: 1, ...at }],
      }),
    )
  ).id;
  await saveGroup(
    t.db,
    group({
      ...mine,
      slug: `monthly-${tag}`,
      name: 'Monthly',
      schedules: [{ kind: 'monthly_nth', nth: 1, weekday: 6, interval: 1, ...at }],
    }),
  );
  await saveGroup(
    t.db,
    group({
      ...mine,
      slug: `fortnight-${tag}`,
      name: 'Fortnightly',
      schedules: [{ kind: 'weekly', days: [4], interval: 2, ...at }],
    }),
  );
  await saveGroup(t.db, group({ slug: `elsewhere-${tag}`, name: 'Not theirs' }));
});
afterAll(() => t.close());

const feed = async () => {
  const res = await new Client(t.app).get(`/orgs/${slug}/meeting-guide.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  return (await res.json()) as MeetingGuideRecord[];
};

describe("an organisation's Meeting Guide feed", () => {
  it('lists its weekly meetings as weekly and the others by appointment, never as weekly', async () => {
    const records = await feed();
    const bySlug = new Map(records.map((r) => [r.slug, r]));
    expect([...bySlug.keys()].sort()).toEqual([
      `fortnight-${tag}`,
      `monthly-${tag}`,
      `weekly-${tag}`,
    ]);
    expect(bySlug.get(`weekly-${tag}`)).toMatchObject({
      day: [1, 3],
      time: '19:00',
      timezone: 'America/Chicago',
    });
    for (const s of [`monthly-${tag}`, `fortnight-${tag}`]) {
      const r = bySlug.get(s)!;
      expect(r.day, s).toBeUndefined();
      expect(r.time, s).toBeUndefined();
      expect(r.notes, s).toMatch(/Not weekly: check the dates\./);
    }
    expect(bySlug.get(`monthly-${tag}`)!.notes).toMatch(/1st Saturday of every month/);
    expect(bySlug.get(`fortnight-${tag}`)!.notes).toMatch(/^Every other Thursday/);
  });

  it('publishes a contact only after an editor marks it public', async () => {
    const contactFields = (r: MeetingGuideRecord) =>
      Object.keys(r).filter((k) => k.startsWith('contact_'));
    let weekly = (await feed()).find((r) => r.slug === `weekly-${tag}`)!;
    expect(contactFields(weekly)).toEqual([]);
    const [owner] = await t.db
      .select({ id: groups.organisationId })
      .from(groups)
      .where(eq(groups.id, weeklyId));
    expect(owner?.id).toBeTruthy();
    const editor = await signedInUser(t);
    const { addPerson } = await import('./test-fixtures.js');
    await addPerson(t, owner!.id!, editor.id, 'editor');
    const page = await (
      await editor.client.get(`/orgs/${slug}/groups/weekly-${tag}/contacts`)
    ).text();
    const key = /name="key" value="([^"]+)"/.exec(page)![1]!;
    expect(
      (
        await editor.client.post(`/orgs/${slug}/groups/weekly-${tag}/contacts`, {
          key: 'forged',
          publish: 'yes',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await editor.client.post(`/orgs/${slug}/groups/weekly-${tag}/contacts`, {
          key,
          publish: 'yes',
        })
      ).status,
    ).toBe(303);
    weekly = (await feed()).find((r) => r.slug === `weekly-${tag}`)!;
    expect(weekly).toMatchObject({ contact_1_name: 'Pat', contact_1_phone: '+1 312 555 0101' });
    expect(JSON.stringify(weekly)).not.toContain('sam@example.org');
  });

  it('leaves the site-wide feed as it was: weekly meetings only, no contacts', async () => {
    const res = await new Client(t.app).get('/api/v1/meeting-guide.json');
    const all = (await res.json()) as MeetingGuideRecord[];
    const slugs = all.map((r) => r.slug);
    expect(slugs).toContain(`weekly-${tag}`);
    expect(slugs).not.toContain(`monthly-${tag}`);
    expect(slugs).not.toContain(`fortnight-${tag}`);
    expect(JSON.stringify(all)).not.toContain('555 0101');
  });
});
