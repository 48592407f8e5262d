import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupLeaders, leaderInvitations } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { lastMail } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { sha256 } from './people-commands.js';
import { journeySteps, pledgedLeader, supportForm } from './test-fixtures.js';

/** Co-leaders: invitations by e-mail, accepting, stepping down and removal. */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const { groupBySlug, createSupport, auditCount } = journeySteps(() => t);

describe('co-leaders', () => {
  it('join by an invitation for their own address, and the public list follows', async () => {
    const owner = await pledgedLeader(t, { name: 'Owner O.' });
    const g = await createSupport(owner, 'Shared circle');
    const invitee = await signedInUser(t, { name: 'Co Lee' });
    const stranger = await signedInUser(t);
    // A draft sends no invitation: its name could be anything, and nobody has seen it yet.
    const fromDraft = await owner.client.post('/lead/shared-circle/leaders/invite', {
      email: invitee.email,
    });
    expect(fromDraft.status).toBe(400);
    expect(await fromDraft.text()).toContain('Invitations can be sent once the group is published');
    expect((await lastMail(t.db, invitee.email))?.kind).not.toBe('colead_invitation');
    await owner.client.post('/lead/shared-circle/state', { change: 'publish' });
    expect(
      (await owner.client.post('/lead/shared-circle/leaders/invite', { email: 'nope' })).status,
    ).toBe(400);
    const sent = await owner.client.post('/lead/shared-circle/leaders/invite', {
      email: invitee.email.toUpperCase(),
    });
    expect(sent.status).toBe(303);
    const mail = await lastMail(t.db, invitee.email);
    expect(mail?.kind).toBe('colead_invitation');
    const link = /\/lead\/invitations\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    const [stored] = await t.db
      .select()
      .from(leaderInvitations)
      .where(eq(leaderInvitations.groupId, g.id));
    expect(stored?.tokenHash).toBe(sha256(link));
    expect(stored?.emailHash).toBe(sha256(invitee.email.toLowerCase()));
    expect(JSON.stringify(stored)).not.toContain(invitee.email);

    expect((await stranger.client.get(`/lead/invitations/${link}`)).status).toBe(403);
    expect((await stranger.client.post(`/lead/invitations/${link}`, {})).status).toBe(403);
    expect((await invitee.client.get(`/lead/invitations/${link}`)).status).toBe(200);
    const accepted = await invitee.client.post(`/lead/invitations/${link}`, {});
    expect(accepted.headers.get('location')).toBe('/lead/shared-circle?done=joined');
    expect((await groupBySlug('shared-circle')).leaders.map((l) => l.displayName)).toEqual([
      'Owner O.',
      'Co Lee',
    ]);
    // Used once, the link no longer works.
    expect((await invitee.client.post(`/lead/invitations/${link}`, {})).status).toBe(404);

    // A co-leader runs the group but cannot end it or manage leaders.
    expect((await invitee.client.get('/lead/shared-circle/meetings')).status).toBe(200);
    expect(
      (await invitee.client.post('/lead/shared-circle/state', { change: 'end', confirm: 'yes' }))
        .status,
    ).toBe(403);
    expect(
      (await invitee.client.post('/lead/shared-circle/leaders/invite', { email: stranger.email }))
        .status,
    ).toBe(403);
    const stepped = await invitee.client.post('/lead/shared-circle/leaders/step-down', {});
    expect(stepped.headers.get('location')).toBe('/lead?done=stepped-down');
    expect(
      await t.db.select().from(groupLeaders).where(eq(groupLeaders.groupId, g.id)),
    ).toHaveLength(1);
    expect((await groupBySlug('shared-circle')).leaders).toHaveLength(1);
    expect(await auditCount('group.leader_stepped_down', g.id)).toBe(1);
  });

  it('can be removed by the owner, and a therapy group takes only verified professionals', async () => {
    const pro = await signedInUser(t, { professional: 'verified', twoFactor: true });
    await pro.client.post(
      '/lead/new',
      supportForm({ kind: 'therapy', name: 'Therapy duo', policy: 'application' }),
    );
    const g = await groupBySlug('therapy-duo');
    const peer = await signedInUser(t);
    await pro.client.post('/lead/therapy-duo/leaders/invite', { email: peer.email });
    const link = /\/lead\/invitations\/([A-Za-z0-9_-]+)/.exec(
      (await lastMail(t.db, peer.email))!.text,
    )![1]!;
    const refused = await peer.client.post(`/lead/invitations/${link}`, {});
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('led by verified professionals');

    const colleague = await signedInUser(t, { professional: 'verified', twoFactor: true });
    await pro.client.post('/lead/therapy-duo/leaders/invite', { email: colleague.email });
    const link2 = /\/lead\/invitations\/([A-Za-z0-9_-]+)/.exec(
      (await lastMail(t.db, colleague.email))!.text,
    )![1]!;
    expect((await colleague.client.post(`/lead/invitations/${link2}`, {})).status).toBe(303);
    expect((await groupBySlug('therapy-duo')).leaders.every((l) => l.role === 'professional')).toBe(
      true,
    );
    const removed = await pro.client.post(`/lead/therapy-duo/leaders/${colleague.id}/remove`, {});
    expect(removed.status).toBe(303);
    expect(
      await t.db.select().from(groupLeaders).where(eq(groupLeaders.groupId, g.id)),
    ).toHaveLength(1);
    expect((await pro.client.post(`/lead/therapy-duo/leaders/${pro.id}/remove`, {})).status).toBe(
      404,
    );
  });

  it('sends at most ten invitations a day from one leader', async () => {
    const owner = await pledgedLeader(t);
    await createSupport(owner, 'Busy circle');
    await owner.client.post('/lead/busy-circle/state', { change: 'publish' });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await owner.client.post('/lead/busy-circle/leaders/invite', {
        email: `helper${i}@example.org`,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(303));
    expect(statuses[10]).toBe(429);
    expect(await lastMail(t.db, 'helper10@example.org')).toBeUndefined();
  });

  it('refuses an expired invitation', async () => {
    const owner = await pledgedLeader(t);
    const g = await createSupport(owner, 'Expiring circle');
    const invitee = await signedInUser(t);
    await owner.client.post('/lead/expiring-circle/state', { change: 'publish' });
    await owner.client.post('/lead/expiring-circle/leaders/invite', { email: invitee.email });
    const link = /\/lead\/invitations\/([A-Za-z0-9_-]+)/.exec(
      (await lastMail(t.db, invitee.email))!.text,
    )![1]!;
    await t.db
      .update(leaderInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(leaderInvitations.groupId, g.id));
    expect((await invitee.client.post(`/lead/invitations/${link}`, {})).status).toBe(404);
    expect(
      await t.db.select().from(groupLeaders).where(eq(groupLeaders.groupId, g.id)),
    ).toHaveLength(1);
  });
});
