import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The safety flow's words in the reader's language: one catalogue file per language. */
export const safetyText = defineMessages({ en, es });
export type SafetyText = ReturnType<typeof safetyText>;
