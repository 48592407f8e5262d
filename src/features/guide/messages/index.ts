import { defineMessages } from '../../../i18n/catalogue.js';
import { LOCALES, type Locale } from '../../../i18n/locales.js';
import type { Text } from '../codes.js';
import { en } from './en.js';
import { es } from './es.js';

/** The guide's words. A new language adds its files and its entry here. */
export const guideText = defineMessages({ en, es });
export type GuideMessages = ReturnType<typeof guideText>;

/**
 * One message in every language, for the guide's data (questions, reasons, outcomes), which
 * views read as a Text in the page's language, like the directory's vocabularies.
 */
export function inEvery(pick: (m: GuideMessages, locale: Locale) => string): Text {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, pick(guideText(locale), locale)]),
  ) as Text;
}
