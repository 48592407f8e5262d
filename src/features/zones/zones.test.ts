import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { setStatus } from '../attending/test-fixtures.js';
import { saveGroup } from '../directory/commands.js';
import { group, today } from '../directory/test-group.js';

/**
 * Issue 13, part 1: times in the viewer's zone on every page, from the browser (a cookie the
 * client script writes once), a choice made at /time-zone, or the profile; a group's own zone
 * when none is known; the group's own time alongside when the two differ.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let groupId: string;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
  // A Chicago group meeting Wednesdays at 7 pm, its own time.
  const saved = await saveGroup(
    t.db,
    group({
      slug: 'chicago-caregivers',
      name: 'Chicago Caregivers Evening',
      location: { city: 'Chicago', region: 'IL', postalCode: '60601', country: 'US' },
      schedules: [
        {
          kind: 'weekly',
          days: [3],
          interval: 1,
          startDate: today,
          startTime: '19:00',
          durationMinutes: 90,
          timezone: 'America/Chicago',
        },
      ],
    }),
  );
  groupId = saved.id;
});
afterAll(() => t.close());

const withZone = (zone: string, ip: string) => {
  const client = new Client(t.app, ip);
  client.cookies.set('gw_tz', zone);
  return client;
};

describe('a visitor’s zone', () => {
  it('is the group’s own when nothing is known, and the page says so', async () => {
    const html = await (
      await new Client(t.app, '198.51.100.80').get('/groups/chicago-caregivers')
    ).text();
    expect(html).toContain('Times are in Central Time (Chicago).');
    expect(html).toMatch(/Wed, [A-Z][a-z]{2} \d+, 7:00 pm/);
    expect(html).toContain('We do not know your time zone yet');
    expect(html).toContain('href="/time-zone?next=%2Fgroups%2Fchicago-caregivers"');
  });

  it('comes from the browser’s cookie: London sees London times with Chicago’s alongside', async () => {
    const html = await (
      await withZone('Europe/London', '198.51.100.81').get('/groups/chicago-caregivers')
    ).text();
    expect(html).toContain('Times are in United Kingdom Time (London).');
    expect(html).toMatch(/Thu, [A-Z][a-z]{2} \d+, 1:00 am/);
    expect(html).toMatch(/\(Wed, [A-Z][a-z]{2} \d+, 7:00 pm CST local time\)/);
    expect(html).toContain('Times are shown in United Kingdom Time (London).');
    const search = await (
      await withZone('Asia/Tokyo', '198.51.100.82').get('/groups?q=Chicago+Caregivers')
    ).text();
    expect(search).toContain('Times are in Japan Standard Time (Tokyo).');
    expect(search).toMatch(/Thu, [A-Z][a-z]{2} \d+, 10:00 am/);
  });

  it('ignores a cookie that is not a zone', async () => {
    const html = await (
      await withZone('Mars/Olympus_Mons', '198.51.100.83').get('/groups/chicago-caregivers')
    ).text();
    expect(html).toContain('Times are in Central Time (Chicago).');
  });
});

describe('choosing a zone without JavaScript', () => {
  it('lists every zone, remembers the choice and goes back', async () => {
    const client = new Client(t.app, '198.51.100.84');
    const page = await (await client.get('/time-zone?next=%2Fgroups%2Fchicago-caregivers')).text();
    expect(page).toContain('<option value="Asia/Tokyo">Tokyo</option>');
    expect(page).toContain('name="next" value="/groups/chicago-caregivers"');
    const res = await client.post('/time-zone', {
      zone: 'Asia/Tokyo',
      next: '/groups/chicago-caregivers',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/groups/chicago-caregivers');
    expect(res.headers.get('set-cookie')).toMatch(/^gw_tz=Asia%2FTokyo|^gw_tz=Asia\/Tokyo/);
    const html = await (await client.get('/groups/chicago-caregivers')).text();
    expect(html).toContain('Times are in Japan Standard Time (Tokyo).');
  });

  it('refuses a zone it does not know, and a way out of the site', async () => {
    const client = new Client(t.app, '198.51.100.85');
    const bad = await client.post('/time-zone', { zone: 'Nowhere/Land', next: '/groups' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choose a time zone from the list.');
    expect(bad.headers.get('set-cookie')).toBeNull();
    const away = await client.post('/time-zone', { zone: 'UTC', next: '//evil.example/x' });
    expect(away.headers.get('location')).toBe('/');
  });
});

describe('a signed-in person', () => {
  it('keeps the browser’s zone in the profile for mail, and sees /my and /lead in it', async () => {
    const person = await signedInUser(t);
    await setStatus(t.db, groupId, person.id, 'member');
    person.client.cookies.set('gw_tz', 'Asia/Tokyo');
    const my = await (await person.client.get('/my')).text();
    expect(my).toContain('Japan Standard Time');
    const [row] = await t.db
      .select({ timezone: users.timezone })
      .from(users)
      .where(eq(users.id, person.id));
    expect(row?.timezone).toBe('Asia/Tokyo');
    // A later choice replaces it, in the browser and the profile.
    await person.client.post('/time-zone', { zone: 'America/Chicago', next: '/my' });
    const [after] = await t.db
      .select({ timezone: users.timezone })
      .from(users)
      .where(eq(users.id, person.id));
    expect(after?.timezone).toBe('America/Chicago');
  });

  it('starts a group in their own zone', async () => {
    const leader = await signedInUser(t);
    await leader.client.post('/lead/pledge', { pledge: 'on' });
    leader.client.cookies.set('gw_tz', 'America/Chicago');
    const form = await (await leader.client.get('/lead/new?kind=support')).text();
    expect(form).toMatch(/name="timezone"[^>]*value="America\/Chicago"/);
  });
});
