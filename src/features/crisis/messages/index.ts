import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The crisis page's words. A new language adds its file and its entry here. */
export const crisisText = defineMessages({ en, es });
