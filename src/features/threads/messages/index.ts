import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The threads' words in the reader's language: one catalogue file per language. */
export const threadText = defineMessages({ en, es });
export type ThreadText = ReturnType<typeof threadText>;
