import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The resource library's words. A new language adds its file and its entry here. */
export const resourceMessages = defineMessages({ en, es });
export type ResourceText = ReturnType<typeof resourceMessages>;
