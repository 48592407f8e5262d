import { describe, expect, it } from 'vitest';
import { toStoredSchedule } from './convert.js';
import { buildCalendar, escapeText, foldLine, googleCalendarUrl } from './ics.js';

const weekly = toStoredSchedule({
  kind: 'weekly',
  days: [2],
  startDate: '2027-03-01',
  startTime: '18:30',
  durationMinutes: 90,
  timezone: 'America/New_York',
  exceptions: ['2027-03-16', '2027-03-23'],
});
const tokyo = toStoredSchedule({
  kind: 'once',
  startDate: '2027-05-01',
  startTime: '09:00',
  durationMinutes: 60,
  timezone: 'Asia/Tokyo',
});

const ics = buildCalendar({
  name: 'Gatherwell: grief groups',
  now: new Date('2027-02-01T12:00:00Z'),
  events: [
    {
      uid: 'g1@gatherwell',
      summary: 'Grief, loss; and more',
      description: `Line one\nLine two with a back\\slash. ${'Café ☕ 🌱 '.repeat(12)}`,
      location: 'Room 2, 10 Main St',
      url: 'https://gatherwell.example/groups/grief',
      schedule: weekly,
      lastModified: new Date('2027-01-15T08:00:00Z'),
    },
    { uid: 'g2@gatherwell', summary: 'Tokyo', schedule: tokyo },
  ],
});
const unfolded = ics.replace(/\r\n /g, '');
const lines = unfolded.split('\r\n');

describe('buildCalendar', () => {
  it('uses CRLF line endings and folds every line to 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n '); // the long description was folded
  });

  it('has the calendar header', () => {
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Gatherwell//Directory//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Gatherwell: grief groups',
    ]);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('has a VTIMEZONE per zone with the real 2027 changes', () => {
    expect(unfolded.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    expect(unfolded).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20270314T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\nEND:DAYLIGHT',
    );
    expect(unfolded).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20271107T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500',
    );
    const tz = unfolded.slice(unfolded.indexOf('TZID:Asia/Tokyo'));
    expect(tz.slice(0, tz.indexOf('END:VTIMEZONE'))).toBe(
      'TZID:Asia/Tokyo\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\n',
    );
  });

  it('writes the events with their rules, cancellations and escaped text', () => {
    expect(lines).toContain('UID:g1@gatherwell');
    expect(lines).toContain('DTSTAMP:20270201T120000Z');
    expect(lines).toContain('DTSTART;TZID=America/New_York:20270302T183000');
    expect(lines).toContain('DURATION:PT1H30M');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU');
    expect(lines).toContain('EXDATE;TZID=America/New_York:20270316T183000,20270323T183000');
    expect(lines).toContain('SUMMARY:Grief\\, loss\\; and more');
    expect(lines).toContain('LOCATION:Room 2\\, 10 Main St');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toMatch(
      /^DESCRIPTION:Line one\\nLine two with a back\\\\slash\. Café ☕ 🌱/,
    );
    expect(lines).toContain('URL:https://gatherwell.example/groups/grief');
    expect(lines).toContain('LAST-MODIFIED:20270115T080000Z');
    expect(lines).toContain('DTSTART;TZID=Asia/Tokyo:20270501T090000');
    expect(lines.filter((l) => l.startsWith('RRULE:'))).toHaveLength(1); // the one-off has none
  });
});

describe('text helpers', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('never splits a multi-byte character when folding', () => {
    const line = `DESCRIPTION:${'a'.repeat(61)}${'🌱é€'.repeat(30)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(2);
    for (const p of physical) {
      expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
      expect(p).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});

describe('googleCalendarUrl', () => {
  it('links to a template with UTC dates, the zone and the rule', () => {
    const url = new URL(
      googleCalendarUrl({
        title: 'Grief & loss',
        details: 'Bring tea',
        location: 'Room 2',
        schedule: weekly,
      }),
    );
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe('Grief & loss');
    expect(url.searchParams.get('dates')).toBe('20270302T233000Z/20270303T010000Z');
    expect(url.searchParams.get('ctz')).toBe('America/New_York');
    expect(url.searchParams.get('recur')).toBe('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU');
    expect(url.searchParams.get('details')).toBe('Bring tea');
    expect(url.searchParams.get('location')).toBe('Room 2');
    const once = new URL(googleCalendarUrl({ title: 'x', schedule: tokyo }));
    expect(once.searchParams.has('recur')).toBe(false);
    expect(once.searchParams.get('dates')).toBe('20270501T000000Z/20270501T010000Z');
  });
});
