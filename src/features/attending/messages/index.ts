import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The words of attending: RSVPs, My Gatherwell, the calendar feed and unsubscribing. A new language adds its file and its entry here. */
export const attendingText = defineMessages({ en, es });
export type AttendingText = ReturnType<typeof attendingText>;
