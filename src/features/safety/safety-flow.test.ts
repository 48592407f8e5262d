import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../app/jobs.js';
import {
  auditEvents,
  groupLeaders,
  intakeQuestions,
  jobs,
  mailOutbox,
  memberships,
  notifications,
  safetyAlerts,
  threadMessages,
} from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from '../directory/commands.js';
import { group } from '../directory/test-group.js';
import { drain, startWorker } from '../jobs/queue.js';
import { ESCALATE_JOB, raiseAlert } from './alerts.js';

/**
 * Issue 17, the response flow: what a person writes is assessed where it is kept; the writer
 * sees a private card at once; the people responsible are told through the notification
 * centre and by mail within seconds, through the real job worker; an urgent alert nobody
 * acknowledges goes to the administrators after 10 minutes; "worried about someone" needs no
 * classifier; and the records hold who, when and which item, never the words.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

type Person = Awaited<ReturnType<typeof signedInUser>>;

const URGENT = 'I have the pills counted out and I am going to take all of them tonight.';
const CONCERN_ES = 'Últimamente pienso mucho en suicidarme, ya no le veo sentido a vivir.';

async function supportGroup(slug: string, leaders: Person[]) {
  const { id } = await saveGroup(t.db, group({ slug, name: `Circle ${slug}` }));
  await t.db
    .insert(groupLeaders)
    .values(
      leaders.map(
        (l, i) => ({ groupId: id, userId: l.id, role: i ? 'co_leader' : 'owner' }) as const,
      ),
    );
  return id;
}

async function memberOf(groupId: string, name: string) {
  const person = await signedInUser(t, { name });
  await t.db.insert(memberships).values({
    groupId,
    userId: person.id,
    status: 'member',
    arrival: sql`nextval('membership_arrival_seq')`,
  });
  return person;
}

const alertsAbout = (subjectId: string) =>
  t.db.select().from(safetyAlerts).where(eq(safetyAlerts.subjectId, subjectId));

const noticesOf = (userId: string) =>
  t.db
    .select({ kind: notifications.kind, data: notifications.data })
    .from(notifications)
    .where(eq(notifications.userId, userId));

/** Wait for a condition, polling the database; returns the milliseconds it took. */
async function within(ms: number, check: () => Promise<boolean>) {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not within ${ms} ms`);
}

describe('an applicant writes an urgent intake answer', () => {
  it('sees the card at once; the therapist is mailed within 5 s, reads it and acknowledges', async () => {
    const { id: groupId } = await saveGroup(
      t.db,
      group({
        slug: 'steady-ground',
        name: 'Steady Ground',
        kind: 'therapy',
        policy: 'application',
        capacity: 8,
        therapy: { techniques: ['cbt'], screening: true, sessions: 8 },
      }),
    );
    const [question] = await t.db
      .insert(intakeQuestions)
      .values({ groupId, position: 1, type: 'long_text', prompt: 'What brings you here?' })
      .returning({ id: intakeQuestions.id });
    const therapist = await signedInUser(t, { professional: 'verified', twoFactor: true });
    const lapsed = await signedInUser(t, { professional: 'expired', twoFactor: true });
    await t.db.insert(groupLeaders).values([
      { groupId, userId: therapist.id, role: 'owner' },
      { groupId, userId: lapsed.id, role: 'co_leader' },
    ]);
    const applicant = await signedInUser(t, { name: 'Wren' });

    // The real worker, polling only once a minute: the alert must not wait for a poll.
    const worker = startWorker(t.db, jobHandlers(t.deps), { pollMs: 60_000 });
    let membershipId = '';
    try {
      await new Promise((r) => setTimeout(r, 200));
      const sent = await applicant.client.post('/groups/steady-ground/apply', {
        [`q-${question!.id}`]: URGENT,
      });
      const at = Date.now();
      expect(sent.status).toBe(200);
      expect(sent.headers.get('cache-control')).toContain('no-store');
      const html = await sent.text();
      const card = html.slice(html.indexOf('class="support-card"'));
      expect(card).toContain('Thank you for telling us');
      // Urgent: the emergency number comes first, then the crisis lines, then who was told.
      expect(card.indexOf('tel:911')).toBeGreaterThan(-1);
      expect(card.indexOf('tel:911')).toBeLessThan(card.indexOf('tel:988'));
      expect(card).toContain('We have let the leaders of Steady Ground know');
      expect(card).toContain('href="/groups/steady-ground?done=applied#join"');
      // The application itself went through.
      const [row] = await t.db
        .select({ id: memberships.id, status: memberships.status })
        .from(memberships)
        .where(eq(memberships.userId, applicant.id));
      expect(row?.status).toBe('applied');
      membershipId = row!.id;

      const waited = await within(5_000, async () => {
        const mails = await t.db
          .select({ subject: mailOutbox.subject })
          .from(mailOutbox)
          .where(eq(mailOutbox.to, therapist.email));
        return mails.some((m) => m.subject.startsWith('Safety alert: someone may need support'));
      });
      expect(Date.now() - at).toBeLessThan(5_000);
      expect(waited).toBeLessThan(5_000);
    } finally {
      await worker.stop();
    }
    // The mail names neither the person nor the group in its subject, nor quotes them.
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, therapist.email));
    expect(mails.map((m) => `${m.subject}\n${m.text}`).join('\n')).not.toContain('pills');
    // A co-leader whose licence lapsed is not told, and cannot open it.
    expect((await noticesOf(lapsed.id)).map((n) => n.kind)).not.toContain('safety_alert');

    const [alert] = await alertsAbout(applicant.id);
    expect(alert).toMatchObject({ level: 'urgent', source: 'assessed', itemKind: 'application' });
    expect(alert?.signals.length).toBeGreaterThan(0);
    const notices = await noticesOf(therapist.id);
    expect(notices).toContainEqual({
      kind: 'safety_alert',
      data: { alert: alert!.id, level: 'urgent' },
    });
    const centre = await (await therapist.client.get('/notifications')).text();
    expect(centre).toContain('Wren in Steady Ground may need support now');

    const path = `/safety/alerts/${alert!.id}`;
    expect((await lapsed.client.get(path)).status).toBe(404);
    expect((await applicant.client.get(path)).status).toBe(404);
    const page = await therapist.client.get(path);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    const html = await page.text();
    expect(html).toContain(URGENT);
    expect(html).toContain(`href="/lead/steady-ground/threads/${applicant.id}"`);

    const ack = await therapist.client.post(`${path}/acknowledge`, {});
    expect(ack.status).toBe(303);
    const [after] = await alertsAbout(applicant.id);
    expect(after?.acknowledgedBy).toBe(therapist.id);
    expect(after?.acknowledgedAt).toBeInstanceOf(Date);
    expect(await (await therapist.client.get(path)).text()).toContain('Acknowledged by');

    // The record: raised, read (the page and the intake answers), acknowledged, refused twice.
    const events = await t.db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.targetId, alert!.id));
    expect(events.map((e) => e.action).sort()).toEqual(
      [
        'safety.alert_acknowledged',
        'safety.alert_raised',
        'safety.alert_read',
        'safety.alert_read',
        'safety.alert_read_denied',
        'safety.alert_read_denied',
      ].sort(),
    );
    const intakeReads = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'intake.read'), eq(auditEvents.targetId, membershipId)));
    expect(intakeReads.length).toBeGreaterThan(0);
    // Never the words: not in the alert, the notices, the audit log or the jobs.
    const kept = await t.db.execute(sql`
      SELECT (SELECT string_agg(a::text, ' ') FROM safety_alerts a)
          || (SELECT string_agg(n::text, ' ') FROM notifications n)
          || (SELECT string_agg(e::text, ' ') FROM audit_events e)
          || (SELECT string_agg(j::text, ' ') FROM jobs j) AS everything`);
    expect(JSON.stringify(kept)).not.toContain('pills');
  });
});

describe('a member writes to the leaders', () => {
  it('in Spanish, a concern: the card in Spanish, both leaders told, nothing held', async () => {
    const owner = await signedInUser(t, { name: 'Garza' });
    const co = await signedInUser(t, { name: 'Milano' });
    const groupId = await supportGroup('faro', [owner, co]);
    const member = await memberOf(groupId, 'Colibrí');
    const sent = await member.client.post(
      '/groups/faro/write',
      { message: CONCERN_ES },
      { 'accept-language': 'es-MX,es;q=0.9' },
    );
    expect(sent.status).toBe(200);
    const card = await sent.text();
    expect(card).toContain('<html lang="es">');
    expect(card).toContain('Gracias por contárnoslo');
    expect(card).toContain('Hemos avisado a quienes dirigen Circle faro');
    // A concern does not put the emergency number before everything else.
    expect(card).not.toContain('support-card__first');
    const [alert] = await alertsAbout(member.id);
    expect(alert).toMatchObject({ level: 'concern', itemKind: 'thread_message', groupId });
    for (const leader of [owner, co]) {
      expect((await noticesOf(leader.id)).map((n) => n.kind)).toContain('safety_alert');
    }
    // The message itself is in the thread as usual; a concern is never escalated.
    expect(
      await t.db.select().from(threadMessages).where(eq(threadMessages.personId, member.id)),
    ).toHaveLength(1);
    expect(
      await t.db
        .select()
        .from(jobs)
        .where(eq(jobs.dedupeKey, `safety-escalate:${alert!.id}`)),
    ).toHaveLength(0);
  });

  it('an ordinary message (even "this week is killing me") shows no card and raises nothing', async () => {
    const owner = await signedInUser(t, { name: 'Alder' });
    const groupId = await supportGroup('quiet-harbour', [owner]);
    const member = await memberOf(groupId, 'Finch');
    const sent = await member.client.post('/groups/quiet-harbour/write', {
      message: 'Work this week is killing me, so I will be ten minutes late on Tuesday.',
    });
    expect(sent.status).toBe(303);
    expect(await alertsAbout(member.id)).toHaveLength(0);
  });
});

describe('escalation', () => {
  it('an urgent alert nobody acknowledges goes to the administrators after 10 minutes', async () => {
    const owner = await signedInUser(t, { name: 'Rowan' });
    const groupId = await supportGroup('night-shift', [owner]);
    const member = await memberOf(groupId, 'Heron');
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    await member.client.post('/groups/night-shift/write', { message: URGENT });
    const [alert] = await alertsAbout(member.id);
    expect(alert?.level).toBe('urgent');
    const handlers = jobHandlers(t.deps);

    // Nine minutes on, nothing yet.
    await drain(t.db, handlers);
    expect((await noticesOf(admin.id)).map((n) => n.kind)).not.toContain('safety_escalated');

    // Move the clock: the escalation job is due now, as it would be ten minutes later.
    await t.db
      .update(jobs)
      .set({ runAt: sql`now() - interval '1 second'` })
      .where(and(eq(jobs.kind, ESCALATE_JOB), eq(jobs.dedupeKey, `safety-escalate:${alert!.id}`)));
    await drain(t.db, handlers);
    expect(await noticesOf(admin.id)).toContainEqual({
      kind: 'safety_escalated',
      data: { alert: alert!.id, level: 'urgent' },
    });
    const [after] = await alertsAbout(member.id);
    expect(after?.escalatedAt).toBeInstanceOf(Date);
    // The administrator may open it (and reach the person by mail: they lead no thread).
    const page = await (await admin.client.get(`/safety/alerts/${alert!.id}`)).text();
    expect(page).toContain(URGENT);
    expect(page).toContain(`href="mailto:${member.email}"`);
    expect(page).toContain('the administrators were told');

    // Acknowledged in time, the same job changes nothing.
    const other = await memberOf(groupId, 'Plover');
    await other.client.post('/groups/night-shift/write', { message: URGENT });
    const [second] = await alertsAbout(other.id);
    await owner.client.post(`/safety/alerts/${second!.id}/acknowledge`, {});
    await t.db
      .update(jobs)
      .set({ runAt: sql`now() - interval '1 second'` })
      .where(eq(jobs.dedupeKey, `safety-escalate:${second!.id}`));
    await drain(t.db, handlers);
    const [quiet] = await alertsAbout(other.id);
    expect(quiet?.escalatedAt).toBeNull();
    expect((await noticesOf(admin.id)).filter((n) => n.data.alert === second!.id)).toHaveLength(0);

    // The administrators' overview: times to acknowledge, no words.
    const overview = await admin.client.get('/admin/safety');
    expect(overview.status).toBe(200);
    const list = await overview.text();
    expect(list).toContain('Median time to acknowledge');
    expect(list).not.toContain('pills');
    expect((await owner.client.get('/admin/safety')).status).toBe(403);
  });

  it('with nobody leading the group, the administrators are told at once', async () => {
    const admin = await signedInUser(t, { role: 'admin', twoFactor: true });
    const { id: groupId } = await saveGroup(t.db, group({ slug: 'unled', name: 'Unled' }));
    const writer = await signedInUser(t, { name: 'Sparrow' });
    const raised = await t.db.transaction((tx) =>
      raiseAlert(tx as never, {
        level: 'concern',
        source: 'assessed',
        itemKind: 'thread_message',
        itemId: '00000000-0000-4000-8000-000000000000',
        groupId,
        subjectId: writer.id,
      }),
    );
    expect(raised.told).toBe('admins');
    expect((await noticesOf(admin.id)).map((n) => n.kind)).toContain('safety_alert_unled');
  });
});

describe('worried about someone', () => {
  it('a co-leader raises it on a message; the other leader is told; nobody else may', async () => {
    const owner = await signedInUser(t, { name: 'Linden' });
    const co = await signedInUser(t, { name: 'Hazel' });
    const groupId = await supportGroup('open-door', [owner, co]);
    const member = await memberOf(groupId, 'Lark');
    // Nothing the classifier would flag: a person's judgement is enough.
    await member.client.post('/groups/open-door/write', {
      message: 'I have not left the flat since Sunday and I stopped answering my sister.',
    });
    const [message] = await t.db
      .select({ id: threadMessages.id })
      .from(threadMessages)
      .where(eq(threadMessages.personId, member.id));
    const thread = await (await co.client.get(`/lead/open-door/threads/${member.id}`)).text();
    expect(thread).toContain('Worried about this person?');

    const stranger = await signedInUser(t, { name: 'Stranger' });
    const body = { item: 'thread_message', id: message!.id, back: '/notifications' };
    expect((await stranger.client.post('/safety/worried', body)).status).toBe(404);
    expect((await member.client.post('/safety/worried', body)).status).toBe(404);
    expect((await co.client.post('/safety/worried', { ...body, item: 'nonsense' })).status).toBe(
      404,
    );
    expect(await alertsAbout(member.id)).toHaveLength(0);

    const raised = await co.client.post('/safety/worried', {
      ...body,
      back: 'https://evil.example/',
    });
    expect(raised.status).toBe(200);
    const thanks = await raised.text();
    expect(thanks).toContain('Thank you for looking out for them');
    expect(thanks).not.toContain('evil.example');
    const [alert] = await alertsAbout(member.id);
    expect(alert).toMatchObject({ source: 'worried', level: 'concern', raisedBy: co.id });
    expect((await noticesOf(owner.id)).map((n) => n.kind)).toContain('safety_alert');
    // The writer is never told who raised it: they cannot open the alert at all.
    expect((await member.client.get(`/safety/alerts/${alert!.id}`)).status).toBe(404);
  });

  it('limits “worried” to twenty an hour per person, and a refused one raises nothing', async () => {
    const owner = await signedInUser(t, { name: 'Rowan' });
    const co = await signedInUser(t, { name: 'Aspen' });
    const groupId = await supportGroup('many-worries', [owner, co]);
    const member = await memberOf(groupId, 'Sorrel');
    await member.client.post('/groups/many-worries/write', { message: 'A quiet week.' });
    const [message] = await t.db
      .select({ id: threadMessages.id })
      .from(threadMessages)
      .where(eq(threadMessages.personId, member.id));
    const body = { item: 'thread_message', id: message!.id, back: '/notifications' };
    for (let i = 0; i < 20; i++)
      expect((await co.client.post('/safety/worried', body)).status).toBe(200);
    const refused = await co.client.post('/safety/worried', body);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('call your local emergency number');
    expect(await alertsAbout(member.id)).toHaveLength(20);
  });
});

describe('searches', () => {
  it('a search whose words suggest danger shows the crisis card above the results', async () => {
    const visitor = await signedInUser(t);
    const flagged = await (await visitor.client.get('/groups?q=i+want+to+kill+myself')).text();
    expect(flagged).toContain('id="crisis-card-title"');
    expect(flagged.indexOf('crisis-card-title')).toBeLessThan(
      flagged.indexOf('id="results-heading"'),
    );
    const fragment = await (
      await visitor.client.get('/groups?q=quiero+morirme', { 'x-fragment': 'results' })
    ).text();
    expect(fragment).toContain('id="crisis-card-title"');
    const plain = await (await visitor.client.get('/groups?q=grief')).text();
    expect(plain).not.toContain('crisis-card-title');
    // Nothing about the search was kept.
    expect(
      await t.db.select().from(safetyAlerts).where(eq(safetyAlerts.subjectId, visitor.id)),
    ).toHaveLength(0);
  });
});
