import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { jobs, mailOutbox, meetingChanges, rsvps, users } from '../../db/schema/index.js';
import { createLogger } from '../../lib/logger.js';
import { createTestDatabase, testConfig } from '../../test/harness.js';
import { claim, drain } from '../jobs/queue.js';
import { createMailer, type Mail } from '../mail/mailer.js';
import { readUnsubscribeToken } from '../mail/unsubscribe-token.js';
import { attendingJobHandlers, REMINDER_JOB, reminderKey, scheduleReminders } from './reminders.js';
import { minutesAhead, onceAt, person, savedGroup, setStatus } from './test-fixtures.js';

let database: DbHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const HOUR = 3_600_000;
const config = testConfig({ PUBLIC_URL: 'https://gatherwell.example' });
/** The handlers with the development outbox, at the real time or at `at`. */
const outboxHandlers = (at?: Date) =>
  attendingJobHandlers({
    db: database.db,
    mailer: createMailer(config, database.db, createLogger(config)),
    config,
    now: at ? () => at : undefined,
  });

/** A group meeting once, `hoursAhead` from now, with one member. */
async function meetingWithMember(
  hoursAhead: number,
  options: Parameters<typeof savedGroup>[1] = {},
  who: Parameters<typeof person>[1] = {},
) {
  const startsAt = minutesAhead(hoursAhead * HOUR);
  const group = await savedGroup(database.db, { schedules: [onceAt(startsAt)], ...options });
  const member = await person(database.db, who);
  await setStatus(database.db, group.id, member.id, 'member');
  return { startsAt, group, member };
}

const jobsFor = (userId: string) =>
  database.db
    .select({ key: jobs.dedupeKey, runAt: jobs.runAt, doneAt: jobs.doneAt })
    .from(jobs)
    .where(like(jobs.dedupeKey, `reminder:%:${userId}:%`));

const mailTo = (to: string) => database.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));

/** Make every queued reminder due now (the queue reads the database's clock). */
const makeDue = () =>
  database.db
    .update(jobs)
    .set({ runAt: sql`now()` })
    .where(sql`${jobs.kind} = ${REMINDER_JOB} AND ${jobs.doneAt} IS NULL`);

describe('scheduling reminders', () => {
  it('queues a 24-hour and a 1-hour reminder once, however often it runs', async () => {
    const { startsAt, group, member } = await meetingWithMember(23);
    const first = await scheduleReminders(database.db);
    expect(first).toBeGreaterThanOrEqual(2);
    expect(await scheduleReminders(database.db)).toBe(0);
    const rows = await jobsFor(member.id);
    expect(rows.map((r) => r.key).sort()).toEqual(
      [
        reminderKey('1h', member.id, group.id, startsAt),
        reminderKey('24h', member.id, group.id, startsAt),
      ].sort(),
    );
    const oneHour = rows.find((r) => r.key?.startsWith('reminder:1h'));
    expect(oneHour?.runAt.getTime()).toBe(startsAt.getTime() - HOUR);
  });

  it('leaves out meetings beyond a day, and people who are not members', async () => {
    const far = await meetingWithMember(30);
    const near = await meetingWithMember(5);
    for (const status of ['requested', 'waitlisted', 'left'] as const) {
      const other = await person(database.db);
      await setStatus(database.db, near.group.id, other.id, status);
      await scheduleReminders(database.db);
      expect(await jobsFor(other.id)).toEqual([]);
    }
    await scheduleReminders(database.db);
    expect(await jobsFor(far.member.id)).toEqual([]);
    // Joined 5 hours before: too late for "a day before", in time for "an hour before".
    expect((await jobsFor(near.member.id)).map((r) => r.key?.split(':')[1])).toEqual(['1h']);
  });

  it('skips a reminder turned off, a "not going", a cancelled meeting, a disabled account, a closed group', async () => {
    const off = await meetingWithMember(20, {}, { notifications: { reminder1h: false } });
    const notGoing = await meetingWithMember(20);
    await database.db.insert(rsvps).values({
      groupId: notGoing.group.id,
      userId: notGoing.member.id,
      startsAt: notGoing.startsAt,
      going: false,
    });
    const closed = await meetingWithMember(20, { status: 'temporarily_closed' });
    const cancelled = await meetingWithMember(20);
    await database.db.insert(meetingChanges).values({
      groupId: cancelled.group.id,
      originalStartsAt: cancelled.startsAt,
      kind: 'cancelled',
    });
    const disabled = await meetingWithMember(20);
    await database.db
      .update(users)
      .set({ disabledAt: new Date() })
      .where(eq(users.id, disabled.member.id));
    await scheduleReminders(database.db);
    expect((await jobsFor(off.member.id)).map((r) => r.key?.split(':')[1])).toEqual(['24h']);
    expect(await jobsFor(notGoing.member.id)).toEqual([]);
    expect(await jobsFor(closed.member.id)).toEqual([]);
    expect(await jobsFor(cancelled.member.id)).toEqual([]);
    expect(await jobsFor(disabled.member.id)).toEqual([]);
  });
});

describe('sending reminders', () => {
  it('sends a reminder interrupted by a worker dying exactly once', async () => {
    const { member } = await meetingWithMember(22);
    await scheduleReminders(database.db);
    const handlers = outboxHandlers();
    // A worker takes the due 24-hour reminder and dies before finishing it.
    const taken = await claim(database.db, 'dead-worker', 100, 60_000);
    expect(taken.some((j) => (j.payload as { userId?: string }).userId === member.id)).toBe(true);
    // While its lease lasts, the restarted worker leaves it alone.
    await drain(database.db, handlers, { worker: 'new-worker' });
    expect(await mailTo(member.email)).toHaveLength(0);
    // The lease runs out; the new worker sends it, once.
    await database.db
      .update(jobs)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(jobs.lockedBy, 'dead-worker'));
    await drain(database.db, handlers, { worker: 'new-worker' });
    await drain(database.db, handlers, { worker: 'new-worker' });
    expect(await mailTo(member.email)).toHaveLength(1);
    // Scheduling again after it was sent does not bring it back.
    await scheduleReminders(database.db);
    await drain(database.db, handlers);
    expect(await mailTo(member.email)).toHaveLength(1);
  });

  it('queues one SMTP message even when a reminder runs again after a crash', async () => {
    const smtpConfig = testConfig({
      PUBLIC_URL: 'https://gatherwell.example',
      SMTP_URL: 'smtp://127.0.0.1:9',
    });
    const mailer = createMailer(smtpConfig, database.db, createLogger(smtpConfig));
    const handlers = attendingJobHandlers({ db: database.db, mailer, config: smtpConfig });
    const { startsAt, group, member } = await meetingWithMember(
      22,
      {
        mode: 'online',
        online: { url: 'https://video.example/room-7', visibility: 'members' },
        location: undefined,
      },
      { locale: 'es', timezone: 'Europe/Madrid' },
    );
    const payload = {
      kind: '24h',
      userId: member.id,
      groupId: group.id,
      startsAt: startsAt.toISOString(),
    };
    const job = { id: 0, kind: REMINDER_JOB, payload, attempts: 1 };
    // The handler ran, queued the message, and the worker died before marking the job done.
    await handlers[REMINDER_JOB]!(payload, job);
    await handlers[REMINDER_JOB]!(payload, job);
    const queued = await database.db
      .select({ payload: jobs.payload })
      .from(jobs)
      .where(eq(jobs.dedupeKey, `mail:${reminderKey('24h', member.id, group.id, startsAt)}`));
    expect(queued).toHaveLength(1);
    const mail = queued[0]!.payload as Mail;
    expect(mail.to).toBe(member.email);
    // In Spanish, in the person's zone, with the members' video link and the group page.
    expect(mail.subject).toMatch(/^Recordatorio: tu grupo se reúne /);
    expect(mail.subject).not.toContain('Circle');
    expect(mail.text).toContain('hora de Europa central');
    expect(mail.text).toContain('https://video.example/room-7');
    expect(mail.text).toContain(`https://gatherwell.example/groups/${group.slug}`);
    const unsubscribe = mail.headers?.['List-Unsubscribe'] ?? '';
    expect(unsubscribe).toMatch(/^<https:\/\/gatherwell\.example\/unsubscribe\/[^>]+>$/);
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const token = unsubscribe.slice(1, -1).split('/').pop()!;
    expect(readUnsubscribeToken(smtpConfig.auth.secret, token)).toEqual({
      userId: member.id,
      kind: 'reminder24h',
    });
    expect(mail.text).toContain(unsubscribe.slice(1, -1));
  });

  it('gives no video link for a group that meets in person, and uses its zone', async () => {
    const { member } = await meetingWithMember(22, {}, { locale: 'en' });
    await scheduleReminders(database.db);
    await drain(database.db, outboxHandlers());
    const [mail] = await mailTo(member.email);
    expect(mail?.subject).toMatch(/^Reminder: your group meets /);
    expect(mail?.text).toContain('UTC');
    expect(mail?.text).not.toMatch(/Join online/);
  });

  it('checks again when it is time: membership, "not going", changes, preference, start', async () => {
    const left = await meetingWithMember(22);
    const notGoing = await meetingWithMember(22);
    const cancelled = await meetingWithMember(22);
    const turnedOff = await meetingWithMember(22);
    const fine = await meetingWithMember(22);
    await scheduleReminders(database.db);
    await setStatus(database.db, left.group.id, left.member.id, 'left');
    await database.db.insert(rsvps).values({
      groupId: notGoing.group.id,
      userId: notGoing.member.id,
      startsAt: notGoing.startsAt,
      going: false,
    });
    await database.db.insert(meetingChanges).values({
      groupId: cancelled.group.id,
      originalStartsAt: cancelled.startsAt,
      kind: 'cancelled',
    });
    await database.db
      .update(users)
      .set({ notifications: { reminder24h: false } })
      .where(eq(users.id, turnedOff.member.id));
    await drain(database.db, outboxHandlers());
    for (const m of [left, notGoing, cancelled, turnedOff]) {
      expect(await mailTo(m.member.email)).toHaveLength(0);
    }
    expect(await mailTo(fine.member.email)).toHaveLength(1);
    // Every job finished (a reminder not worth sending is done, not retried).
    const pending = await database.db
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        sql`${jobs.kind} = ${REMINDER_JOB} AND ${jobs.doneAt} IS NULL AND ${jobs.runAt} <= now()`,
      );
    expect(pending).toEqual([]);
  });

  it('does not send a one-hour reminder once the meeting has started', async () => {
    const { startsAt, member } = await meetingWithMember(3);
    await scheduleReminders(database.db);
    await makeDue();
    await drain(database.db, outboxHandlers(new Date(startsAt.getTime() + 60_000)));
    expect(await mailTo(member.email)).toHaveLength(0);
  });

  it('sends the one-hour reminder when it is due', async () => {
    const { startsAt, member } = await meetingWithMember(3);
    await scheduleReminders(database.db);
    await makeDue();
    await drain(database.db, outboxHandlers(new Date(startsAt.getTime() - HOUR + 30_000)));
    expect(await mailTo(member.email)).toHaveLength(1);
  });
});
