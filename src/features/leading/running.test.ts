import { asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  groupAgreements,
  groupOccurrences,
  groupSchedules,
  groups,
  intakeQuestions,
} from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { createTestApp } from '../../test/harness.js';
import { journeySteps, pledgedLeader, supportForm, zone } from './test-fixtures.js';

/** Running a group: therapy groups and their intake questions, its states, and refusals. */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const { groupBySlug, createSupport, auditCount } = journeySteps(() => t);

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
