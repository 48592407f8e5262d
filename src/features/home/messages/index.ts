import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The home page's words. A new language adds its file and its entry here. */
export const homeText = defineMessages({ en, es });
