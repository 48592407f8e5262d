import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The boards' words in the reader's language: one catalogue file per language. */
export const boardText = defineMessages({ en, es });
export type BoardText = ReturnType<typeof boardText>;
