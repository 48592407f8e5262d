import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The time-zone line and page. A new language adds its file and its entry here. */
export const zoneText = defineMessages({ en, es });
