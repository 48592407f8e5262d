import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { auditEvents, groupLeaders } from '../../db/schema/index.js';
import { signedInUser, wholeDatabaseText } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { setStatus } from '../attending/test-fixtures.js';
import { therapyGroup } from '../therapists/test-fixtures.js';

/**
 * Issue 20, item 3: session notes. The policy matrix over every route (the group's therapist,
 * another therapist, a peer co-leader, the member, another member, an administrator, a
 * visitor), with every read and every refused read audited; a draft, then signed and locked,
 * then an addendum; nothing readable in the database without the key; a member's own record
 * holds the shared part and their own entry, never another member's, never a draft.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

const SECRET_SHARED = 'Practised grounding with the five senses exercise';
const SECRET_KESTREL = 'Kestrel spoke about panic on the train for the first time';
const SECRET_WREN = 'Wren mentioned sleeping badly since the move';

async function world() {
  const g = await therapyGroup(t.db);
  const therapist = await signedInUser(t, {
    name: 'Dr Adeyemi',
    professional: 'verified',
    twoFactor: true,
  });
  await t.db.insert(groupLeaders).values({ groupId: g.id, userId: therapist.id, role: 'owner' });
  const peer = await signedInUser(t, { name: 'Peer helper' });
  await t.db.insert(groupLeaders).values({ groupId: g.id, userId: peer.id, role: 'co_leader' });
  const other = await signedInUser(t, {
    name: 'Dr Other',
    professional: 'verified',
    twoFactor: true,
  });
  const kestrel = await signedInUser(t, { name: 'Kestrel' });
  const wren = await signedInUser(t, { name: 'Wren' });
  for (const m of [kestrel, wren]) await setStatus(t.db, g.id, m.id, 'member');
  const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
  return { g, therapist, peer, other, kestrel, wren, admin, notes: `/lead/${g.slug}/notes` };
}

type W = Awaited<ReturnType<typeof world>>;

async function writeAndSign(w: W) {
  const form = {
    shared: SECRET_SHARED,
    member: [w.kestrel.id, w.wren.id],
    [`attendance:${w.kestrel.id}`]: 'present',
    [`participation:${w.kestrel.id}`]: SECRET_KESTREL,
    [`risk:${w.kestrel.id}`]: 'low',
    [`plan:${w.kestrel.id}`]: 'Practise the breathing exercise daily',
    [`attendance:${w.wren.id}`]: 'present',
    [`participation:${w.wren.id}`]: SECRET_WREN,
    [`risk:${w.wren.id}`]: 'none',
    [`plan:${w.wren.id}`]: '',
  };
  expect((await w.therapist.client.post(`${w.notes}/1`, { ...form, action: 'save' })).status).toBe(
    303,
  );
  return form;
}

describe('session notes', () => {
  it('only the group’s therapists read or write notes; refusals are audited', async () => {
    const w = await world();
    await writeAndSign(w);
    for (const [who, person] of [
      ['another therapist', w.other],
      ['a peer co-leader', w.peer],
      ['the member', w.kestrel],
      ['an administrator', w.admin],
    ] as const) {
      for (const path of [w.notes, `${w.notes}/1`, `${w.notes}/members/${w.kestrel.id}`]) {
        const res = await person.client.get(path);
        expect(res.status, `${who} GET ${path}`).toBe(403);
        expect(await res.text()).not.toContain(SECRET_SHARED);
      }
      expect(
        (await person.client.post(`${w.notes}/1`, { shared: 'x', action: 'sign' })).status,
        who,
      ).toBe(403);
      expect(
        (await person.client.post(`${w.notes}/1/addenda`, { about: 'shared', text: 'x' })).status,
        who,
      ).toBe(403);
    }
    const anon = await new Client(t.app, '198.51.100.203').get(`${w.notes}/1`);
    expect(anon.status).toBe(303);
    const denied = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'notes.read_denied'), eq(auditEvents.targetId, w.g.id)));
    expect(denied.length).toBe(4 * 5);
    expect(new Set(denied.map((d) => d.actorId))).toEqual(
      new Set([w.other.id, w.peer.id, w.kestrel.id, w.admin.id]),
    );
    // The group's therapist reads it, and that is audited too.
    const page = await (await w.therapist.client.get(`${w.notes}/1`)).text();
    expect(page).toContain(SECRET_KESTREL);
    const reads = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'notes.read'), eq(auditEvents.actorId, w.therapist.id)));
    expect(reads.length).toBeGreaterThan(0);
  });

  it('a draft, then signed and locked; corrections are addenda; nothing is readable without the key', async () => {
    const w = await world();
    const form = await writeAndSign(w);
    expect(await (await w.therapist.client.get(`${w.notes}/1?saved=1`)).text()).toContain(
      'The draft is saved.',
    );
    const bad = await w.therapist.client.post(`${w.notes}/1`, {
      ...form,
      [`risk:${w.kestrel.id}`]: 'extreme',
      action: 'save',
    });
    expect(bad.status).toBe(400);
    expect(
      (await w.therapist.client.post(`${w.notes}/1`, { ...form, action: 'sign' })).status,
    ).toBe(303);
    expect(
      (
        await w.therapist.client.post(`${w.notes}/1`, {
          ...form,
          shared: 'Changed after signing',
          action: 'save',
        })
      ).status,
    ).toBe(409);
    const signed = await (await w.therapist.client.get(`${w.notes}/1`)).text();
    expect(signed).toContain('Signed by Dr Adeyemi');
    expect(signed).not.toContain('Changed after signing');
    expect(
      (await w.therapist.client.post(`${w.notes}/1/addenda`, { about: 'shared', text: '' })).status,
    ).toBe(400);
    expect(
      (
        await w.therapist.client.post(`${w.notes}/1/addenda`, {
          about: w.kestrel.id,
          text: 'Correction: it was the bus, not the train',
        })
      ).status,
    ).toBe(303);
    expect(await (await w.therapist.client.get(`${w.notes}/1`)).text()).toContain(
      'Correction: it was the bus',
    );
    const everything = await wholeDatabaseText(t.db);
    for (const secret of [
      SECRET_SHARED,
      SECRET_KESTREL,
      SECRET_WREN,
      'Correction: it was the bus',
      'breathing exercise',
    ]) {
      expect(everything).not.toContain(secret);
    }
    const [row] = await queryRows<{ shared: string }>(
      t.db,
      sql`SELECT shared FROM session_notes WHERE group_id = ${w.g.id}`,
    );
    expect(row?.shared).toMatch(/^v1\./);
  });

  it('a member reads their own signed record, never another member’s part, never a draft', async () => {
    const w = await world();
    const form = await writeAndSign(w);
    const mine = `/groups/${w.g.slug}/notes`;
    expect(await (await w.kestrel.client.get(mine)).text()).not.toContain(SECRET_SHARED);
    await w.therapist.client.post(`${w.notes}/1`, { ...form, action: 'sign' });
    const own = await (await w.kestrel.client.get(mine)).text();
    expect(own).toContain(SECRET_SHARED);
    expect(own).toContain(SECRET_KESTREL);
    expect(own).not.toContain(SECRET_WREN);
    expect((await w.other.client.get(mine)).status).toBe(403);
    // On the group's page a link leads there; and the same is in "download my data".
    expect(await (await w.kestrel.client.get(`/groups/${w.g.slug}`)).text()).toContain(
      'My session notes',
    );
    const data = JSON.parse(await (await w.kestrel.client.post('/account/export', {})).text());
    expect(data.sessionNotes).toEqual([
      expect.objectContaining({
        session: 1,
        whatTheGroupDid: SECRET_SHARED,
        aboutYou: expect.objectContaining({ participation: SECRET_KESTREL }),
      }),
    ]);
    expect(JSON.stringify(data)).not.toContain(SECRET_WREN);
    // The therapist's printable record of one member: an export, so only with their consent.
    const refused = await w.therapist.client.get(`${w.notes}/members/${w.wren.id}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('has not agreed to their notes being exported');
    expect(
      (await w.wren.client.post(`/groups/${w.g.slug}/notes/sharing`, { give: 'yes' })).status,
    ).toBe(303);
    expect(await (await w.wren.client.get(`/groups/${w.g.slug}/notes`)).text()).toContain(
      'may export your notes',
    );
    const record = await (await w.therapist.client.get(`${w.notes}/members/${w.wren.id}`)).text();
    expect(record).toContain(SECRET_WREN);
    expect(record).not.toContain(SECRET_KESTREL);
    await w.wren.client.post(`/groups/${w.g.slug}/notes/sharing`, { give: 'no' });
    expect((await w.therapist.client.get(`${w.notes}/members/${w.wren.id}`)).status).toBe(403);
    const consents = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, w.wren.id), eq(auditEvents.targetId, w.g.id)));
    expect(consents.map((a) => a.action)).toEqual([
      'notes.sharing_consent_given',
      'notes.sharing_consent_withdrawn',
    ]);
  });
});
