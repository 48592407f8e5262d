import { LOCALES, type Locale } from '../../i18n/locales.js';
import {
  ACCESS_CODES,
  AUDIENCE_CODES,
  LANGUAGE_CODES,
  TECHNIQUE_CODES,
  TOPIC_CODES,
} from './codes.js';
import { type TaxonomyText, taxonomyText } from './messages/index.js';

export * from './codes.js';

/** A code's label in every language the interface speaks. */
export type Labels = Readonly<Record<Locale, string>>;

/**
 * One vocabulary as code -> labels, in the order of its code list (forms and the API list codes
 * in that order), gathered from every language's catalogue once at start.
 */
function vocabulary<C extends string>(
  list: readonly C[],
  pick: (m: TaxonomyText) => Record<C, string>,
): Readonly<Record<C, Labels>> {
  const byCode = {} as Record<C, Labels>;
  for (const code of list) {
    byCode[code] = Object.fromEntries(
      LOCALES.map((locale) => [locale, pick(taxonomyText(locale))[code]]),
    ) as Labels;
  }
  return byCode;
}

export const TOPICS = vocabulary(TOPIC_CODES, (m) => m.topics);
export const AUDIENCES = vocabulary(AUDIENCE_CODES, (m) => m.audiences);
export const ACCESS_FEATURES = vocabulary(ACCESS_CODES, (m) => m.access);
export const TECHNIQUES = vocabulary(TECHNIQUE_CODES, (m) => m.techniques);
export const LANGUAGES = vocabulary(LANGUAGE_CODES, (m) => m.languages);

type Vocabulary = Readonly<Record<string, Labels>>;

export function codes<T extends Vocabulary>(vocabulary: T): (keyof T & string)[] {
  return Object.keys(vocabulary) as (keyof T & string)[];
}

/** A code's label in one language; a code the vocabulary does not know shows as itself. */
export const labelOf = (vocabulary: Vocabulary, code: string, locale: Locale): string =>
  vocabulary[code]?.[locale] ?? code;

export const topicLabel = (code: string, locale: Locale) => labelOf(TOPICS, code, locale);
export const audienceLabel = (code: string, locale: Locale) => labelOf(AUDIENCES, code, locale);
export const languageLabel = (code: string, locale: Locale) => labelOf(LANGUAGES, code, locale);
export const accessLabel = (code: string, locale: Locale) => labelOf(ACCESS_FEATURES, code, locale);
export const techniqueLabel = (code: string, locale: Locale) => labelOf(TECHNIQUES, code, locale);
