import { and, asc, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attendance,
  auditEvents,
  groupAgreements,
  groupLeaders,
  groupOccurrences,
  groupSchedules,
  groups,
  intakeQuestions,
  leaderInvitations,
  meetingChanges,
  memberships,
} from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { lastMail } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { sha256 } from './commands.js';
import { pledgedLeader, supportForm, zone } from './test-fixtures.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Person = Awaited<ReturnType<typeof signedInUser>>;

async function groupBySlug(slug: string) {
  const [g] = await t.db.select().from(groups).where(eq(groups.slug, slug));
  if (!g) throw new Error(`no group ${slug}`);
  return g;
}

async function createSupport(leader: Person, name: string, overrides = {}) {
  const res = await leader.client.post('/lead/new', supportForm({ name, ...overrides }));
  expect(res.status).toBe(303);
  const slug = /\/lead\/([^?]+)/.exec(res.headers.get('location') ?? '')![1]!;
  return groupBySlug(slug);
}

async function addMember(groupId: string, userId: string) {
  await t.db.insert(memberships).values({
    groupId,
    userId,
    status: 'member',
    arrival: sql`nextval('membership_arrival_seq')`,
  });
}

const auditCount = async (action: string, groupId: string) =>
  (
    await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, groupId)))
  ).length;

describe('therapy groups', () => {
  it('are offered only to verified professionals, with an explanation for others', async () => {
    const member = await pledgedLeader(t);
    const choose = await (await member.client.get('/lead/new')).text();
    expect(choose).toContain('Therapy groups can be started only by verified professionals');
    expect(choose).not.toContain('href="/lead/new?kind=therapy"');
    expect((await member.client.get('/lead/new?kind=therapy')).status).toBe(403);
    const posted = await member.client.post(
      '/lead/new',
      supportForm({ kind: 'therapy', name: 'Sneaky therapy' }),
    );
    expect(posted.status).toBe(403);
    expect(await t.db.select().from(groups).where(eq(groups.name, 'Sneaky therapy'))).toHaveLength(
      0,
    );
  });

  it('lets a verified therapist create an 8-session application group and write intake questions', async () => {
    const pro = await signedInUser(t, {
      professional: 'verified',
      twoFactor: true,
      name: 'Dr. Ana R.',
    });
    const choose = await (await pro.client.get('/lead/new')).text();
    expect(choose).toContain('href="/lead/new?kind=therapy"');
    const form = await (await pro.client.get('/lead/new?kind=therapy')).text();
    expect(form).toContain('New therapy group');
    expect(form).toMatch(/value="application"[^>]*checked/);
    expect(form).toMatch(/name="count"[^>]*value="8"/);

    const start = DateTime.now().setZone(zone).plus({ weeks: 2 }).set({ weekday: 3 }).toISODate()!;
    const res = await pro.client.post(
      '/lead/new',
      supportForm({
        kind: 'therapy',
        name: 'Anxiety skills group',
        summary: 'Eight weekly sessions of CBT skills for anxiety.',
        policy: 'application',
        scheduleKind: 'series',
        days: ['3'],
        interval: '1',
        count: '8',
        startDate: start,
        techniques: ['cbt'],
        sessions: '8',
        screening: 'on',
        capacity: '10',
        costKind: 'sliding_scale',
        costAmount: '60',
        costMinAmount: '20',
      }),
    );
    expect(res.status).toBe(303);
    const g = await groupBySlug('anxiety-skills-group');
    expect(g).toMatchObject({
      kind: 'therapy',
      policy: 'application',
      published: false,
      screening: true,
      techniques: ['cbt'],
      capacity: 10,
      costAmountCents: 6000,
      costMinAmountCents: 2000,
      leaders: [{ displayName: 'Dr. Ana R.', role: 'professional', credentials: 'LCSW' }],
    });
    const [schedule] = await t.db
      .select()
      .from(groupSchedules)
      .where(eq(groupSchedules.groupId, g.id));
    expect(schedule?.rrule).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=WE;COUNT=8');
    const overview = await (await pro.client.get('/lead/anxiety-skills-group')).text();
    expect(overview).toContain('8 weekly sessions on Wednesdays');
    expect(overview).toContain('href="/lead/anxiety-skills-group/intake"');

    const bad = await pro.client.post('/lead/anxiety-skills-group/intake', {
      type: 'single_choice',
      prompt: 'Which?',
      options: 'only one',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('A list needs 2 to 20 choices');
    for (const prompt of [
      'What brings you to the group?',
      'Have you been in group therapy before?',
    ]) {
      const added = await pro.client.post('/lead/anxiety-skills-group/intake', {
        type: prompt.startsWith('Have') ? 'yes_no' : 'long_text',
        prompt,
        help: '',
        options: '',
        required: 'on',
      });
      expect(added.status).toBe(303);
    }
    const asked = () =>
      t.db
        .select()
        .from(intakeQuestions)
        .where(eq(intakeQuestions.groupId, g.id))
        .orderBy(asc(intakeQuestions.position));
    const [first, second] = await asked();
    expect(second).toMatchObject({ type: 'yes_no', required: true });
    await pro.client.post(`/lead/anxiety-skills-group/intake/${second!.id}/move`, {
      direction: 'up',
    });
    expect((await asked()).map((q) => q.prompt)[0]).toBe('Have you been in group therapy before?');
    await pro.client.post(`/lead/anxiety-skills-group/intake/${first!.id}/retire`, {});
    const after = await asked();
    expect(after.find((q) => q.id === first!.id)?.retiredAt).toBeInstanceOf(Date);
    expect(await auditCount('intake.question_added', g.id)).toBe(2);
  });
});

describe('a group through its states', () => {
  it('is published, closed, reopened and ended (after confirming) by its owner', async () => {
    const owner = await pledgedLeader(t);
    const g = await createSupport(owner, 'States circle');
    const state = async (change: string, extra: Record<string, string> = {}) =>
      owner.client.post('/lead/states-circle/state', { change, ...extra });
    expect((await state('publish')).status).toBe(303);
    expect((await groupBySlug('states-circle')).published).toBe(true);
    await state('close');
    expect((await groupBySlug('states-circle')).status).toBe('temporarily_closed');
    await state('reopen');
    expect((await groupBySlug('states-circle')).status).toBe('active');
    const unconfirmed = await state('end');
    expect(unconfirmed.headers.get('location')).toBe('/lead/states-circle/end');
    expect((await groupBySlug('states-circle')).status).toBe('active');
    expect(await (await owner.client.get('/lead/states-circle/end')).text()).toContain(
      'Yes, end the group',
    );
    await state('end', { confirm: 'yes' });
    expect(await groupBySlug('states-circle')).toMatchObject({ status: 'ended', published: false });
    expect((await state('reopen')).status).toBe(400);
    for (const action of ['group.published', 'group.closed', 'group.reopened', 'group.ended']) {
      expect(await auditCount(action, g.id), action).toBe(1);
    }
  });

  it('keeps the agreement versioned and cancelled dates through an edit', async () => {
    const owner = await pledgedLeader(t);
    const g = await createSupport(owner, 'Edited circle');
    const edit = await (await owner.client.get('/lead/edited-circle/edit')).text();
    expect(edit).toContain('value="Edited circle"');
    const [occurrence] = await t.db
      .select()
      .from(groupOccurrences)
      .where(eq(groupOccurrences.groupId, g.id))
      .orderBy(asc(groupOccurrences.startsAt));
    await owner.client.post(
      `/lead/edited-circle/meetings/${encodeURIComponent(occurrence!.startsAt.toISOString())}/cancel`,
      { note: '' },
    );
    const saved = await owner.client.post(
      '/lead/edited-circle',
      supportForm({
        name: 'Edited circle',
        summary: 'A new summary for this fortnightly circle.',
        agreement: 'A second version of our agreement, kinder.',
      }),
    );
    expect(saved.headers.get('location')).toBe('/lead/edited-circle?done=agreement');
    const after = await groupBySlug('edited-circle');
    expect(after.summary).toBe('A new summary for this fortnightly circle.');
    const versions = await t.db
      .select()
      .from(groupAgreements)
      .where(eq(groupAgreements.groupId, g.id));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    const [schedule] = await t.db
      .select()
      .from(groupSchedules)
      .where(eq(groupSchedules.groupId, g.id));
    expect(schedule?.exdates).toHaveLength(1);
    const again = await owner.client.post(
      '/lead/edited-circle',
      supportForm({
        name: 'Edited circle',
        agreement: 'A second version of our agreement, kinder.',
      }),
    );
    expect(again.headers.get('location')).toBe('/lead/edited-circle?done=saved');
  });
});

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

describe('meetings', () => {
  it('cancels and moves a meeting, telling each member with the note', async () => {
    const owner = await pledgedLeader(t);
    const g = await createSupport(owner, 'Meeting circle', { interval: '1' });
    const member = await signedInUser(t);
    await addMember(g.id, member.id);
    const occ = await t.db
      .select()
      .from(groupOccurrences)
      .where(eq(groupOccurrences.groupId, g.id))
      .orderBy(asc(groupOccurrences.startsAt));
    const [first, second] = occ;
    const path = (d: Date) =>
      `/lead/meeting-circle/meetings/${encodeURIComponent(d.toISOString())}`;

    const page = await (await owner.client.get('/lead/meeting-circle/meetings')).text();
    expect(page).toContain(`action="${path(first!.startsAt)}/cancel"`);

    const cancelled = await owner.client.post(`${path(first!.startsAt)}/cancel`, {
      note: 'The hall is closed for repairs.',
    });
    expect(cancelled.headers.get('location')).toBe('/lead/meeting-circle/meetings?done=cancelled');
    const mail = await lastMail(t.db, member.email);
    expect(mail?.kind).toBe('meeting_cancelled');
    expect(mail?.text).toContain('Meeting circle');
    expect(mail?.text).toContain('The hall is closed for repairs.');
    expect(mail?.subject).not.toContain('Meeting circle');
    const left = await t.db
      .select()
      .from(groupOccurrences)
      .where(eq(groupOccurrences.groupId, g.id));
    expect(left.some((o) => o.startsAt.getTime() === first!.startsAt.getTime())).toBe(false);

    const badMove = await owner.client.post(`${path(second!.startsAt)}/move`, {
      date: '2020-01-01',
      time: '18:00',
    });
    expect(badMove.status).toBe(400);
    expect(await badMove.text()).toContain('The new time must be in the future.');

    const newDate = DateTime.fromJSDate(second!.startsAt)
      .setZone(zone)
      .plus({ days: 2 })
      .toISODate()!;
    const moved = await owner.client.post(`${path(second!.startsAt)}/move`, {
      date: newDate,
      time: '19:00',
      note: '',
    });
    expect(moved.status).toBe(303);
    expect((await lastMail(t.db, member.email))?.kind).toBe('meeting_moved');
    const schedules = await t.db
      .select()
      .from(groupSchedules)
      .where(eq(groupSchedules.groupId, g.id))
      .orderBy(asc(groupSchedules.position));
    expect(schedules).toHaveLength(2);
    expect(schedules[0]?.exdates).toHaveLength(2);
    expect(schedules[1]).toMatchObject({ rrule: null, dtstart: `${newDate}T19:00` });
    const changes = await t.db
      .select()
      .from(meetingChanges)
      .where(eq(meetingChanges.groupId, g.id));
    expect(changes.map((ch) => ch.kind).sort()).toEqual(['cancelled', 'moved']);
    expect(await auditCount('meeting.cancelled', g.id)).toBe(1);
    // A meeting that is not coming cannot be changed.
    const again = await owner.client.post(`${path(first!.startsAt)}/cancel`, { note: '' });
    expect(again.status).toBe(400);
  });

  it('records attendance for a past meeting and shows the history', async () => {
    const owner = await pledgedLeader(t);
    const start = DateTime.now().setZone(zone).minus({ weeks: 3 }).toISODate()!;
    const weekday = String(DateTime.fromISO(start).weekday % 7);
    const g = await createSupport(owner, 'Attendance circle', {
      interval: '1',
      days: [weekday],
      startDate: start,
      startTime: '00:30',
    });
    const [a, b] = [await signedInUser(t, { name: 'Ada' }), await signedInUser(t, { name: 'Bea' })];
    await addMember(g.id, a.id);
    await addMember(g.id, b.id);
    const meetings = await (await owner.client.get('/lead/attendance-circle/meetings')).text();
    const link = /href="(\/lead\/attendance-circle\/meetings\/[^"]+)">Take attendance/.exec(
      meetings,
    )?.[1];
    expect(link).toBeDefined();
    const form = await (await owner.client.get(link!)).text();
    expect(form).toContain('Ada');
    expect(form).toContain('Bea');
    const outsider = await signedInUser(t);
    const saved = await owner.client.post(link!, { present: [a.id, outsider.id] });
    expect(saved.status).toBe(303);
    const rows = await t.db.select().from(attendance).where(eq(attendance.groupId, g.id));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.userId === a.id)?.present).toBe(true);
    expect(rows.find((r) => r.userId === b.id)?.present).toBe(false);
    const history = await (await owner.client.get('/lead/attendance-circle/attendance')).text();
    expect(history).toMatch(/<th scope="row">Ada<\/th><td>1<\/td>/);
    expect(history).toMatch(/<th scope="row">Bea<\/th><td>0<\/td>/);
    const dashboard = await (await owner.client.get('/lead')).text();
    expect(dashboard).toContain('Recent attendance');
    expect(dashboard).toMatch(/Attendance circle: 1 came/);
    expect(dashboard).toContain('Coming meetings');
    expect(dashboard).toContain('href="/lead/attendance-circle/meetings">Attendance circle</a>');
    // A future time is not a meeting to record.
    const future = new Date(Date.now() + 7 * 86_400_000).toISOString();
    expect(
      (await owner.client.get(`/lead/attendance-circle/meetings/${encodeURIComponent(future)}`))
        .status,
    ).toBe(404);
  });
});

describe('refusals and names', () => {
  it('changes nothing when someone who does not lead the group posts', async () => {
    const owner = await pledgedLeader(t);
    const g = await createSupport(owner, 'Guarded circle');
    const other = await pledgedLeader(t);
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    // A stranger is told the draft does not exist; an administrator, who may see drafts, that
    // this is not theirs to change.
    for (const [client, status] of [
      [other.client, 404],
      [admin.client, 403],
    ] as const) {
      expect((await client.post('/lead/guarded-circle/state', { change: 'publish' })).status).toBe(
        status,
      );
      const edit = await client.post('/lead/guarded-circle', supportForm({ name: 'Taken over' }));
      expect(edit.status).toBe(status);
    }
    expect(await groupBySlug('guarded-circle')).toMatchObject({
      name: 'Guarded circle',
      published: false,
      updatedAt: g.updatedAt,
    });
  });

  it('gives a new group a free slug, never one of its own paths, and never touches another group', async () => {
    const first = await pledgedLeader(t);
    const second = await pledgedLeader(t);
    const a = await createSupport(first, 'Twin circle');
    const b = await createSupport(second, 'Twin circle');
    expect(a.slug).toBe('twin-circle');
    expect(b.slug).toBe('twin-circle-2');
    expect((await groupBySlug('twin-circle')).id).toBe(a.id);
    const reserved = await createSupport(first, 'New');
    expect(reserved.slug).toBe('new-group');
  });
});
