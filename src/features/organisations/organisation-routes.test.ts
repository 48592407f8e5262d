import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  groupAgreements,
  groups,
  organisationMembers,
  organisations,
} from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from '../directory/commands.js';
import { group } from '../directory/test-group.js';
import { journeySteps, pledgedLeader, supportForm } from '../leading/test-fixtures.js';
import { addPerson, orgThroughForm } from './test-fixtures.js';

/**
 * Issue 21, item 1: organisation roles as a policy matrix. Every organisation route is tried
 * by a visitor, a stranger, an editor, an owner and an administrator who is not in it; a
 * refusal is a sign-in redirect or a 403 and changes nothing.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
type Persona = 'visitor' | 'stranger' | 'editor' | 'owner' | 'admin';
const clients = {} as Record<Persona, Client>;
const ids = {} as Record<Persona, string>;
let slug = '';
let groupSlug = '';
let orgId = '';
const tag = Math.random().toString(36).slice(2, 7);

beforeAll(async () => {
  t = await createTestApp({ env: { LOG_LEVEL: 'error' } });
  const steps = journeySteps(() => t);
  const owner = await pledgedLeader(t);
  const editor = await signedInUser(t);
  const stranger = await signedInUser(t);
  const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
  const org = await orgThroughForm(t, owner, `Valley Intergroup ${tag}`);
  slug = org.slug;
  orgId = org.id;
  await addPerson(t, org.id, editor.id, 'editor');
  const g = await steps.createSupport(owner, `Valley Tuesday ${tag}`);
  groupSlug = g.slug;
  expect((await owner.client.post(`/lead/${groupSlug}/state`, { change: 'publish' })).status).toBe(
    303,
  );
  expect((await owner.client.post(`/orgs/${slug}/groups`, { group: groupSlug })).status).toBe(303);
  Object.assign(clients, {
    visitor: new Client(t.app, '198.51.100.250'),
    stranger: stranger.client,
    editor: editor.client,
    owner: owner.client,
    admin: admin.client,
  });
  Object.assign(ids, {
    stranger: stranger.id,
    editor: editor.id,
    owner: owner.id,
    admin: admin.id,
  });
});
afterAll(() => t.close());

const EDITORS: Persona[] = ['editor', 'owner'];
const SIGNED_IN: Persona[] = ['stranger', 'editor', 'owner', 'admin'];

/** [method, path, allowed personas, form]; everyone else signed in gets 403, a visitor sign-in. */
const ROUTES = (): [string, string, Persona[], Record<string, string>?][] => [
  ['GET', '/orgs/new', SIGNED_IN],
  ['POST', '/orgs/new', SIGNED_IN, { name: '', kind: 'clinic' }],
  ['GET', `/orgs/${slug}/manage`, EDITORS],
  ['GET', `/orgs/${slug}/details`, ['owner']],
  ['POST', `/orgs/${slug}/details`, ['owner'], { name: 'x', kind: 'nope' }],
  ['POST', `/orgs/${slug}/people/invite`, ['owner'], { role: 'editor' }],
  ['POST', `/orgs/${slug}/people/${ids.editor}/role`, ['owner'], { role: 'editor' }],
  ['POST', `/orgs/${slug}/people/nobody-here/remove`, ['owner'], {}],
  ['POST', `/orgs/${slug}/profile`, [], { show: 'on' }],
  ['POST', `/orgs/${slug}/groups`, EDITORS, { group: 'not-a-group-of-theirs' }],
  ['POST', `/orgs/${slug}/groups/not-a-group/release`, EDITORS, {}],
  ['GET', `/orgs/${slug}/groups/${groupSlug}/contacts`, EDITORS],
  ['GET', `/orgs/${slug}/feeds`, EDITORS],
  ['POST', `/orgs/${slug}/feeds`, EDITORS, { url: 'not a url', timezone: 'x' }],
  [
    'POST',
    `/orgs/${slug}/feeds/runs/00000000-0000-0000-0000-000000000000`,
    EDITORS,
    { decision: 'confirm' },
  ],
  ['GET', `/orgs/${slug}/claim`, []],
  ['POST', `/orgs/${slug}/claim`, [], { message: 'I run the office of this intergroup.' }],
  ['GET', '/admin/organisations', ['admin']],
  ['POST', `/admin/organisations/${slug}/verification`, ['admin'], { verified: 'no' }],
];

const OK = [200, 303, 400, 404];

describe('organisation routes check their policies', () => {
  it('sends a visitor to sign in', async () => {
    for (const [method, path, , body] of ROUTES()) {
      const res =
        method === 'GET'
          ? await clients.visitor.get(path)
          : await clients.visitor.post(path, body ?? {});
      expect(res.status, `${method} ${path}`).toBe(303);
      expect(res.headers.get('location') ?? '', `${method} ${path}`).toMatch(/^\/sign-in/);
    }
  });

  it('lets the allowed in and refuses everyone else with a 403 that changes nothing', async () => {
    const before = await t.db.select().from(organisations).where(eq(organisations.slug, slug));
    const people = await t.db
      .select()
      .from(organisationMembers)
      .where(eq(organisationMembers.organisationId, before[0]!.id));
    for (const [method, path, allowed, body] of ROUTES()) {
      for (const persona of SIGNED_IN) {
        const res =
          method === 'GET'
            ? await clients[persona].get(path)
            : await clients[persona].post(path, body ?? {});
        const label = `${persona} ${method} ${path}`;
        if (allowed.includes(persona)) expect(OK, label).toContain(res.status);
        else expect(res.status, label).toBe(403);
      }
    }
    // Every allowed write above was invalid or a no-op: nothing changed.
    expect(await t.db.select().from(organisations).where(eq(organisations.slug, slug))).toEqual(
      before,
    );
    const after = await t.db
      .select()
      .from(organisationMembers)
      .where(eq(organisationMembers.organisationId, before[0]!.id));
    expect(after.map((p) => [p.userId, p.role]).sort()).toEqual(
      people.map((p) => [p.userId, p.role]).sort(),
    );
  });

  it('shows the public pages to anyone, and 404 for an organisation that does not exist', async () => {
    expect((await clients.visitor.get('/orgs')).status).toBe(200);
    const page = await clients.visitor.get(`/orgs/${slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`Valley Tuesday ${tag}`);
    expect((await clients.visitor.get(`/orgs/${slug}/meeting-guide.json`)).status).toBe(200);
    expect((await clients.visitor.get('/orgs/no-such-org')).status).toBe(404);
    expect((await clients.owner.get('/orgs/no-such-org/manage')).status).toBe(404);
  });

  it('lets an editor edit a listing from its imports, keeping where it came from; never a led group or anyone’s people', async () => {
    const imported = `imported-${tag}`;
    const { id } = await saveGroup(
      t.db,
      group({
        slug: imported,
        name: 'Imported Tuesday',
        organisationId: orgId,
        source: { name: `feed:${slug}`, externalId: 'tue-1' },
        contacts: [{ name: 'Pat', phone: '+1 215 555 0101' }],
      }),
    );
    const form = await clients.editor.get(`/lead/${imported}/edit`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('are for the group’s leaders to change');
    const saved = await clients.editor.post(
      `/lead/${imported}`,
      supportForm({ name: 'Imported Tuesday, renamed', agreement: '', showMemberNames: 'on' }),
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/groups/${imported}`);
    const [row] = await t.db.select().from(groups).where(eq(groups.id, id));
    expect(row).toMatchObject({
      name: 'Imported Tuesday, renamed',
      sourceName: `feed:${slug}`,
      sourceId: 'tue-1',
      organisationId: orgId,
      showMemberNames: false,
      contacts: [{ name: 'Pat', phone: '+1 215 555 0101' }],
    });
    expect(
      await t.db.select().from(groupAgreements).where(eq(groupAgreements.groupId, id)),
    ).toEqual([]);
    for (const path of ['', '/people', '/leaders', '/meetings', '/attendance', '/intake']) {
      expect((await clients.editor.get(`/lead/${imported}${path}`)).status, path).toBe(403);
    }
    // A group with its own leaders stays theirs, even listed by the organisation.
    expect((await clients.editor.get(`/lead/${groupSlug}/edit`)).status).toBe(403);
    expect((await clients.stranger.get(`/lead/${imported}/edit`)).status).toBe(403);
  });
});
