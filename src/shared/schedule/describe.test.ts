import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '../../features/directory/model.js';
import { toStoredSchedule } from './convert.js';
import { describeSchedule } from './describe.js';
import { occurrences } from './expand.js';
import { formatOccurrence } from './format.js';

const ny = {
  timezone: 'America/New_York',
  startDate: '2027-01-01',
  startTime: '18:30',
  durationMinutes: 90,
} as const;
const text = (input: ScheduleInput, lang: 'en' | 'es' = 'en') =>
  describeSchedule(toStoredSchedule(input), lang);

describe('describeSchedule', () => {
  it('describes weekly schedules', () => {
    expect(text({ ...ny, kind: 'weekly', days: [2] })).toBe(
      'Every Tuesday, 6:30–8:00 pm Eastern Time',
    );
    expect(text({ ...ny, kind: 'weekly', days: [2], interval: 2 })).toBe(
      'Every other Tuesday, 6:30–8:00 pm Eastern Time',
    );
    expect(
      text({
        ...ny,
        kind: 'weekly',
        days: [4, 2],
        startTime: '19:00',
        timezone: 'America/Los_Angeles',
      }),
    ).toBe('Tuesdays and Thursdays, 7:00–8:30 pm Pacific Time');
    expect(text({ ...ny, kind: 'weekly', days: [1, 3], interval: 3 })).toBe(
      'Every 3 weeks on Mondays and Wednesdays, 6:30–8:00 pm Eastern Time',
    );
    expect(text({ ...ny, kind: 'weekly', days: [2], endDate: '2027-06-29' })).toBe(
      'Every Tuesday, 6:30–8:00 pm Eastern Time, until June 29, 2027',
    );
  });

  it('describes monthly schedules', () => {
    const london = { ...ny, timezone: 'Europe/London', startTime: '10:00' };
    expect(text({ ...london, kind: 'monthly_nth', weekday: 5, nth: -1 })).toBe(
      'Last Friday of every month, 10:00–11:30 am United Kingdom Time',
    );
    expect(text({ ...ny, kind: 'monthly_nth', weekday: 3, nth: 2 })).toBe(
      '2nd Wednesday of every month, 6:30–8:00 pm Eastern Time',
    );
    expect(text({ ...ny, kind: 'monthly_nth', weekday: 3, nth: 2, interval: 2 })).toMatch(
      /^2nd Wednesday of every other month, /,
    );
    expect(text({ ...ny, kind: 'monthly_date', monthDay: 15 })).toBe(
      'On the 15th of every month, 6:30–8:00 pm Eastern Time',
    );
    expect(text({ ...ny, kind: 'monthly_date', monthDay: 31 })).toBe(
      'On the 31st of every month, 6:30–8:00 pm Eastern Time (skipped in months without a 31st)',
    );
  });

  it('describes one-off meetings and series', () => {
    expect(
      text({
        ...ny,
        kind: 'once',
        startDate: '2027-03-06',
        startTime: '10:00',
        durationMinutes: 120,
      }),
    ).toBe('Once: Saturday, March 6, 2027, 10:00 am–12:00 pm Eastern Time');
    expect(
      text({
        ...ny,
        kind: 'series',
        days: [1],
        count: 10,
        startDate: '2027-01-11',
        startTime: '18:00',
      }),
    ).toBe('10 weekly sessions on Mondays from January 11, 2027, 6:00–7:30 pm Eastern Time');
    expect(
      text({ ...ny, kind: 'series', days: [1], count: 6, interval: 2, startDate: '2027-01-11' }),
    ).toMatch(/^6 sessions every other week on Mondays from January 11, 2027, /);
  });

  it('describes schedules in Spanish', () => {
    expect(text({ ...ny, kind: 'weekly', days: [2] }, 'es')).toBe(
      'Todos los martes, 18:30–20:00 (hora oriental)',
    );
    expect(text({ ...ny, kind: 'weekly', days: [6], interval: 2 }, 'es')).toMatch(
      /^Cada dos semanas, los sábados, /,
    );
    expect(text({ ...ny, kind: 'monthly_nth', weekday: 5, nth: -1 }, 'es')).toMatch(
      /^El último viernes de cada mes, 18:30–20:00/,
    );
    expect(text({ ...ny, kind: 'monthly_date', monthDay: 15 }, 'es')).toMatch(
      /^El día 15 de cada mes, /,
    );
    expect(text({ ...ny, kind: 'once', startDate: '2027-03-06' }, 'es')).toMatch(
      /^Una vez: sábado, 6 de marzo de 2027, 18:30–20:00/,
    );
    expect(
      text({ ...ny, kind: 'series', days: [1], count: 10, startDate: '2027-01-11' }, 'es'),
    ).toMatch(/^10 sesiones semanales los lunes desde el 11 de enero de 2027, /);
  });
});

describe('formatOccurrence', () => {
  const s = toStoredSchedule({ ...ny, kind: 'weekly', days: [2], startDate: '2027-11-30' });
  const [o] = occurrences(s, new Date('2027-11-30T00:00Z'), new Date('2027-12-01T12:00Z'));

  it('shows only the viewer’s time when the clocks agree', () => {
    expect(formatOccurrence(o!, 'America/New_York', s.timezone)).toEqual({
      viewer: 'Tue, Nov 30, 6:30 pm',
    });
    expect(formatOccurrence(o!, 'America/Toronto', s.timezone).group).toBeUndefined();
  });

  it('adds the group’s local time and zone when the viewer is elsewhere', () => {
    expect(formatOccurrence(o!, 'America/Los_Angeles', s.timezone)).toEqual({
      viewer: 'Tue, Nov 30, 3:30 pm',
      group: 'Tue, Nov 30, 6:30 pm EST',
    });
    expect(formatOccurrence(o!, 'Europe/Madrid', s.timezone, 'es').viewer).toBe(
      'miércoles, 1 de diciembre, 00:30',
    );
  });

  it('falls back to the group’s zone for an unknown viewer zone', () => {
    expect(formatOccurrence(o!, 'Not/AZone', s.timezone)).toEqual({
      viewer: 'Tue, Nov 30, 6:30 pm',
    });
  });
});
