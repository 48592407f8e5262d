/**
 * Repeated letters, as both messages and lexicon patterns are read (ADR 29): "diiiie", "killl" and
 * "kill" all read "kil", and a pattern written "kill" is compiled to match "kil".
 */

export type Locale = 'en' | 'es';

/** A run of one letter cut to one, except "rr" (Spanish "perro" is not "pero", "but"). */
export function squeeze(text: string): string {
  return text.replace(/([a-qs-z])\1+/g, '$1').replace(/r{3,}/g, 'rr');
}

/**
 * A lexicon pattern compiled to match squeezed text: its doubled letters are cut as the text's
 * are (a letter after a backslash is an escape such as \b or \s, and is left alone).
 */
export function compile(source: string, flags = 'g'): RegExp {
  return new RegExp(source.replace(/(?<!\\)([a-qs-z])\1+/g, '$1'), flags);
}
