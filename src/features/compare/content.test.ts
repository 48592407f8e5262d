import { describe, expect, it } from 'vitest';
import {
  compareContent,
  compareLocale,
  type Difference,
  differencesOrder,
  type Locale,
} from './content.js';
import { compareMessages } from './messages/index.js';

const locales: Locale[] = ['en', 'es'];
const allDifferences: Difference[] = [
  'leadership',
  'purpose',
  'structure',
  'confidentiality',
  'techniques',
];

/** Every string in a value with its path, e.g. ['whenFits.support.2', '...']. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      strings(item, path ? `${path}.${key}` : key),
    );
  }
  throw new Error(`unexpected ${typeof value} at ${path}`);
}

/** Same keys and same array lengths, ignoring the text itself. */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, shape(item)]),
    );
  }
  return typeof value;
}

const content = (locale: Locale) => compareMessages(locale).content;
const labels = (locale: Locale) => compareMessages(locale).labels;
const summaries = (locale: Locale) => compareMessages(locale).summaries;
// The whole catalogue: the page's own words, the comparison, the labels and summaries.
const tables = { catalogue: compareMessages, content, labels, summaries };

describe.each(Object.entries(tables))('%s', (_name, table) => {
  it.each(locales)('has only non-empty, trimmed, plain-text strings in %s', (locale) => {
    const all = strings(table(locale));
    expect(all.length).toBeGreaterThan(0);
    for (const [path, text] of all) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).toBe(text.trim());
      expect(text, path).not.toMatch(/\s{2,}/);
      // Views add the markup; the text must not carry HTML or Markdown.
      expect(text, path).not.toMatch(/[<>*_`#[\]]|&[a-z]+;|\]\(|^\s*[-+] /);
    }
  });

  it('has the same keys and list lengths in Spanish as in English', () => {
    expect(shape(table('es'))).toEqual(shape(table('en')));
  });

  it('is translated, not copied', () => {
    const en = new Map(strings(table('en')));
    for (const [path, text] of strings(table('es'))) {
      expect(text, path).not.toBe(en.get(path));
    }
  });
});

describe('the comparison', () => {
  it('lists each of the five differences once, in every table', () => {
    expect([...differencesOrder].sort()).toEqual([...allDifferences].sort());
    for (const locale of locales) {
      expect(Object.keys(content(locale).differences).sort()).toEqual([...allDifferences].sort());
      expect(Object.keys(labels(locale)).sort()).toEqual([...allDifferences].sort());
      expect(Object.keys(summaries(locale)).sort()).toEqual([...allDifferences].sort());
    }
  });

  it.each(locales)('gives the two kinds parallel lists in %s', (locale) => {
    const { whenFits, firstMeeting } = content(locale);
    expect(whenFits.support.length).toBeGreaterThanOrEqual(3);
    expect(whenFits.support.length).toBe(whenFits.therapy.length);
    expect(firstMeeting.support.length).toBeGreaterThanOrEqual(3);
    expect(firstMeeting.support.length).toBe(firstMeeting.therapy.length);
  });

  it.each(locales)('says where to turn in danger in %s', (locale) => {
    expect(content(locale).notAdvice).toContain('988');
  });

  it('uses distinct short labels within a locale', () => {
    for (const locale of locales) {
      const short = Object.values(labels(locale));
      expect(new Set(short).size).toBe(short.length);
    }
  });

  it('picks Spanish for any es tag and English otherwise', () => {
    expect(compareLocale('es')).toBe('es');
    expect(compareLocale('es-MX')).toBe('es');
    expect(compareLocale('ES-us')).toBe('es');
    expect(compareLocale('en-US')).toBe('en');
    expect(compareLocale('fr-CA')).toBe('en');
    expect(compareLocale('')).toBe('en');
    expect(compareContent('es-419')).toBe(content('es'));
  });
});
