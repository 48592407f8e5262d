import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  groupAgreements,
  groupLeaders,
  groupSchedules,
  groups,
  users,
} from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { createTestApp } from '../../test/harness.js';
import { pledgedLeader, supportForm, zone } from './test-fixtures.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('starting a support group', () => {
  it('asks for the pledge once, then creates a fortnightly draft with its owner and agreement', async () => {
    const leader = await signedInUser(t, { name: 'Marisol T.' });
    const first = await (await leader.client.get('/lead/new?kind=support')).text();
    expect(first).toContain('Before you lead a support group');

    const refused = await leader.client.post('/lead/pledge', {});
    expect(refused.status).toBe(400);
    const accepted = await leader.client.post('/lead/pledge', { pledge: 'on' });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe('/lead/new?kind=support');
    const [row] = await t.db.select().from(users).where(eq(users.id, leader.id));
    expect(row?.leaderPledgeAt).toBeInstanceOf(Date);

    const form = await (await leader.client.get('/lead/new?kind=support')).text();
    expect(form).toContain('New support group');
    expect(form).toContain('What is said here stays here');
    expect(form).toContain(`value="${zone}"`);

    const preview = await leader.client.post('/lead/new', { ...supportForm(), intent: 'preview' });
    expect(preview.status).toBe(200);
    const previewHtml = await preview.text();
    expect(previewHtml).toContain('Every other Tuesday, 6:30–8:00 pm Eastern Time');
    expect(
      await t.db.select().from(groups).where(eq(groups.name, 'Tuesday Grief Circle')),
    ).toHaveLength(0);

    const saved = await leader.client.post('/lead/new', supportForm());
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/lead/tuesday-grief-circle?done=created');
    const [group] = await t.db.select().from(groups).where(eq(groups.slug, 'tuesday-grief-circle'));
    expect(group).toMatchObject({
      kind: 'support',
      published: false,
      policy: 'approval',
      leaders: [{ displayName: 'Marisol T.', role: 'peer' }],
    });
    expect(group?.latitude).not.toBeNull();
    const [schedule] = await t.db
      .select()
      .from(groupSchedules)
      .where(eq(groupSchedules.groupId, group!.id));
    expect(schedule?.rrule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
    expect(
      await t.db.select().from(groupLeaders).where(eq(groupLeaders.groupId, group!.id)),
    ).toMatchObject([{ userId: leader.id, role: 'owner' }]);
    expect(
      await t.db.select().from(groupAgreements).where(eq(groupAgreements.groupId, group!.id)),
    ).toMatchObject([
      { version: 1, body: 'What is said here stays here. We listen without judging.' },
    ]);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'group.created'), eq(auditEvents.targetId, group!.id)));
    expect(events).toHaveLength(1);

    const overview = await (
      await leader.client.get('/lead/tuesday-grief-circle?done=created')
    ).text();
    expect(overview).toContain('saved as a draft');
    expect(overview).toContain('Every other Tuesday');
    const dashboard = await (await leader.client.get('/lead')).text();
    expect(dashboard).toContain('href="/lead/tuesday-grief-circle"');
    expect(dashboard).toContain('Draft (not published)');
  });

  it('re-renders with every problem and saves nothing', async () => {
    const leader = await pledgedLeader(t);
    const res = await leader.client.post(
      '/lead/new',
      supportForm({
        name: 'Bad Input Circle',
        topics: [],
        days: [],
        startTime: '25:00',
        onlineUrl: 'javascript:alert(1)',
      }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Choose at least one topic.');
    expect(html).toContain('href="#topics"');
    expect(html).toContain('Enter the start time on a 24-hour clock');
    expect(
      await t.db.select().from(groups).where(eq(groups.name, 'Bad Input Circle')),
    ).toHaveLength(0);
  });
});

describe('finding and reading the leaders’ pages', () => {
  it('links "Lead a group" from the header for signed-in people only', async () => {
    const person = await signedInUser(t);
    const html = await (await person.client.get('/groups')).text();
    expect(html).toContain('<a href="/lead">Lead a group</a>');
    const visitor = await (await t.app.request('http://localhost/groups')).text();
    expect(visitor).not.toContain('href="/lead"');
    const dashboard = await (await person.client.get('/lead')).text();
    expect(dashboard).toContain('<a href="/lead" aria-current="page">Lead a group</a>');
    expect(dashboard).toContain('You do not lead any group yet.');
    expect(dashboard).toContain('href="/lead/new"');
  });

  it('speaks Spanish, with the agreement prefilled in Spanish and errors in Spanish', async () => {
    const leader = await pledgedLeader(t);
    const es = { 'accept-language': 'es' };
    const form = await (await leader.client.get('/lead/new?kind=support', es)).text();
    expect(form).toContain('<html lang="es">');
    expect(form).toContain('Nuevo grupo de apoyo');
    expect(form).toContain('Lo que se dice aquí se queda aquí');
    expect(form).toContain('<legend>Cuándo se reúne</legend>');
    const bad = await leader.client.post('/lead/new', supportForm({ name: 'x' }), es);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Escribe un nombre de 3 a 120 caracteres');
    const preview = await leader.client.post(
      '/lead/new',
      { ...supportForm(), intent: 'preview' },
      es,
    );
    expect(await preview.text()).toContain('Cada dos semanas, los martes');
  });
});
