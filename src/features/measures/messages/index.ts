import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** Outcome measures' words in the reader's language: one catalogue file per language. */
export const measureText = defineMessages({ en, es });
export type MeasureText = ReturnType<typeof measureText>;
