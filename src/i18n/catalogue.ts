import { LOCALES, type Locale } from './locales.js';

/**
 * What a translation of an English catalogue must be: every key, strings for strings, functions
 * with the same parameters for functions (one interpolation style: a message that needs values
 * is a function of them), lists of the same kind. A missing or misshapen key fails the typecheck.
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R extends string ? string : R
    : T extends readonly (infer E)[]
      ? readonly Translation<E>[]
      : T extends object
        ? { [K in keyof T]: Translation<T[K]> }
        : T;

/**
 * A feature's messages, one complete catalogue per language (each in its own file beside the
 * feature, `messages/en.ts`, `messages/es.ts`). English is the reference shape; the others are
 * checked against it. Adding a language to LOCALES makes every catalogue ask for its file.
 */
export function defineMessages<T extends object>(
  catalogues: { en: T } & { [L in Exclude<Locale, 'en'>]: Translation<T> },
): (locale: Locale) => T {
  for (const locale of LOCALES) {
    if (!catalogues[locale]) throw new Error(`a catalogue has no ${locale} messages`);
  }
  return (locale) => catalogues[locale] as T;
}

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * The form of a message for a count, by the language's plural rules (Intl.PluralRules: English
 * has one/other, Spanish one/many/other, others more). `other` is required; a missing category
 * falls back to it.
 */
export function plural(
  locale: Locale,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}
