import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** Finding therapists and session plans in the reader's language: one catalogue file per language. */
export const therapistText = defineMessages({ en, es });
export type TherapistText = ReturnType<typeof therapistText>;
