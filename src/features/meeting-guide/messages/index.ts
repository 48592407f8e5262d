import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The upload page's words, one file per language: a new language adds its file here. */
export const uploadText = defineMessages({ en, es });

export type UploadText = ReturnType<typeof uploadText>;
