import { parseDate } from './calendar.js';
import { parseDtstart } from './convert.js';
import { type Lang, longDate, plainDate, timeRange, zoneName } from './format.js';
import { parseRRule, type RRule, type StoredSchedule, untilLocalDate } from './rrule.js';

const DAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
} as const;

const NTH = {
  en: { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', [-1]: 'Last' },
  es: { 1: 'primer', 2: 'segundo', 3: 'tercer', 4: 'cuarto', [-1]: 'último' },
} as Record<Lang, Record<number, string>>;

const dayName = (d: number, lang: Lang) => DAYS[lang][d]!;

/** "Tuesdays" / "martes", "Saturdays" / "sábados" (Spanish weekdays ending in -s don't change). */
function dayPlural(d: number, lang: Lang): string {
  const name = dayName(d, lang);
  return lang === 'en' || !name.endsWith('s') ? `${name}s` : name;
}

function list(items: string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'en' ? 'en-US' : 'es', { type: 'conjunction' }).format(items);
}

function ordinalDay(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10];
  return `${n}${suffix ?? 'th'}`;
}

/** "every month" / "every other month" / "every 3 months", and the Spanish equivalents. */
function everyMonths(interval: number, lang: Lang): string {
  if (lang === 'es')
    return interval === 1
      ? 'cada mes'
      : interval === 2
        ? 'cada dos meses'
        : `cada ${interval} meses`;
  return interval === 1
    ? 'every month'
    : interval === 2
      ? 'every other month'
      : `every ${interval} months`;
}

function weeklyPattern(rule: RRule, lang: Lang): string {
  const days = rule.byDay.map((d) => d.weekday).sort((a, b) => a - b);
  const plural = list(
    days.map((d) => dayPlural(d, lang)),
    lang,
  );
  const single = days.length === 1 ? dayName(days[0]!, lang) : null;
  if (lang === 'es') {
    if (rule.interval === 1)
      return days.length === 7
        ? 'Todos los días'
        : single
          ? `Todos los ${plural}`
          : `Los ${plural}`;
    const every = rule.interval === 2 ? 'Cada dos semanas' : `Cada ${rule.interval} semanas`;
    return `${every}, los ${plural}`;
  }
  if (rule.interval === 1)
    return days.length === 7 ? 'Every day' : single ? `Every ${single}` : plural;
  // "Every other" rather than "every second", which reads like "the 2nd Tuesday of the month".
  if (rule.interval === 2)
    return single ? `Every other ${single}` : `Every other week on ${plural}`;
  return `Every ${rule.interval} weeks on ${single ?? plural}`;
}

function monthlyPattern(rule: RRule, lang: Lang): string {
  if (rule.byMonthDay !== undefined) {
    return lang === 'es'
      ? `El día ${rule.byMonthDay} de ${everyMonths(rule.interval, lang)}`
      : `On the ${ordinalDay(rule.byMonthDay)} of ${everyMonths(rule.interval, lang)}`;
  }
  const { weekday, nth } = rule.byDay[0]!;
  const ord = NTH[lang][nth!]!;
  return lang === 'es'
    ? `El ${ord} ${dayName(weekday, lang)} de ${everyMonths(rule.interval, lang)}`
    : `${ord} ${dayName(weekday, lang)} of ${everyMonths(rule.interval, lang)}`;
}

function seriesPattern(rule: RRule, startDay: number, lang: Lang): string {
  const count = rule.count!;
  const days = rule.byDay.map((d) => d.weekday).sort((a, b) => a - b);
  const plural = list(
    days.map((d) => dayPlural(d, lang)),
    lang,
  );
  const from = plainDate(startDay, lang);
  if (lang === 'es') {
    const noun = count === 1 ? 'sesión' : 'sesiones';
    const how =
      rule.interval === 1
        ? `${noun} ${count === 1 ? 'semanal' : 'semanales'}`
        : `${noun} cada ${rule.interval === 2 ? 'dos' : rule.interval} semanas,`;
    return `${count} ${how} los ${plural} desde el ${from}`;
  }
  const noun = count === 1 ? 'session' : 'sessions';
  if (rule.interval === 1) return `${count} weekly ${noun} on ${plural} from ${from}`;
  const every = rule.interval === 2 ? 'every other week' : `every ${rule.interval} weeks`;
  return `${count} ${noun} ${every} on ${plural} from ${from}`;
}

/**
 * The schedule in plain words with the group's local times and zone, e.g.
 * "Every Tuesday, 6:30–8:00 pm Eastern Time" or "Todos los martes, 18:30–20:00 (hora oriental)".
 */
export function describeSchedule(s: StoredSchedule, lang: Lang = 'en'): string {
  const { day, minutes } = parseDtstart(s.dtstart);
  const times = timeRange(minutes, s.durationMinutes, lang);
  const zone = zoneName(s.timezone, lang, day * 86_400_000);
  const when = lang === 'es' ? `${times} (${zone})` : `${times} ${zone}`;
  if (s.rrule === null) {
    return `${lang === 'es' ? 'Una vez' : 'Once'}: ${longDate(day, lang)}, ${when}`;
  }
  const rule = parseRRule(s.rrule);
  let pattern: string;
  if (rule.count !== undefined) pattern = seriesPattern(rule, day, lang);
  else if (rule.freq === 'WEEKLY') pattern = weeklyPattern(rule, lang);
  else pattern = monthlyPattern(rule, lang);

  let text = `${pattern}, ${when}`;
  if (rule.until) {
    const end = plainDate(parseDate(untilLocalDate(rule.until, s.timezone))!, lang);
    text += lang === 'es' ? `, hasta el ${end}` : `, until ${end}`;
  }
  if (rule.byMonthDay !== undefined && rule.byMonthDay > 28) {
    text +=
      lang === 'es'
        ? ` (no hay reunión en los meses sin día ${rule.byMonthDay})`
        : ` (skipped in months without a ${ordinalDay(rule.byMonthDay)})`;
  }
  return text;
}
