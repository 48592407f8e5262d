import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** Words of the /compare page. A new language adds its file and its entry here. */
export const compareMessages = defineMessages({ en, es });
