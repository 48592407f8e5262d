import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The leaders' words in the reader's language: one catalogue file per language. */
export const leadText = defineMessages({ en, es });
export type LeadText = ReturnType<typeof leadText>;
