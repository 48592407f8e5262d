import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** Organisation accounts in the reader's language: one catalogue file per language. */
export const orgText = defineMessages({ en, es });
export type OrgText = ReturnType<typeof orgText>;
