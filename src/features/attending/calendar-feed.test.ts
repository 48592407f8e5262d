import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { groupLeaders, meetingChanges } from '../../db/schema/index.js';
import { signedInUser } from '../../test/accounts.js';
import { Client } from '../../test/browserless.js';
import { createTestApp } from '../../test/harness.js';
import type { ScheduleInput } from '../directory/model.js';
import { calendarFeed } from './calendar-feed.js';
import { person, savedGroup, setStatus } from './test-fixtures.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

const origin = 'https://gatherwell.example';
const feedOf = (userId: string, now: Date) =>
  calendarFeed(t.db, userId, { origin, calendarName: 'Mine', now });
/** The VEVENTs of a calendar, each as its unfolded lines. */
const events = (ics: string) =>
  ics
    .replace(/\r\n /g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((e) => e.split('\r\n'));
const line = (event: string[], name: string) => event.find((l) => l.startsWith(name));
const weekly = (
  day: number,
  startDate: string,
  startTime: string,
  timezone: string,
  durationMinutes: number,
): ScheduleInput => ({
  kind: 'weekly',
  days: [day],
  interval: 1,
  startDate,
  startTime,
  timezone,
  durationMinutes,
});

describe('calendar feed', () => {
  it('keeps 6 pm in New York across the November clock change', async () => {
    const g = await savedGroup(t.db, {
      name: 'Thursday circle',
      schedules: [weekly(4, '2026-10-01', '18:00', 'America/New_York', 90)],
    });
    const p = await person(t.db);
    await setStatus(t.db, g.id, p.id, 'member');
    const ics = await feedOf(p.id, new Date('2026-10-20T12:00:00Z'));
    const all = events(ics);
    const oct29 = all.find((e) => line(e, 'DTSTART')?.endsWith(':20261029T180000'));
    const nov5 = all.find((e) => line(e, 'DTSTART')?.endsWith(':20261105T180000'));
    expect(line(oct29!, 'DTSTART')).toBe('DTSTART;TZID=America/New_York:20261029T180000');
    expect(line(nov5!, 'DTSTART')).toBe('DTSTART;TZID=America/New_York:20261105T180000');
    // The same wall-clock time is 22:00 UTC before the change and 23:00 UTC after it.
    expect(line(oct29!, 'UID')).toBe(
      `UID:${g.id}-${Date.parse('2026-10-29T22:00:00Z')}@gatherwell`,
    );
    expect(line(nov5!, 'UID')).toBe(`UID:${g.id}-${Date.parse('2026-11-05T23:00:00Z')}@gatherwell`);
    // The zone's rules travel with the feed: EDT ends at 2 am on 1 November 2026.
    expect(ics).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500',
    );
    expect(line(oct29!, 'SUMMARY')).toBe('SUMMARY:Thursday circle');
    expect(line(oct29!, 'URL')).toBe(`URL:${origin}/groups/${g.slug}`);
  });

  it('keeps 10 am in London across the March clock change', async () => {
    const g = await savedGroup(t.db, {
      schedules: [weekly(6, '2027-03-06', '10:00', 'Europe/London', 60)],
    });
    const leader = await person(t.db);
    await t.db.insert(groupLeaders).values({ groupId: g.id, userId: leader.id, role: 'owner' });
    const ics = await feedOf(leader.id, new Date('2027-03-15T12:00:00Z'));
    const uids = events(ics).map((e) => line(e, 'UID'));
    expect(uids).toContain(`UID:${g.id}-${Date.parse('2027-03-27T10:00:00Z')}@gatherwell`);
    expect(uids).toContain(`UID:${g.id}-${Date.parse('2027-04-03T09:00:00Z')}@gatherwell`);
    expect(ics).toContain('DTSTART;TZID=Europe/London:20270403T100000');
    expect(ics).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20270328T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100',
    );
  });

  it('leaves out cancelled meetings and shows moved ones at their new time', async () => {
    const g = await savedGroup(t.db, {
      schedules: [weekly(2, '2027-01-05', '19:00', 'America/Chicago', 60)],
    });
    const p = await person(t.db);
    await setStatus(t.db, g.id, p.id, 'member');
    // Tuesdays at 7 pm Chicago time (01:00 UTC on Wednesday in winter).
    await t.db.insert(meetingChanges).values([
      { groupId: g.id, originalStartsAt: new Date('2027-01-13T01:00:00Z'), kind: 'cancelled' },
      {
        groupId: g.id,
        originalStartsAt: new Date('2027-01-20T01:00:00Z'),
        kind: 'moved',
        newStartsAt: new Date('2027-01-21T01:00:00Z'),
        newEndsAt: new Date('2027-01-21T02:00:00Z'),
      },
    ]);
    const ics = await feedOf(p.id, new Date('2027-01-01T00:00:00Z'));
    const starts = events(ics).map((e) => line(e, 'DTSTART')?.split(':')[1]);
    expect(starts.slice(0, 4)).toEqual([
      '20270105T190000',
      '20270120T190000',
      '20270126T190000',
      '20270202T190000',
    ]);
  });

  it('holds only groups where the person is a member or leader, and not ended or closed ones', async () => {
    const g = await savedGroup(t.db, { name: 'Private circle' });
    const ended = await savedGroup(t.db, { name: 'Ended circle', status: 'ended' });
    const closed = await savedGroup(t.db, { name: 'Resting circle', status: 'temporarily_closed' });
    const asked = await person(t.db);
    await setStatus(t.db, g.id, asked.id, 'requested');
    await setStatus(t.db, ended.id, asked.id, 'member');
    await setStatus(t.db, closed.id, asked.id, 'member');
    const ics = await feedOf(asked.id, new Date());
    expect(ics).not.toContain('BEGIN:VEVENT');
    expect(ics).not.toContain('Private circle');
    await setStatus(t.db, g.id, asked.id, 'member');
    const member = await feedOf(asked.id, new Date());
    expect(member).toContain('SUMMARY:Private circle');
    expect(member).not.toContain('Ended circle');
    expect(member).not.toContain('Resting circle');
  });
});

describe('calendar feed routes', () => {
  it('makes a secret link, serves it privately, and a reset kills the old one', async () => {
    const g = await savedGroup(t.db, { name: 'Evening circle' });
    const member = await signedInUser(t);
    await setStatus(t.db, g.id, member.id, 'member');
    const logs: string[] = [];
    // The same app with a logger we can read: no line may carry the secret.
    const app = createApp({
      ...t.deps,
      logger: pino(
        { level: 'debug' },
        new Writable({
          write(chunk, _encoding, done) {
            logs.push(String(chunk));
            done();
          },
        }),
      ),
    });
    const client = new Client(app, member.client.ip);
    client.cookies = member.client.cookies;
    const before = await (await client.get('/my')).text();
    expect(before).toContain('Create my calendar link');
    const made = await client.post('/my/calendar', {});
    expect(made.status).toBe(200);
    const page = await made.text();
    const url = page.match(/value="(http:\/\/localhost\/calendar\/[A-Za-z0-9_-]{43}\.ics)"/)?.[1];
    expect(url).toBeDefined();
    const path = new URL(url!).pathname;
    const feed = await app.request(path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('cache-control')).toBe('private, no-store');
    const ics = await feed.text();
    expect(ics).toContain('SUMMARY:Evening circle');
    expect(ics).not.toContain(member.email);
    expect(ics).not.toContain(member.name);
    // Shown once: the page afterwards says a link exists but does not repeat it.
    const later = await (await client.get('/my')).text();
    expect(later).toContain('Reset my calendar link');
    expect(later).not.toContain(path);
    // Reset: the old link is dead, the new one works.
    const reset = await (await client.post('/my/calendar', {})).text();
    const newUrl = reset.match(/value="(http:\/\/localhost\/calendar\/[^"]+)"/)?.[1];
    expect(newUrl).not.toBe(url);
    expect((await app.request(path)).status).toBe(404);
    expect((await app.request(new URL(newUrl!).pathname)).status).toBe(200);
    expect((await app.request(`/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
    const token = path.slice('/calendar/'.length, -'.ics'.length);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(token);
  });

  it('sends visitors to sign in', async () => {
    const visitor = new Client(t.app);
    expect((await visitor.get('/my')).headers.get('location')).toBe('/sign-in?next=%2Fmy');
    const post = await visitor.post('/my/calendar', {});
    expect(post.status).toBe(303);
    expect(post.headers.get('location')).toBe('/sign-in');
  });
});
