import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The vocabularies' labels, one file per language: a new language adds its file here. */
export const taxonomyText = defineMessages({ en, es });

export type TaxonomyText = ReturnType<typeof taxonomyText>;
