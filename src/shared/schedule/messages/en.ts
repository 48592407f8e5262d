import { plural } from '../../../i18n/catalogue.js';

/** What describe.ts hands a sentence about weekly meetings. */
type WeekParts = {
  /** Weeks between meetings: 1 every week, 2 every other week... */
  interval: number;
  /** The days' names ("Tuesday"), Sunday first. */
  days: string[];
  /** Their plural names as one list: "Mondays and Wednesdays". */
  list: string;
};

/** The parts of a moment Intl writes, in this language's own words. */
type MomentParts = {
  weekday: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  dayPeriod: string;
};

/** How a moment is asked of Intl (see `moment`). */
type MomentStyle = Pick<Intl.DateTimeFormatOptions, 'weekday' | 'month' | 'hourCycle'>;

/** "1st", "2nd", "3rd", "4th", "11th", "31st". */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10];
  return `${n}${suffix ?? 'th'}`;
}

/** Which week of the month (BYDAY=2WE, -1FR). */
const NTH: Record<number, string> = { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', [-1]: 'Last' };

function everyMonths(interval: number): string {
  if (interval === 1) return 'every month';
  return interval === 2 ? 'every other month' : `every ${interval} months`;
}

/**
 * How English describes a schedule and writes its dates and times: the reference catalogue.
 * describe.ts and format.ts work out the rule's parts; these functions make the sentences.
 */
export const en = {
  /** The Intl locale of dates, zone names and lists in these sentences. */
  intl: 'en-US',
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  /** "Tuesdays". */
  dayPlural: (day: string) => `${day}s`,
  /** "6:30 pm"; "6:30" when a range says its period once, at the end. */
  clock: (hour: number, minute: string, withPeriod: boolean) =>
    `${hour % 12 || 12}:${minute}${withPeriod ? (hour < 12 ? ' am' : ' pm') : ''}`,
  momentStyle: { weekday: 'short', month: 'short', hourCycle: 'h12' } as MomentStyle,
  /** "Tue, Dec 1, 6:30 pm": assembled by hand for a lower-case "pm" after an ordinary space. */
  moment: (p: MomentParts) =>
    `${p.weekday}, ${p.month} ${p.day}, ${p.hour}:${p.minute} ${p.dayPeriod.toLowerCase()}`,
  /** "6:30–8:00 pm Eastern Time". */
  when: (times: string, zone: string) => `${times} ${zone}`,
  once: (date: string, when: string) => `Once: ${date}, ${when}`,
  /** A repeating pattern with its times: "Every Tuesday, 6:30–8:00 pm Eastern Time". */
  repeats: (pattern: string, when: string) => `${pattern}, ${when}`,
  weekly: ({ interval, days, list }: WeekParts) => {
    const single = days.length === 1 ? days[0] : undefined;
    if (interval === 1) return days.length === 7 ? 'Every day' : single ? `Every ${single}` : list;
    // "Every other" rather than "every second", which reads like "the 2nd Tuesday of the month".
    if (interval === 2) return single ? `Every other ${single}` : `Every other week on ${list}`;
    return `Every ${interval} weeks on ${single ?? list}`;
  },
  monthDay: (p: { interval: number; monthDay: number }) =>
    `On the ${ordinal(p.monthDay)} of ${everyMonths(p.interval)}`,
  monthWeekday: (p: { interval: number; nth: number; day: string }) =>
    `${NTH[p.nth]} ${p.day} of ${everyMonths(p.interval)}`,
  /** A course of sessions: "10 weekly sessions on Mondays from January 11, 2027". */
  series: ({ count, interval, list, from }: WeekParts & { count: number; from: string }) => {
    const noun = plural('en', count, { one: 'session', other: 'sessions' });
    if (interval === 1) return `${count} weekly ${noun} on ${list} from ${from}`;
    const every = interval === 2 ? 'every other week' : `every ${interval} weeks`;
    return `${count} ${noun} ${every} on ${list} from ${from}`;
  },
  until: (date: string) => `, until ${date}`,
  /** After a monthly date some months lack (the 29th to the 31st). */
  skipped: (monthDay: number) => ` (skipped in months without a ${ordinal(monthDay)})`,
};
