import { plural, type Translation } from '../../../i18n/catalogue.js';
import type { en } from './en.js';

/** Which week of the month (BYDAY=2WE, -1FR): "el segundo miércoles", "el último viernes". */
const NTH: Record<number, string> = {
  1: 'primer',
  2: 'segundo',
  3: 'tercer',
  4: 'cuarto',
  [-1]: 'último',
};

function everyMonths(interval: number): string {
  if (interval === 1) return 'cada mes';
  return interval === 2 ? 'cada dos meses' : `cada ${interval} meses`;
}

/** How Spanish describes a schedule: weekdays in lower case, 24-hour times. */
export const es: Translation<typeof en> = {
  intl: 'es',
  days: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  /** "martes" stays "martes"; "sábado" becomes "sábados". */
  dayPlural: (day) => (day.endsWith('s') ? day : `${day}s`),
  clock: (hour, minute) => `${String(hour).padStart(2, '0')}:${minute}`,
  // Weekday and month spelled out ("martes, 1 de diciembre, 18:30"): the short forms ("mar",
  // "dic") read as clipped words rather than as the abbreviations English has.
  momentStyle: { weekday: 'long', month: 'long', hourCycle: 'h23' },
  moment: (p) => `${p.weekday}, ${p.day} de ${p.month}, ${p.hour.padStart(2, '0')}:${p.minute}`,
  when: (times, zone) => `${times} (${zone})`,
  once: (date, when) => `Una vez: ${date}, ${when}`,
  repeats: (pattern, when) => `${pattern}, ${when}`,
  weekly: ({ interval, days, list }) => {
    if (interval === 1) {
      if (days.length === 7) return 'Todos los días';
      return days.length === 1 ? `Todos los ${list}` : `Los ${list}`;
    }
    const every = interval === 2 ? 'Cada dos semanas' : `Cada ${interval} semanas`;
    return `${every}, los ${list}`;
  },
  monthDay: (p) => `El día ${p.monthDay} de ${everyMonths(p.interval)}`,
  monthWeekday: (p) => `El ${NTH[p.nth]} ${p.day} de ${everyMonths(p.interval)}`,
  series: ({ count, interval, list, from }) => {
    const noun = plural('es', count, { one: 'sesión', other: 'sesiones' });
    const how =
      interval === 1
        ? `${noun} ${plural('es', count, { one: 'semanal', other: 'semanales' })}`
        : `${noun} cada ${interval === 2 ? 'dos' : interval} semanas,`;
    return `${count} ${how} los ${list} desde el ${from}`;
  },
  until: (date) => `, hasta el ${date}`,
  skipped: (monthDay) => ` (no hay reunión en los meses sin día ${monthDay})`,
};
