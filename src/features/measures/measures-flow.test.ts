import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../app/jobs.js';
import { queryRows } from '../../db/client.js';
import {
  auditEvents,
  mailOutbox,
  measureRequests,
  notifications,
  safetyAlerts,
} from '../../db/schema/index.js';
import { createTestApp } from '../../test/harness.js';
import { drain, startWorker } from '../jobs/queue.js';
import { scheduleMeasureRequests } from './requests.js';
import { openResponse, sealResponse } from './seal.js';
import {
  answered,
  answersFor,
  DAY,
  HOUR,
  measure,
  memberOf,
  therapistOf,
  therapyGroup,
} from './test-fixtures.js';

/**
 * Issue 20, end to end: requests go out before sessions on the therapists' cadence to members
 * who agreed; withdrawing stops them (audited); answers and scores are sealed; PHQ-9 question 9
 * above zero reaches the therapist by mail within 5 s through the real job worker while the
 * member sees the crisis card; the charts and the group's counts are drawn from the seals.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(() => t.close());

const requestsOf = (userId: string) =>
  t.db
    .select({
      startsAt: measureRequests.startsAt,
      instrument: measureRequests.instrument,
      cancelledAt: measureRequests.cancelledAt,
    })
    .from(measureRequests)
    .where(eq(measureRequests.userId, userId))
    .orderBy(measureRequests.startsAt, measureRequests.instrument);

/** Four weekly sessions from tomorrow; the scheduler run an hour before each in turn. */
async function course(cadence: 'every' | 'every_other' | 'start_end') {
  const base = Math.ceil((Date.now() + DAY) / 60_000) * 60_000;
  const sessions = [0, 1, 2, 3].map((w) => new Date(base + w * 7 * DAY));
  const g = await therapyGroup(t, sessions);
  const therapist = await therapistOf(t, g.id);
  const member = await memberOf(t, g.id, 'Wren');
  await measure(t, g.id, therapist.id, cadence, ['phq9', 'gad7']);
  return { g, sessions, therapist, member };
}

const run = (at: Date) => scheduleMeasureRequests(t.db, new Date(at.getTime() - HOUR));

describe('requests follow the therapists’ cadence', () => {
  it.each([
    ['every', [0, 1, 2, 3]],
    ['every_other', [0, 2]],
    ['start_end', [0, 3]],
  ] as const)('%s: sessions %j, both measures each time', async (cadence, expected) => {
    const { sessions, member } = await course(cadence);
    for (const s of sessions) {
      await run(s);
      await run(s); // a second run (another instance, the next minute) asks nobody twice
    }
    const asked = await requestsOf(member.id);
    expect(
      asked.map((r) => `${sessions.findIndex((s) => +s === +r.startsAt)}${r.instrument}`),
    ).toEqual(expected.flatMap((i) => [`${i}gad7`, `${i}phq9`]));
  });

  it('someone who agrees mid-course is asked at the next session, then on the cadence', async () => {
    const { g, sessions } = await course('start_end');
    await run(sessions[0]!);
    const late = await memberOf(t, g.id, 'Late');
    for (const s of sessions.slice(1)) await run(s);
    const asked = await requestsOf(late.id);
    expect(asked.map((r) => sessions.findIndex((s) => +s === +r.startsAt))).toEqual([1, 1, 3, 3]);
  });

  it('tells the member once per session, linking to the form; the mail names no group', async () => {
    const { g, sessions, member } = await course('every');
    await measure(t, g.id, member.id, 'every', ['phq9']);
    await run(sessions[0]!);
    // The mail (sent by the worker) names the group only in its body, never in the subject.
    await drain(t.db, jobHandlers(t.deps));
    const mails = await t.db
      .select({ subject: mailOutbox.subject })
      .from(mailOutbox)
      .where(eq(mailOutbox.to, member.email));
    expect(mails.map((m) => m.subject)).toEqual([
      'A short check-in before your next session · Gatherwell',
    ]);
    const notes = await t.db
      .select({ kind: notifications.kind, data: notifications.data })
      .from(notifications)
      .where(eq(notifications.userId, member.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.kind).toBe('measure_requested');
    const [request] = await requestsOf(member.id);
    expect(request).toBeDefined();
    const centre = await (await member.client.get('/notifications')).text();
    expect(centre).toContain(g.name);
    expect(centre).toContain('ask you to fill in a short check-in');
    const open = centre.match(/action="(\/notifications\/[0-9a-f-]{36}\/open)"/)?.[1];
    const opened = await member.client.post(open ?? '/none', {});
    expect(opened.headers.get('location')).toMatch(
      new RegExp(`^/groups/${g.slug}/measures/[0-9a-f-]{36}$`),
    );
    expect((await member.client.get(opened.headers.get('location') ?? '')).status).toBe(200);
  });

  it('withdrawing stops new requests, takes back open ones, and is audited', async () => {
    const { g, sessions, member } = await course('every');
    await run(sessions[0]!);
    expect(await requestsOf(member.id)).toHaveLength(2);
    const res = await member.client.post(`/groups/${g.slug}/measures/withdraw`, {});
    expect(res.status).toBe(303);
    expect((await requestsOf(member.id)).every((r) => r.cancelledAt !== null)).toBe(true);
    await run(sessions[1]!);
    expect(await requestsOf(member.id)).toHaveLength(2);
    const events = await t.db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, member.id), eq(auditEvents.actorId, member.id)));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['measures.consent_given', 'measures.consent_withdrawn']),
    );
    // The open form is gone, and agreeing again starts requests at the next session.
    const page = await (await member.client.get(`/groups/${g.slug}/measures`)).text();
    expect(page).toContain('You stopped check-ins on');
    expect((await member.client.post(`/groups/${g.slug}/measures/consent`, {})).status).toBe(303);
    await run(sessions[2]!);
    expect(await requestsOf(member.id)).toHaveLength(4);
  });
});

describe('answers are sealed', () => {
  it('keeps no answer or score in the clear, and opens only with the key and the right id', async () => {
    const g = await therapyGroup(t, [new Date(Date.now() + DAY)]);
    const member = await memberOf(t, g.id, 'Sealed');
    const requestId = await answered(t, g.id, member.id, 'gad7', new Date(), 17);
    const [row] = await queryRows<{ id: string; sealed: string }>(
      t.db,
      sql`SELECT id, sealed FROM measure_responses WHERE request_id = ${requestId}`,
    );
    expect(row?.sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const key = t.deps.config.membership.intakeKey;
    expect(openResponse(key, row!.id, 'gad7', row!.sealed)).toEqual({
      answers: answersFor('gad7', 17),
      score: 17,
    });
    expect(() => openResponse(randomBytes(32), row!.id, 'gad7', row!.sealed)).toThrow();
    const other = sealResponse(key, randomUUID(), 'gad7', answersFor('gad7', 3));
    expect(() => openResponse(key, row!.id, 'gad7', other)).toThrow();
    // No column of any measure table could hold an answer or a score: only ids, codes, times.
    const columns = await queryRows<{ table_name: string; column_name: string }>(
      t.db,
      sql`SELECT table_name, column_name FROM information_schema.columns
           WHERE table_schema = 'public' AND table_name LIKE 'measure%'
           ORDER BY table_name, ordinal_position`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'measure_consents.group_id',
      'measure_consents.user_id',
      'measure_consents.given_at',
      'measure_consents.withdrawn_at',
      'measure_requests.id',
      'measure_requests.group_id',
      'measure_requests.user_id',
      'measure_requests.instrument',
      'measure_requests.starts_at',
      'measure_requests.sent_at',
      'measure_requests.answered_at',
      'measure_requests.cancelled_at',
      'measure_responses.id',
      'measure_responses.request_id',
      'measure_responses.sealed',
      'measure_schedules.group_id',
      'measure_schedules.instruments',
      'measure_schedules.cadence',
      'measure_schedules.updated_by',
      'measure_schedules.updated_at',
      'measure_sessions.group_id',
      'measure_sessions.starts_at',
      'measure_sessions.measured',
    ]);
    // And the sealed text does not carry the answers or the score in the clear.
    const body = Buffer.from(row!.sealed.split('.')[3] ?? '', 'base64url').toString('latin1');
    expect(body).not.toContain('"score"');
    expect(body).not.toContain(answersFor('gad7', 17).join(''));
  });
});

describe('PHQ-9 question 9 above zero', () => {
  it('shows the member the crisis card; the therapist is mailed within 5 s and reads the answer', async () => {
    const g = await therapyGroup(t, [new Date(Date.now() + 3 * HOUR)]);
    const therapist = await therapistOf(t, g.id);
    const member = await memberOf(t, g.id, 'Wren');
    await measure(t, g.id, therapist.id, 'every', ['phq9']);
    await scheduleMeasureRequests(t.db);
    const [request] = await queryRows<{ id: string }>(
      t.db,
      sql`SELECT id FROM measure_requests WHERE user_id = ${member.id}`,
    );
    const path = `/groups/${g.slug}/measures/${request!.id}`;
    const form = await (await member.client.get(path)).text();
    expect(form).toContain('Thoughts that you would be better off dead or of hurting yourself');
    expect(form.match(/<fieldset/g)).toHaveLength(9);
    expect(form.match(/<legend>/g)).toHaveLength(9);

    // The real worker, polling only once a minute: the alert must not wait for a poll.
    const worker = startWorker(t.db, jobHandlers(t.deps), { pollMs: 60_000 });
    try {
      await new Promise((r) => setTimeout(r, 200));
      const answers = answersFor('phq9', 4, 1);
      const sent = await member.client.post(
        path,
        Object.fromEntries(answers.map((a, i) => [`q${i + 1}`, String(a)])),
      );
      const at = Date.now();
      expect(sent.status).toBe(200);
      expect(sent.headers.get('cache-control')).toContain('no-store');
      const html = await sent.text();
      const card = html.slice(html.indexOf('class="support-card"'));
      expect(card).toContain('Thank you for telling us');
      expect(card.indexOf('tel:911')).toBeGreaterThan(-1);
      expect(card.indexOf('tel:911')).toBeLessThan(card.indexOf('tel:988'));
      expect(card).toContain('Your answers were sent to your therapists.');
      expect(card).toContain(`We have let the leaders of ${g.name} know`);
      let mailed = false;
      while (Date.now() - at < 5_000 && !mailed) {
        const mails = await t.db
          .select({ subject: mailOutbox.subject })
          .from(mailOutbox)
          .where(eq(mailOutbox.to, therapist.email));
        mailed = mails.some((m) => m.subject.startsWith('Safety alert: someone may need support'));
        if (!mailed) await new Promise((r) => setTimeout(r, 50));
      }
      expect(mailed, 'the alert mail within 5 s').toBe(true);
    } finally {
      await worker.stop();
    }
    const [alert] = await t.db
      .select()
      .from(safetyAlerts)
      .where(eq(safetyAlerts.subjectId, member.id));
    expect(alert).toMatchObject({ level: 'urgent', itemKind: 'measure_response', groupId: g.id });
    const page = await (await therapist.client.get(`/safety/alerts/${alert!.id}`)).text();
    expect(page).toContain(
      'Question 9 of the PHQ-9 (thoughts that you would be better off dead or of hurting yourself): Several days',
    );
    // Only question 9: not the score or the other answers.
    expect(page).not.toContain('Little interest');
    const reads = await t.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'measures.read'), eq(auditEvents.targetId, member.id)));
    expect(reads.map((r) => r.details)).toContainEqual({
      group: g.id,
      reason: 'safety_alert',
      item: 9,
    });
  });

  it('question 9 at zero raises nothing, even with a severe total', async () => {
    const g = await therapyGroup(t, [new Date(Date.now() + DAY)]);
    const member = await memberOf(t, g.id, 'Calm');
    await answered(t, g.id, member.id, 'phq9', new Date(), 24);
    expect(
      await t.db.select().from(safetyAlerts).where(eq(safetyAlerts.subjectId, member.id)),
    ).toHaveLength(0);
  });
});

describe('progress you can see', () => {
  it('draws each member’s chart with its table, and the group’s counts with their definitions', async () => {
    const g = await therapyGroup(t, [new Date(Date.now() + DAY)]);
    const therapist = await therapistOf(t, g.id);
    const week = (n: number) => new Date(Date.now() - (10 - n) * 7 * DAY);
    // PHQ-9, first to last: 18→9 (improved, recovered), 12→7 (recovered only), 22→16 (improved),
    // 11→14 (worse); GAD-7: 15→11 (improved), 9→7 (recovered).
    const people = [
      ['Ash', [18, 15, 9], [15, 11]],
      ['Birch', [12, 7], [9, 7]],
      ['Cedar', [22, 16], []],
      ['Dale', [11, 14], []],
    ] as const;
    const ids: string[] = [];
    for (const [name, phq, gad] of people) {
      const m = await memberOf(t, g.id, name);
      ids.push(m.id);
      for (const [i, s] of phq.entries()) await answered(t, g.id, m.id, 'phq9', week(i), s);
      for (const [i, s] of gad.entries()) await answered(t, g.id, m.id, 'gad7', week(i), s);
    }
    const html = await (await therapist.client.get(`/lead/${g.slug}/measures`)).text();
    expect(html).toContain('4 members with two or more scores');
    expect(html).toContain('Reliably improved: 2 of 4');
    expect(html).toContain('Recovered: 2 of 4 who started at or above the cut-off');
    expect(html).toContain('2 members with two or more scores');
    expect(html).toContain('Reliably improved: 1 of 2');
    expect(html).toContain('Recovered: 1 of 2 who started at or above the cut-off');
    expect(html).toContain('dropped by 6 points or more');
    expect(html).toContain('the latest is below 8');
    expect(html).toContain('9 (Mild)');

    const chart = await (await therapist.client.get(`/lead/${g.slug}/measures/${ids[0]}`)).text();
    expect(chart).toContain('<svg');
    expect(chart).toContain('role="img"');
    expect(chart).toContain(
      'PHQ-9: 3 scores, from 18 (Moderately severe) at the first to 9 (Mild)',
    );
    expect(chart).toContain('class="chart-band chart-band--severe"');
    // Each band's label is its name over its range, so the longest fits a phone's column.
    expect(chart).toMatch(/<tspan>Moderately severe<\/tspan><tspan [^>]*>15–19<\/tspan>/);
    const figures = chart.slice(chart.indexOf('<figure'));
    expect(figures.match(/<circle/g)).toHaveLength(5);
    expect(chart).toContain('<caption>The same scores as a table</caption>');
    expect(chart).toContain('18 / 27');
    expect(chart).toContain('11 / 21');
  });

  it('“Download my data” holds the member’s own agreement, answers and scores', async () => {
    const g = await therapyGroup(t, [new Date(Date.now() + DAY)]);
    const member = await memberOf(t, g.id, 'Export');
    await answered(t, g.id, member.id, 'gad7', new Date(Date.now() - DAY), 6);
    const res = await member.client.post('/account/export', {});
    expect(res.status).toBe(200);
    const data = JSON.parse(await res.text());
    expect(data.measureConsents).toEqual([
      expect.objectContaining({ group: g.name, withdrawnAt: null }),
    ]);
    expect(data.measureAnswers).toEqual([
      expect.objectContaining({
        group: g.name,
        measure: 'GAD-7',
        score: 6,
        answers: answersFor('gad7', 6),
      }),
    ]);
  });

  it('a member sees their own chart, in Spanish with the Spanish wording', async () => {
    const g = await therapyGroup(t, [new Date(Date.now() + 3 * HOUR)]);
    const therapist = await therapistOf(t, g.id);
    const member = await memberOf(t, g.id, 'Colibrí');
    await answered(t, g.id, member.id, 'phq9', new Date(Date.now() - 7 * DAY), 16);
    await measure(t, g.id, therapist.id, 'every', ['phq9']);
    await scheduleMeasureRequests(t.db);
    const es = { 'accept-language': 'es-MX,es;q=0.9' };
    const page = await (await member.client.get(`/groups/${g.slug}/measures`, es)).text();
    expect(page).toContain('<html lang="es">');
    expect(page).toContain('Tus puntuaciones a lo largo del tiempo');
    expect(page).toContain('16 (Moderadamente grave)');
    expect(page).toContain('Responder el PHQ-9');
    const [request] = await queryRows<{ id: string }>(
      t.db,
      sql`SELECT id FROM measure_requests WHERE user_id = ${member.id} AND answered_at IS NULL`,
    );
    const form = await (
      await member.client.get(`/groups/${g.slug}/measures/${request!.id}`, es)
    ).text();
    expect(form).toContain('Pensamientos de que estaría mejor muerto(a)');
    expect(form).toContain('Más de la mitad de los días');
    // An incomplete form comes back with every missing question named, nothing kept.
    const partial = await member.client.post(
      `/groups/${g.slug}/measures/${request!.id}`,
      { q1: '2' },
      es,
    );
    expect(partial.status).toBe(400);
    const again = await partial.text();
    expect(again).toContain('Pregunta 9 de 9');
    expect(again).toMatch(/value="2"\s+checked/);
  });
});
