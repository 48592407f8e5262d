import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The membership feature's words, one file per language: a new language adds its file here. */
export const membershipText = defineMessages({ en, es });

export type MembershipText = ReturnType<typeof membershipText>;
