import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** Session notes in the reader's language: one catalogue file per language. */
export const notesText = defineMessages({ en, es });
export type NotesText = ReturnType<typeof notesText>;
