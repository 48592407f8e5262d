import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** How each language describes schedules and writes their times: a new language adds its file. */
export const scheduleText = defineMessages({ en, es });

export type ScheduleText = ReturnType<typeof scheduleText>;
