import { parseDate } from './calendar.js';
import { parseDtstart } from './convert.js';
import { type Lang, longDate, plainDate, timeRange, zoneName } from './format.js';
import { type ScheduleText, scheduleText } from './messages/index.js';
import { parseRRule, type RRule, type StoredSchedule, untilLocalDate } from './rrule.js';

/**
 * Schedules in plain words. This file reads the rule and works out its parts (days, interval,
 * count, ordinal, dates and times in the language's own formats); each language's catalogue
 * (messages/) makes the sentence from them.
 */

/** The rule's weekdays, Sunday first, by name, and their plural names as one list. */
function weekParts(rule: RRule, t: ScheduleText) {
  const days = rule.byDay
    .map((d) => d.weekday)
    .sort((a, b) => a - b)
    .map((d) => t.days[d]!);
  const list = new Intl.ListFormat(t.intl, { type: 'conjunction' }).format(
    days.map((day) => t.dayPlural(day)),
  );
  return { interval: rule.interval, days, list };
}

function pattern(rule: RRule, startDay: number, lang: Lang, t: ScheduleText): string {
  if (rule.count !== undefined) {
    return t.series({ ...weekParts(rule, t), count: rule.count, from: plainDate(startDay, lang) });
  }
  if (rule.freq === 'WEEKLY') return t.weekly(weekParts(rule, t));
  if (rule.byMonthDay !== undefined) {
    return t.monthDay({ interval: rule.interval, monthDay: rule.byMonthDay });
  }
  const { weekday, nth } = rule.byDay[0]!;
  return t.monthWeekday({ interval: rule.interval, nth: nth!, day: t.days[weekday]! });
}

/**
 * The schedule in plain words with the group's local times and zone, e.g.
 * "Every Tuesday, 6:30–8:00 pm Eastern Time" or "Todos los martes, 18:30–20:00 (hora oriental)".
 */
export function describeSchedule(s: StoredSchedule, lang: Lang = 'en'): string {
  const t = scheduleText(lang);
  const { day, minutes } = parseDtstart(s.dtstart);
  const when = t.when(
    timeRange(minutes, s.durationMinutes, lang),
    zoneName(s.timezone, lang, day * 86_400_000),
  );
  if (s.rrule === null) return t.once(longDate(day, lang), when);
  const rule = parseRRule(s.rrule);
  let text = t.repeats(pattern(rule, day, lang, t), when);
  if (rule.until) {
    text += t.until(plainDate(parseDate(untilLocalDate(rule.until, s.timezone))!, lang));
  }
  if (rule.byMonthDay !== undefined && rule.byMonthDay > 28) text += t.skipped(rule.byMonthDay);
  return text;
}
