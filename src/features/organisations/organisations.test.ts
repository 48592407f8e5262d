import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  groups,
  notifications,
  organisationMembers,
  organisations,
} from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from '../directory/commands.js';
import { group } from '../directory/test-group.js';
import { journeySteps, pledgedLeader } from '../leading/test-fixtures.js';
import { importMeetingGuide } from '../meeting-guide/run-import.js';
import { orgThroughForm } from './test-fixtures.js';

/**
 * Issue 21, item 1: organisation accounts as people use them. Creating one (and what a bad form
 * changes: nothing), invitations, the last owner, claims on a name that listings use, the badge,
 * and why naming a claimed organisation in a listing or a feed does not join it.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
const tag = Math.random().toString(36).slice(2, 7);
beforeAll(async () => {
  t = await createTestApp({ env: { LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

const orgNamed = async (name: string) =>
  (await t.db.select().from(organisations).where(eq(organisations.name, name)))[0];
const roleOf = async (orgId: string, userId: string) =>
  (
    await t.db
      .select()
      .from(organisationMembers)
      .where(eq(organisationMembers.organisationId, orgId))
  ).find((m) => m.userId === userId)?.role ?? null;

describe('starting an organisation account', () => {
  it('refuses a bad form naming each problem, and creates nothing', async () => {
    const owner = await signedInUser(t);
    const res = await owner.client.post('/orgs/new', {
      name: ' ',
      kind: 'castle',
      url: 'javascript:alert(1)',
      description: 'x'.repeat(2001),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    for (const words of [
      'Enter the organisation’s name',
      'Choose what kind',
      'full web address',
      'at most 2000',
    ]) {
      expect(html).toContain(words);
    }
    expect(await orgNamed('castle')).toBeUndefined();
  });

  it('makes its creator the owner, with a page that says it is not verified yet', async () => {
    const owner = await signedInUser(t);
    const org = await orgThroughForm(t, owner, `Hillside Hospice ${tag}`, 'hospital');
    expect(org.claimedAt).not.toBeNull();
    expect(org.slug).toBe(`hillside-hospice-${tag}`);
    expect(await roleOf(org.id, owner.id)).toBe('owner');
    const page = await (await new Client(t.app).get(`/orgs/${org.slug}`)).text();
    expect(page).toContain('Not verified yet');
    expect(page).not.toContain('Manage this organisation');
  });

  it('stops one person starting more than five accounts a day, and says why', async () => {
    const busy = await signedInUser(t);
    for (let i = 1; i <= 5; i++) await orgThroughForm(t, busy, `Busy ${i} ${tag}`);
    const res = await busy.client.post('/orgs/new', { name: `Busy 6 ${tag}`, kind: 'other' });
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('several organisation accounts today');
    expect(await orgNamed(`Busy 6 ${tag}`)).toBeUndefined();
  });

  it('never gives an organisation an address a page already has', async () => {
    const owner = await signedInUser(t);
    const org = await orgThroughForm(t, owner, 'New');
    expect(org.slug).toBe('new-organisation');
    expect((await new Client(t.app).get('/orgs/new-organisation')).status).toBe(200);
  });

  it('refuses a name already taken, whatever its capitals, and points to the right door', async () => {
    const a = await signedInUser(t);
    await orgThroughForm(t, a, `Lakeside Clinic ${tag}`, 'clinic');
    const b = await signedInUser(t);
    const res = await b.client.post('/orgs/new', {
      name: `LAKESIDE clinic ${tag}`,
      kind: 'clinic',
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Ask one of its owners for an invitation link');
  });
});

describe('people in an organisation', () => {
  it('brings someone in by a link that works once, and never removes the last owner', async () => {
    const owner = await signedInUser(t);
    const org = await orgThroughForm(t, owner, `River Intergroup ${tag}`);
    const page = await (
      await owner.client.post(`/orgs/${org.slug}/people/invite`, { role: 'editor' })
    ).text();
    const link = /value="http:\/\/localhost(\/orgs\/invite\/[A-Za-z0-9_-]+)"/.exec(page)?.[1];
    expect(link).toBeTruthy();
    const editor = await signedInUser(t);
    expect(await (await editor.client.get(link!)).text()).toContain('You are invited as an editor');
    expect((await editor.client.post(link!, {})).status).toBe(303);
    expect(await roleOf(org.id, editor.id)).toBe('editor');
    const late = await signedInUser(t);
    expect((await late.client.post(link!, {})).status).toBe(404);
    expect(await roleOf(org.id, late.id)).toBeNull();

    const demote = await owner.client.post(`/orgs/${org.slug}/people/${owner.id}/role`, {
      role: 'editor',
    });
    expect(demote.headers.get('location')).toContain('done=lastOwner');
    expect(
      (await owner.client.post(`/orgs/${org.slug}/leave`, {})).headers.get('location'),
    ).toContain('lastOwner');
    expect(await roleOf(org.id, owner.id)).toBe('owner');
    await owner.client.post(`/orgs/${org.slug}/people/${editor.id}/role`, { role: 'owner' });
    // An owner's own link, made before they were removed, does not let them back in.
    const own = await (
      await owner.client.post(`/orgs/${org.slug}/people/invite`, { role: 'owner' })
    ).text();
    const backDoor = /value="http:\/\/localhost(\/orgs\/invite\/[A-Za-z0-9_-]+)"/.exec(own)![1]!;
    expect((await owner.client.post(`/orgs/${org.slug}/leave`, {})).status).toBe(303);
    expect(await roleOf(org.id, owner.id)).toBeNull();
    expect((await owner.client.get(backDoor)).status).toBe(404);
    expect((await owner.client.post(backDoor, {})).status).toBe(404);
    expect(await roleOf(org.id, owner.id)).toBeNull();
    const actions = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.targetId, org.id));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'org.created',
        'org.invite_created',
        'org.member_joined',
        'org.role_changed',
        'org.member_removed',
      ]),
    );
  });
});

describe('a name listings use, and claiming it', () => {
  it('hands an imported organisation to the person an administrator approves, listings and all', async () => {
    const name = `Coastal Intergroup ${tag}`;
    const feed = [
      {
        name: `Coastal Monday ${tag}`,
        slug: `coastal-${tag}`,
        day: 1,
        time: '19:00',
        address: '1901 Vine St',
        city: 'Philadelphia',
        state: 'PA',
        postal_code: '19103',
        country: 'US',
        entity: name,
        updated: '2026-11-01 10:00:00',
      },
    ];
    await importMeetingGuide(t.db, feed, {
      source: `coastal-${tag}`,
      timezone: 'America/New_York',
    });
    const org = await orgNamed(name);
    expect(org?.claimedAt).toBeNull();
    expect(await (await new Client(t.app).get(`/orgs/${org!.slug}`)).text()).toContain(
      'nobody runs it on Gatherwell yet',
    );

    const claimant = await signedInUser(t);
    expect(
      (await claimant.client.post(`/orgs/${org!.slug}/claim`, { message: 'short' })).status,
    ).toBe(400);
    expect(
      (
        await claimant.client.post(`/orgs/${org!.slug}/claim`, {
          message: 'I am the secretary of the coastal intergroup.',
        })
      ).status,
    ).toBe(200);
    expect((await claimant.client.get(`/orgs/${org!.slug}/manage`)).status).toBe(403);

    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    const queue = await (await admin.client.get('/admin/organisations')).text();
    expect(queue).toContain('I am the secretary of the coastal intergroup.');
    const claimId = /\/admin\/organisations\/claims\/([0-9a-f-]{36})/.exec(queue)![1];
    expect(
      (await admin.client.post(`/admin/organisations/claims/${claimId}`, { outcome: 'approved' }))
        .status,
    ).toBe(303);
    expect(await roleOf(org!.id, claimant.id)).toBe('owner');
    const [notice] = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, claimant.id));
    expect(notice).toMatchObject({ kind: 'org_claim_approved', data: { org: org!.slug } });
    const manage = await (await claimant.client.get(`/orgs/${org!.slug}/manage`)).text();
    expect(manage).toContain(`Coastal Monday ${tag}`);
    // A second claim on a claimed organisation is refused at the door.
    const late = await signedInUser(t);
    expect((await late.client.get(`/orgs/${org!.slug}/claim`)).status).toBe(403);

    await admin.client.post(`/admin/organisations/${org!.slug}/verification`, { verified: 'yes' });
    expect(await (await new Client(t.app).get(`/orgs/${org!.slug}`)).text()).toContain(
      'Verified organisation',
    );
    // Its groups' pages link to it, with the badge; the API still says only name and address.
    const [listing] = await t.db
      .select()
      .from(groups)
      .where(eq(groups.sourceId, `coastal-${tag}`));
    const groupPage = await (await new Client(t.app).get(`/groups/${listing!.slug}`)).text();
    expect(groupPage).toContain(`<a href="/orgs/${org!.slug}">${name}</a>`);
    expect(groupPage).toContain('badge--verified">Verified organisation');
    const api = await (await new Client(t.app).get(`/api/v1/groups/${listing!.slug}`)).json();
    expect(api.organisation).toEqual({ name, url: null });
  });

  it('does not let a listing or a feed join a claimed organisation by naming it', async () => {
    const owner = await signedInUser(t);
    const org = await orgThroughForm(t, owner, `Verified Clinic ${tag}`, 'clinic');
    const { id } = await saveGroup(
      t.db,
      group({
        slug: `borrowed-${tag}`,
        name: 'Borrowed name',
        organisation: { name: org.name, url: 'https://evil.example' },
      }),
    );
    const [saved] = await t.db.select().from(groups).where(eq(groups.id, id));
    expect(saved!.organisationId).toBeNull();
    await importMeetingGuide(
      t.db,
      [
        {
          name: 'Fed',
          slug: `fed-${tag}`,
          day: 2,
          time: '18:00',
          address: '1901 Vine St',
          city: 'Philadelphia',
          state: 'PA',
          country: 'US',
          entity: org.name,
          entity_url: 'https://evil.example',
          updated: '2026-11-01 10:00:00',
        },
      ],
      { source: `other-${tag}`, timezone: 'America/New_York' },
    );
    const [fed] = await t.db
      .select()
      .from(groups)
      .where(eq(groups.sourceId, `fed-${tag}`));
    expect(fed!.organisationId).toBeNull();
    expect((await orgNamed(org.name))!.url).toBe('https://intergroup.example.org');
    // Nor in other capitals, which would make a look-alike page.
    const lookAlike = org.name.toUpperCase();
    await saveGroup(
      t.db,
      group({ slug: `shouting-${tag}`, name: 'Shouting', organisation: { name: lookAlike } }),
    );
    await importMeetingGuide(
      t.db,
      [
        {
          name: 'Fed 2',
          slug: `fed2-${tag}`,
          day: 3,
          time: '18:00',
          address: '1901 Vine St',
          city: 'Philadelphia',
          state: 'PA',
          country: 'US',
          entity: lookAlike,
          updated: '2026-11-01 10:00:00',
        },
      ],
      { source: `third-${tag}`, timezone: 'America/New_York' },
    );
    expect(await orgNamed(lookAlike)).toBeUndefined();
  });
});

describe('groups of an organisation', () => {
  it('takes a group its leader adds, lets its editors edit the listing only, and lets it go', async () => {
    const steps = journeySteps(() => t);
    const leader = await pledgedLeader(t);
    const org = await orgThroughForm(t, leader, `Northside Grief Network ${tag}`, 'nonprofit');
    const g = await steps.createSupport(leader, `Northside Circle ${tag}`);
    await leader.client.post(`/lead/${g.slug}/state`, { change: 'publish' });
    expect(
      (await leader.client.post(`/orgs/${org.slug}/groups`, { group: g.slug })).headers.get(
        'location',
      ),
    ).toContain('done=added');
    const [added] = await t.db.select().from(groups).where(eq(groups.id, g.id));
    expect(added!.organisationId).toBe(org.id);
    expect(added!.searchExtra).toContain('Northside Grief Network');
    expect(await (await new Client(t.app).get(`/orgs/${org.slug}`)).text()).toContain(
      `Northside Circle ${tag}`,
    );

    // Someone else's group cannot be added.
    const other = await signedInUser(t);
    const orgB = await orgThroughForm(t, other, `Other Network ${tag}`);
    expect(
      (await other.client.post(`/orgs/${orgB.slug}/groups`, { group: g.slug })).headers.get(
        'location',
      ),
    ).toContain('notAdded');

    expect(
      (await leader.client.post(`/orgs/${org.slug}/groups/${g.slug}/release`, {})).headers.get(
        'location',
      ),
    ).toContain('released');
    const [released] = await t.db.select().from(groups).where(eq(groups.id, g.id));
    expect(released!.organisationId).toBeNull();
  });
});

describe('therapists and imports handed over', () => {
  it('shows a verified professional who chose to appear, and only then', async () => {
    const owner = await signedInUser(t);
    const org = await orgThroughForm(t, owner, `Lakeview Clinic ${tag}`, 'clinic');
    const therapist = await signedInUser(t, {
      professional: 'verified',
      twoFactor: true,
      name: `Dr Okafor ${tag}`,
    });
    await t.db.execute(
      sql`UPDATE professional_profiles SET slug = ${`okafor-${tag}`}, listed = true WHERE user_id = ${therapist.id}`,
    );
    await t.db
      .insert(organisationMembers)
      .values({ organisationId: org.id, userId: therapist.id, role: 'editor' });
    const page = async () => (await new Client(t.app).get(`/orgs/${org.slug}`)).text();
    expect(await page()).not.toContain(`Dr Okafor ${tag}`);
    expect((await owner.client.post(`/orgs/${org.slug}/profile`, { show: 'on' })).status).toBe(403);
    expect((await therapist.client.post(`/orgs/${org.slug}/profile`, { show: 'on' })).status).toBe(
      303,
    );
    expect(await page()).toContain(`href="/therapists/okafor-${tag}"`);
    await therapist.client.post(`/orgs/${org.slug}/profile`, {});
    expect(await page()).not.toContain(`Dr Okafor ${tag}`);
  });

  it('lets an administrator hand an import to its organisation, once', async () => {
    const owner = await signedInUser(t);
    const org = await orgThroughForm(t, owner, `Delta Intergroup ${tag}`);
    const source = `delta-${tag}`;
    await importMeetingGuide(
      t.db,
      [
        {
          name: 'Delta Tuesday',
          slug: `delta-tue-${tag}`,
          day: 2,
          time: '19:00',
          address: '1901 Vine St',
          city: 'Philadelphia',
          state: 'PA',
          country: 'US',
          updated: '2026-11-01 10:00:00',
        },
      ],
      { source, timezone: 'America/New_York' },
    );
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    expect(await (await admin.client.get('/admin/organisations')).text()).toContain(source);
    // An editor cannot do it themselves.
    expect(
      (await owner.client.post('/admin/organisations/sources', { source, organisation: org.slug }))
        .status,
    ).toBe(403);
    const res = await admin.client.post('/admin/organisations/sources', {
      source,
      organisation: org.slug,
    });
    expect(res.headers.get('location')).toContain('done=given');
    const [listing] = await t.db.select().from(groups).where(eq(groups.sourceName, source));
    expect(listing!.organisationId).toBe(org.id);
    const other = await orgThroughForm(t, await signedInUser(t), `Echo Intergroup ${tag}`);
    const again = await admin.client.post('/admin/organisations/sources', {
      source,
      organisation: other.slug,
    });
    expect(again.headers.get('location')).toContain('notGiven');
  });
});
