import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../app/jobs.js';
import {
  groupLeaders,
  jobs,
  mailOutbox,
  memberships,
  notifications,
  users,
} from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client, lastMail } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { saveGroup } from '../directory/commands.js';
import { group } from '../directory/test-group.js';
import { drain } from '../jobs/queue.js';
import { nextDigestAt } from './deliver.js';
import { NOTIFICATION_DIGEST_JOB } from './notify.js';

let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'error' } });
});
afterAll(async () => {
  await t.close();
});

const run = () => drain(t.db, jobHandlers(t.deps));

async function ledGroup(slug: string, policy: 'drop_in' | 'approval' | 'application') {
  const { id } = await saveGroup(
    t.db,
    group({ slug, name: `Circle ${slug}`, policy, capacity: policy === 'drop_in' ? 1 : undefined }),
  );
  const leader = await signedInUser(t, { name: `Leader of ${slug}` });
  await t.db.insert(groupLeaders).values({ groupId: id, userId: leader.id, role: 'owner' });
  return { id, leader };
}

const noticesOf = (userId: string) =>
  t.db
    .select({ id: notifications.id, kind: notifications.kind, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.userId, userId));

const mailsTo = (email: string) => t.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));

describe('leaders hear of requests', () => {
  it('tells every leader but the one who acted, in the centre and by e-mail', async () => {
    const { id, leader } = await ledGroup('asked', 'approval');
    const co = await signedInUser(t, { name: 'Co' });
    await t.db.insert(groupLeaders).values({ groupId: id, userId: co.id, role: 'co_leader' });
    const person = await signedInUser(t, { name: 'Wren' });

    // Before: no badge.
    expect(await (await leader.client.get('/groups')).text()).not.toContain('class="count"');
    expect((await person.client.post('/groups/asked/join', {})).status).toBe(303);
    expect((await noticesOf(leader.id)).map((n) => n.kind)).toEqual(['join_requested']);
    expect((await noticesOf(co.id)).map((n) => n.kind)).toEqual(['join_requested']);
    expect(await noticesOf(person.id)).toEqual([]);

    // The header counts it, in words for screen readers too.
    const header = await (await leader.client.get('/groups')).text();
    expect(header).toMatch(/class="count">1<span class="visually-hidden"> unread<\/span>/);

    // The mail goes through the job queue: the subject never names the group, the body never
    // names the person.
    await run();
    const [mail] = await mailsTo(leader.email);
    expect(mail?.subject).toBe('Someone asked to join a group you lead · Gatherwell');
    expect(mail?.subject).not.toContain('Circle');
    expect(mail?.text).toContain('Someone asked to join Circle asked.');
    expect(mail?.text).not.toContain('Wren');
    expect(mail?.text).toContain('/notifications');
    expect(await mailsTo(co.email)).toHaveLength(1);
    // Running the queue again sends nothing twice.
    await run();
    expect(await mailsTo(leader.email)).toHaveLength(1);

    // The centre names the person; opening it marks it read and leads to the requests.
    const page = await (await leader.client.get('/notifications')).text();
    expect(page).toContain('Wren asked to join Circle asked.');
    const [notice] = await noticesOf(leader.id);
    const opened = await leader.client.post(`/notifications/${notice!.id}/open`, {});
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/lead/asked/people');
    expect((await noticesOf(leader.id))[0]?.readAt).not.toBeNull();
    expect(await (await leader.client.get('/groups')).text()).not.toContain('class="count"');
  });

  it('keeps each person’s notices to themselves', async () => {
    const { leader } = await ledGroup('private', 'approval');
    const person = await signedInUser(t, { name: 'Robin' });
    await person.client.post('/groups/private/join', {});
    const [notice] = await noticesOf(leader.id);

    // A visitor is sent to sign in; another person gets a 404 and changes nothing.
    const visitor = await new Client(t.app).get('/notifications');
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toContain('/sign-in');
    expect((await person.client.post(`/notifications/${notice!.id}/open`, {})).status).toBe(404);
    expect(await (await person.client.get('/notifications')).text()).not.toContain('Robin asked');
    await person.client.post('/notifications/read', {});
    expect((await noticesOf(leader.id))[0]?.readAt).toBeNull();
    // A malformed id is not a notification.
    expect((await leader.client.post('/notifications/nope/open', {})).status).toBe(404);
  });

  it('a leader who stepped down no longer sees who asked to join', async () => {
    const { id, leader } = await ledGroup('stepped', 'approval');
    const person = await signedInUser(t, { name: 'Heron' });
    await person.client.post('/groups/stepped/join', {});
    const [notice] = await noticesOf(leader.id);
    await t.db
      .delete(groupLeaders)
      .where(and(eq(groupLeaders.groupId, id), eq(groupLeaders.userId, leader.id)));
    expect(await (await leader.client.get('/notifications')).text()).not.toContain('Heron');
    expect(await (await leader.client.get('/groups')).text()).not.toContain('class="count"');
    expect((await leader.client.post(`/notifications/${notice!.id}/open`, {})).status).toBe(404);
    // Nor is it mailed once they have stepped down.
    await run();
    expect(await mailsTo(leader.email)).toHaveLength(0);
  });
});

describe('what leaders are told', () => {
  it('applications, withdrawals, declined seats, people leaving and reports', async () => {
    const therapy = await ledGroup('cohort', 'application');
    const applicant = await signedInUser(t);
    const apply = await applicant.client.post('/groups/cohort/apply', { agreement: '1' });
    expect(apply.status).toBe(303);
    await applicant.client.post('/groups/cohort/leave', {});
    expect((await noticesOf(therapy.leader.id)).map((n) => n.kind).sort()).toEqual([
      'applied',
      'request_withdrawn',
    ]);

    const dropIn = await ledGroup('one-seat', 'drop_in');
    const first = await signedInUser(t);
    const second = await signedInUser(t);
    await first.client.post('/groups/one-seat/join', {});
    await second.client.post('/groups/one-seat/join', {}); // waitlisted: the one seat is taken
    await first.client.post('/groups/one-seat/leave', {}); // the seat is offered to `second`
    expect(
      (
        await t.db
          .select({ status: memberships.status })
          .from(memberships)
          .where(eq(memberships.userId, second.id))
      )[0]?.status,
    ).toBe('offered');
    await second.client.post('/groups/one-seat/offer', { answer: 'decline' });
    await new Client(t.app).post('/groups/one-seat/report', { problem: 'time', details: '' });
    expect((await noticesOf(dropIn.leader.id)).map((n) => n.kind).sort()).toEqual([
      'listing_reported',
      'member_left',
      'offer_declined',
    ]);
    const page = await (await dropIn.leader.client.get('/notifications')).text();
    expect(page).toContain('may be out of date');
    await run();
    const subjects = (await mailsTo(dropIn.leader.email)).map((m) => m.subject);
    expect(subjects).toHaveLength(3);
    for (const s of subjects) expect(s).not.toContain('one-seat');
  });
});

describe('e-mail by the person’s choice', () => {
  it('daily: one digest in the morning of their own zone; off: none, the centre still shows it', async () => {
    const { leader } = await ledGroup('digest', 'approval');
    await t.db
      .update(users)
      .set({ notificationMail: 'daily', timezone: 'Asia/Tokyo' })
      .where(eq(users.id, leader.id));
    for (const name of ['Ash', 'Elm']) {
      const p = await signedInUser(t, { name });
      await p.client.post('/groups/digest/join', {});
    }
    await run();
    expect(await mailsTo(leader.email)).toHaveLength(0);
    const digests = await t.db
      .select({ runAt: jobs.runAt, payload: jobs.payload, doneAt: jobs.doneAt })
      .from(jobs)
      .where(eq(jobs.kind, NOTIFICATION_DIGEST_JOB));
    const mine = digests.filter((j) => j.payload.userId === leader.id);
    expect(mine).toHaveLength(1); // two notices, one digest
    const at = DateTime.fromJSDate(mine[0]!.runAt).setZone('Asia/Tokyo');
    expect([at.hour, at.minute]).toEqual([8, 0]);

    // When it is due, one mail lists both, and nothing is mailed again.
    await t.db
      .update(jobs)
      .set({ runAt: new Date(Date.now() - 1000) })
      .where(eq(jobs.kind, NOTIFICATION_DIGEST_JOB));
    await run();
    const mails = await mailsTo(leader.email);
    expect(mails.map((m) => m.subject)).toEqual(['2 new notifications · Gatherwell']);
    expect(mails[0]?.text.match(/Someone asked to join Circle digest\./g)).toHaveLength(2);
    await run();
    expect(await mailsTo(leader.email)).toHaveLength(1);

    // Off, chosen on the account page: the next request is in the centre and in no mail.
    const saved = await leader.client.post('/account/profile', {
      name: 'Leader of digest',
      notificationMail: 'off',
    });
    expect(saved.status).toBe(303);
    const late = await signedInUser(t, { name: 'Oak' });
    await late.client.post('/groups/digest/join', {});
    await run();
    expect(await mailsTo(leader.email)).toHaveLength(1);
    expect(await (await leader.client.get('/notifications')).text()).toContain('Oak asked');
  });

  it('refuses a choice that is not offered, and changes nothing', async () => {
    const person = await signedInUser(t, { name: 'Pine' });
    const res = await person.client.post('/account/profile', {
      name: 'Pine',
      notificationMail: 'weekly',
    });
    expect(res.status).toBe(400);
    const [row] = await t.db
      .select({ choice: users.notificationMail })
      .from(users)
      .where(eq(users.id, person.id));
    expect(row?.choice).toBe('now');
  });

  it('the digest comes at 8 in the morning, today or tomorrow', () => {
    const zone = 'America/Chicago';
    const early = DateTime.fromISO('2026-03-08T06:00', { zone });
    expect(nextDigestAt(zone, early).toISO()).toBe('2026-03-08T08:00:00.000-05:00');
    const late = DateTime.fromISO('2026-03-08T09:00', { zone });
    expect(nextDigestAt(zone, late).toISO()).toBe('2026-03-09T08:00:00.000-05:00');
  });
});

describe('the leader’s note on every decision', () => {
  it('reaches the person in the mail, on the group page and in My Gatherwell', async () => {
    const { id, leader } = await ledGroup('noted', 'approval');
    const person = await signedInUser(t, { name: 'Lark' });
    await person.client.post('/groups/noted/join', {});
    const [row] = await t.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.groupId, id), eq(memberships.userId, person.id)));
    const note = 'Welcome! Come ten minutes early the first time.';
    const ok = await leader.client.post(`/lead/noted/people/${row!.id}/decision`, {
      decision: 'approve',
      note,
    });
    expect(ok.status).toBe(303);
    const mail = await lastMail(t.db, person.email);
    expect(mail?.subject).toContain('You are in');
    expect(mail?.text).toContain(note);
    expect(await (await person.client.get('/groups/noted')).text()).toContain(note);
    expect(await (await person.client.get('/my')).text()).toContain(note);
  });
});
