import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, groups, intakeQuestions, memberships } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client, lastMail } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { directoryChanged } from '../directory/search-index.js';
import { membershipFixtures, TEST_APP, VIDEO } from './test-fixtures.js';

// The leaders' side: requests, drafts, applications and who may read intake answers.

let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp(TEST_APP);
});
afterAll(async () => {
  await t.close();
});

const { makeGroup, lead, statusOf } = membershipFixtures(() => t);

describe('requests and the leaders’ page', () => {
  it('only the group’s leaders see who asked; they approve or decline', async () => {
    const groupId = await makeGroup('approval', { policy: 'approval' });
    const leader = await signedInUser(t);
    await lead(groupId, leader.id);
    const person = await signedInUser(t, { name: 'Wren' });
    const declined = await signedInUser(t, { name: 'Finch' });
    await makeGroup('elsewhere');
    await person.client.post('/groups/approval/join', { agreement: '1', message: 'Since May' });
    await declined.client.post('/groups/approval/join', { agreement: '1' });
    expect(await statusOf(groupId, person.id)).toBe('requested');

    // Visitors are sent to sign in; members, other people and administrators are refused.
    expect((await new Client(t.app).get('/lead/approval/people')).status).toBe(303);
    expect((await person.client.get('/lead/approval/people')).status).toBe(403);
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    expect((await admin.client.get('/lead/approval/people')).status).toBe(403);

    const page = await (await leader.client.get('/lead/approval/people')).text();
    expect(page).toContain('Wren');
    expect(page).toContain('Since May');
    const [row] = await t.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, person.id)));
    const [other] = await t.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, declined.id)));

    // A member of the group cannot decide.
    expect(
      (
        await person.client.post(`/lead/approval/people/${row!.id}/decision`, {
          decision: 'approve',
        })
      ).status,
    ).toBe(403);
    const ok = await leader.client.post(`/lead/approval/people/${row!.id}/decision`, {
      decision: 'approve',
    });
    expect(ok.headers.get('location')).toBe('/lead/approval/people?decided=member');
    expect(await statusOf(groupId, person.id)).toBe('member');
    expect((await lastMail(t.db, person.email))?.subject).toContain('You are in');

    await leader.client.post(`/lead/approval/people/${other!.id}/decision`, {
      decision: 'decline',
      note: 'This circle is for parents.',
      referrals: ['elsewhere'],
    });
    const mail = await lastMail(t.db, declined.email);
    expect(mail?.text).toContain('This circle is for parents.');
    expect(mail?.text).toContain('/groups/elsewhere');
    const theirPage = await (await declined.client.get('/groups/approval')).text();
    expect(theirPage).toContain('Circle elsewhere');

    // A bad decision changes nothing.
    expect(
      (await leader.client.post(`/lead/approval/people/${row!.id}/decision`, { decision: 'crown' }))
        .status,
    ).toBe(400);
    // An over-long reason is refused and changes nothing.
    const tooLong = await leader.client.post(`/lead/approval/people/${row!.id}/remove`, {
      reason: 'x'.repeat(2001),
    });
    expect(tooLong.status).toBe(400);
    expect(await statusOf(groupId, person.id)).toBe('member');
    // Removal keeps the reason for leaders, and the person is told without it.
    await leader.client.post(`/lead/approval/people/${row!.id}/remove`, {
      reason: 'Shared a story outside',
    });
    expect(await statusOf(groupId, person.id)).toBe('removed');
    expect((await lastMail(t.db, person.email))?.text).not.toContain('Shared a story outside');
  });

  it('a draft is visible to its leaders only', async () => {
    const groupId = await makeGroup('a-draft', { name: 'Moonlit Draft Circle' });
    // Written behind the commands' back, so the search index is told as they would tell it.
    await t.db.update(groups).set({ published: false }).where(eq(groups.id, groupId));
    directoryChanged(t.db);
    const leader = await signedInUser(t);
    await lead(groupId, leader.id);
    expect((await new Client(t.app).get('/groups/a-draft')).status).toBe(404);
    expect((await (await signedInUser(t)).client.get('/groups/a-draft')).status).toBe(404);
    const page = await leader.client.get('/groups/a-draft');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Draft');
    expect((await new Client(t.app).get('/api/v1/groups/a-draft')).status).toBe(404);
    const search = async () =>
      (await (await new Client(t.app).get('/api/v1/groups?q=moonlit')).json()).results.map(
        (r: { slug: string }) => r.slug,
      );
    expect(await search()).toEqual([]);
    expect((await new Client(t.app).get('/groups/a-draft.ics')).status).toBe(404);
    // Nor does any page behind it tell a stranger the draft exists: the same 404 as a slug
    // that was never used, where a 403 would confirm it.
    const stranger = await signedInUser(t);
    for (const path of [
      '/lead/a-draft',
      '/lead/a-draft/people',
      '/groups/a-draft/apply',
      '/groups/a-draft/leave',
    ]) {
      expect((await stranger.client.get(path)).status, path).toBe(404);
      expect((await stranger.client.get(path.replace('a-draft', 'never-was'))).status, path).toBe(
        404,
      );
    }
    expect((await stranger.client.post('/groups/a-draft/join', { agreement: '1' })).status).toBe(
      404,
    );
    expect((await leader.client.get('/lead/a-draft')).status).toBe(200);
    // Published, the same search finds it.
    await t.db.update(groups).set({ published: true }).where(eq(groups.id, groupId));
    directoryChanged(t.db);
    expect(await search()).toEqual(['a-draft']);
  });
});

describe('applications to a therapy group', () => {
  it('keeps intake answers for the group’s therapists, and records every reading', async () => {
    const groupId = await makeGroup('cohort', {
      kind: 'therapy',
      policy: 'application',
      capacity: 8,
      therapy: { techniques: ['cbt'], screening: true, sessions: 8 },
    });
    const [question] = await t.db
      .insert(intakeQuestions)
      .values([
        { groupId, position: 1, type: 'long_text', prompt: 'What brings you here?' },
        {
          groupId,
          position: 2,
          type: 'yes_no',
          prompt: 'Have you been in group therapy before?',
          required: false,
        },
      ])
      .returning({ id: intakeQuestions.id });
    const therapist = await signedInUser(t, { professional: 'verified', twoFactor: true });
    // A co-leader whose licence lapsed cannot lead a therapy group until it is renewed.
    const lapsed = await signedInUser(t, { professional: 'expired', twoFactor: true });
    await lead(groupId, therapist.id);
    await lead(groupId, lapsed.id, 'co_leader');
    const applicant = await signedInUser(t, { name: 'Kestrel' });

    // Joining directly is not how an application group works.
    const direct = await applicant.client.post('/groups/cohort/join', { agreement: '1' });
    expect(direct.headers.get('location')).toBe('/groups/cohort/apply');
    const form = await (await applicant.client.get('/groups/cohort/apply')).text();
    expect(form).toContain('What brings you here?');

    const missing = await applicant.client.post('/groups/cohort/apply', { agreement: '1' });
    expect(missing.status).toBe(400);
    expect(await statusOf(groupId, applicant.id)).toBeUndefined();

    const secret = 'Night terrors after the accident';
    const sent = await applicant.client.post('/groups/cohort/apply', {
      agreement: '1',
      [`q-${question!.id}`]: secret,
    });
    expect(sent.headers.get('location')).toBe('/groups/cohort?done=applied#join');
    // Before acceptance, the applicant does not see the video link.
    expect(await (await applicant.client.get('/groups/cohort')).text()).not.toContain(VIDEO);

    const [row] = await t.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(eq(memberships.userId, applicant.id));
    const path = `/lead/cohort/people/${row!.id}`;
    // The lapsed co-leader, administrators and the applicant see neither roster nor answers.
    expect((await lapsed.client.get('/lead/cohort/people')).status).toBe(403);
    expect((await lapsed.client.get(path)).status).toBe(403);
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    expect((await admin.client.get(path)).status).toBe(403);
    expect((await applicant.client.get(path)).status).toBe(403);
    // Each refusal is on the record, with who asked (never what they would have seen).
    const refused = await t.db
      .select({ actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'roster.read_denied'), eq(auditEvents.targetId, groupId)));
    expect(refused.map((r) => r.actorId).sort()).toEqual(
      [lapsed.id, lapsed.id, admin.id, applicant.id].sort(),
    );

    const reads = () =>
      t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'intake.read'), eq(auditEvents.targetId, row!.id)));
    expect(await reads()).toHaveLength(0);
    const page = await (await therapist.client.get(path)).text();
    expect(page).toContain(secret);
    expect(await reads()).toHaveLength(1);
    const [event] = await reads();
    expect(event?.actorId).toBe(therapist.id);
    expect(JSON.stringify(event)).not.toContain('Night terrors');

    await therapist.client.post(`${path}/decision`, { decision: 'approve' });
    expect(await statusOf(groupId, applicant.id)).toBe('member');
    expect(await (await applicant.client.get('/groups/cohort')).text()).toContain(VIDEO);
  });
});

describe('refused looks at intake answers', () => {
  it('are recorded: a peer leader has no intake answers to open', async () => {
    const groupId = await makeGroup('peer-circle');
    const leader = await signedInUser(t);
    await lead(groupId, leader.id);
    const member = await signedInUser(t);
    await member.client.post('/groups/peer-circle/join', { agreement: '1' });
    const [row] = await t.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, member.id)));
    const res = await leader.client.get(`/lead/peer-circle/people/${row!.id}`);
    expect(res.status).toBe(403);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'intake.read_denied'), eq(auditEvents.targetId, row!.id)));
    expect(event?.actorId).toBe(leader.id);
  });
});
