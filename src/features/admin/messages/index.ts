import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';
import { mailEn } from './mail.en.js';
import { mailEs } from './mail.es.js';

/** The administrators' pages, one file per language: a new language adds its files here. */
export const adminText = defineMessages({ en, es });
export type AdminText = ReturnType<typeof adminText>;

/** The e-mails an administrator's decision on a professional profile sends (mail.ts). */
export const adminMailText = defineMessages({ en: mailEn, es: mailEs });
