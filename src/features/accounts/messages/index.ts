import { defineMessages } from '../../../i18n/catalogue.js';
import { en } from './en.js';
import { es } from './es.js';
import { mailEn } from './mail.en.js';
import { mailEs } from './mail.es.js';
import { privacyEn } from './privacy.en.js';
import { privacyEs } from './privacy.es.js';
import { professionalEn } from './professional.en.js';
import { professionalEs } from './professional.es.js';

/*
 * The accounts feature's words, one file per language and page family: a new language adds
 * its files and one entry in each catalogue below.
 */

/** Sign-up, sign-in, password reset, and the account links of the header. */
export const accountText = defineMessages({ en, es });
export type AccountText = ReturnType<typeof accountText>;

/** The privacy centre: profile, security, sessions, activity, export and deletion. */
export const privacyText = defineMessages({ en: privacyEn, es: privacyEs });
export type PrivacyText = ReturnType<typeof privacyText>;

/** The professional profile page and the badge of a verified professional. */
export const professionalText = defineMessages({ en: professionalEn, es: professionalEs });
export type ProfessionalText = ReturnType<typeof professionalText>;

/** The account e-mails (mail.ts builds them). */
export const accountMailText = defineMessages({ en: mailEn, es: mailEs });
