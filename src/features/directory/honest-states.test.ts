import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groups, memberships } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { pledgedLeader, supportForm } from '../leading/test-fixtures.js';
import { saveGroup } from './commands.js';
import { group } from './test-group.js';

/**
 * Issue 13, part 5: a page never promises what will not happen. A closed group shows no
 * meetings, calendar or join button (and says when it expects to reopen); a "near" search says
 * how many online groups it left out; an online meeting has no distance; the search form keeps
 * the filters it has no control for.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

const inZone = (days: number) =>
  DateTime.now().setZone('America/New_York').plus({ days }).toISODate()!;

async function stored(slug: string) {
  const [g] = await t.db.select().from(groups).where(eq(groups.slug, slug));
  return g!;
}

describe('a temporarily closed group', () => {
  it('shows its expected reopening and no meetings, calendar or join button, until reopened', async () => {
    const leader = await pledgedLeader(t);
    const made = await leader.client.post(
      '/lead/new',
      supportForm({ name: 'Quiet Harbour Circle', policy: 'drop_in' }),
    );
    expect(made.status).toBe(303);
    const slug = 'quiet-harbour-circle';
    await leader.client.post(`/lead/${slug}/state`, { change: 'publish' });
    const visitor = new Client(t.app, '198.51.100.40');
    const open = await (await visitor.get(`/groups/${slug}`)).text();
    expect(open).toContain(`href="/groups/${slug}.ics"`);
    expect(open).toContain('Next meetings');

    const form = await (await leader.client.get(`/lead/${slug}/close`)).text();
    expect(form).toContain('When do you expect to meet again?');
    const reopens = inZone(40);
    const closed = await leader.client.post(`/lead/${slug}/state`, {
      change: 'close',
      reopens_on: reopens,
    });
    expect(closed.headers.get('location')).toBe(`/lead/${slug}?done=close`);
    expect(await stored(slug)).toMatchObject({ status: 'temporarily_closed', reopensOn: reopens });

    const page = await (await visitor.get(`/groups/${slug}`)).text();
    const spoken = DateTime.fromISO(reopens).setLocale('en').toLocaleString(DateTime.DATE_FULL);
    expect(page).toContain(`expect it to meet again from ${spoken}`);
    expect(page).toContain('no meetings to go to or add to a calendar');
    expect(page).not.toContain('Next meetings');
    expect(page).not.toContain('.ics');
    expect(page).not.toContain('calendar.google.com');
    const someone = await signedInUser(t);
    const asMember = await (await someone.client.get(`/groups/${slug}`)).text();
    expect(asMember).not.toMatch(/<button[^>]*>\s*Join/);
    const ics = await visitor.get(`/groups/${slug}.ics`);
    expect(ics.status).toBe(404);
    expect(await ics.text()).toContain('temporarily closed');
    const joined = await someone.client.post(`/groups/${slug}/join`, {});
    expect(joined.status).toBeGreaterThanOrEqual(400);
    const g = await stored(slug);
    expect(await t.db.select().from(memberships).where(eq(memberships.groupId, g.id))).toEqual([]);
    const results = await (await visitor.get('/groups?q=Quiet+Harbour')).text();
    expect(results, results.slice(results.indexOf('results-heading'))).toContain(
      'Quiet Harbour Circle',
    );
    const row = results.slice(results.indexOf('Quiet Harbour Circle'));
    // Said as a badge in place of a next meeting (there is none to go to).
    const card = row.slice(0, row.indexOf('</li>'));
    expect(card).toContain('<span class="badge badge--warning">Temporarily closed</span>');
    expect(card).not.toContain('Next meeting');

    await leader.client.post(`/lead/${slug}/state`, { change: 'reopen' });
    expect(await stored(slug)).toMatchObject({ status: 'active', reopensOn: null });
    expect((await visitor.get(`/groups/${slug}.ics`)).status).toBe(200);
  });

  it('refuses a reopening date that is not a date, already past or years away, and stays open', async () => {
    const leader = await pledgedLeader(t);
    await leader.client.post('/lead/new', supportForm({ name: 'Steady Ground Circle' }));
    const slug = 'steady-ground-circle';
    for (const [value, message] of [
      ['next spring', 'Enter the date as a day, month and year'],
      ['2024-02-30', 'Enter the date as a day, month and year'],
      [inZone(0), 'Choose a date after today'],
      [inZone(-3), 'Choose a date after today'],
      [inZone(365 * 3), 'within the next two years'],
    ] as const) {
      const res = await leader.client.post(`/lead/${slug}/state`, {
        change: 'close',
        reopens_on: value,
      });
      expect(res.status, value).toBe(422);
      expect(await res.text()).toContain(message);
      expect(await stored(slug)).toMatchObject({ status: 'active', reopensOn: null });
    }
    const blank = await leader.client.post(`/lead/${slug}/state`, {
      change: 'close',
      reopens_on: '',
    });
    expect(blank.status).toBe(303);
    expect(await stored(slug)).toMatchObject({ status: 'temporarily_closed', reopensOn: null });
  });

  it('lets only the group’s leaders open the closing form', async () => {
    const leader = await pledgedLeader(t);
    await leader.client.post('/lead/new', supportForm({ name: 'Private Closing Circle' }));
    const other = await signedInUser(t);
    // A draft does not exist for others; a published group refuses them.
    expect((await other.client.get('/lead/private-closing-circle/close')).status).toBe(404);
    await leader.client.post('/lead/private-closing-circle/state', { change: 'publish' });
    expect((await other.client.get('/lead/private-closing-circle/close')).status).toBe(403);
    expect((await leader.client.get('/lead/private-closing-circle/close')).status).toBe(200);
    const visitor = new Client(t.app, '198.51.100.41');
    expect((await visitor.get('/lead/private-closing-circle/close')).status).toBe(303);
  });
});

describe('searching near a place', () => {
  beforeAll(async () => {
    await saveGroup(t.db, group({ slug: 'walnut-street-grief', name: 'Walnut Street Grief' }));
    // An online group whose organiser left an address near the search: it has no distance.
    await saveGroup(
      t.db,
      group({
        slug: 'grief-online-evenings',
        name: 'Grief Online Evenings',
        mode: 'online',
        online: { url: 'https://meet.example.org/grief', visibility: 'members' },
      }),
    );
  });

  it('says how many online groups also match, and shows them in one click without a distance', async () => {
    const visitor = new Client(t.app, '198.51.100.42');
    const near = await (await visitor.get('/groups?q=grief&near=19103')).text();
    expect(near).toContain('Walnut Street Grief');
    expect(near).not.toContain('Grief Online Evenings');
    const said = /(\d+) online groups? also match/.exec(near);
    expect(Number(said?.[1])).toBeGreaterThanOrEqual(1);
    const href = /<a href="([^"]+)">Show them with these results<\/a>/.exec(near)?.[1];
    expect(href).toBeDefined();
    const url = new URL(href!.replaceAll('&amp;', '&'), 'http://localhost');
    expect(url.searchParams.getAll('mode').sort()).toEqual(['hybrid', 'in_person', 'online']);
    expect(url.searchParams.get('near')).toBe('19103');
    const both = await (await visitor.get(url.pathname + url.search)).text();
    expect(both).toContain('Walnut Street Grief');
    expect(both).toContain('Grief Online Evenings');
    const onlineRow = both.slice(both.indexOf('Grief Online Evenings'));
    const where = /Where<\/dt>\s*<dd>([^<]*)<\/dd>/.exec(onlineRow)?.[1] ?? '';
    expect(where).toContain('Online');
    expect(where).not.toMatch(/away/);
    const inPersonRow = both.slice(both.indexOf('Walnut Street Grief'));
    expect(/Where<\/dt>\s*<dd>([^<]*)<\/dd>/.exec(inPersonRow)?.[1]).toMatch(/away/);
    const api = await (await visitor.get('/api/v1/groups?q=grief&near=19103&mode=online')).json();
    const listed = api.results.find((r: { slug: string }) => r.slug === 'grief-online-evenings');
    expect(listed).toBeDefined();
    expect(listed.distanceKm).toBeUndefined();
  });

  it('says nothing about online groups when none match', async () => {
    const visitor = new Client(t.app, '198.51.100.43');
    const page = await (await visitor.get('/groups?q=Walnut+Street&near=19103')).text();
    expect(page).toContain('Walnut Street Grief');
    expect(page).not.toContain('also match');
  });

  it('keeps a source in the form, visibly, with a way to drop it', async () => {
    const visitor = new Client(t.app, '198.51.100.44');
    const page = await (
      await visitor.get('/groups?source=Example%20Intergroup&starts_within=6')
    ).text();
    expect(page).toContain('<input type="hidden" name="source" value="Example Intergroup"');
    expect(page).toContain('Only listings from “Example Intergroup”.');
    expect(page).toMatch(/<option value="6" selected/);
  });
});
