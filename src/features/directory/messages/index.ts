import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The directory's words, one file per language: a new language adds its file here. */
export const directoryText = defineMessages({ en, es });

export type DirectoryText = ReturnType<typeof directoryText>;
