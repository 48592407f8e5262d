import { asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attendance,
  groupOccurrences,
  groupSchedules,
  meetingChanges,
} from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { lastMail } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import { journeySteps, pledgedLeader, zone } from './test-fixtures.js';

/** A group's meetings: cancelled or moved (members told), and attendance taken. */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const { createSupport, addMember, auditCount } = journeySteps(() => t);

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
    expect(history).toMatch(
      /<th scope="row" data-label="Member">Ada<\/th><td data-label="Meetings attended">1<\/td>/,
    );
    expect(history).toMatch(
      /<th scope="row" data-label="Member">Bea<\/th><td data-label="Meetings attended">0<\/td>/,
    );
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
