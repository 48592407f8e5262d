import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The feed checker's page, one file per language: a new language adds its file here. */
export const feedCheckText = defineMessages({ en, es });

export type FeedCheckText = ReturnType<typeof feedCheckText>;
