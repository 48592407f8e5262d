import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLocale, type Locale } from '../../i18n/locales.js';
import { renderMarkdown } from '../../lib/markdown.js';
import { projectRoot } from '../../lib/paths.js';
import { TOPICS, type TopicCode } from '../../shared/taxonomy/index.js';
import { FrontMatterError, parseFrontMatter } from './front-matter.js';

/**
 * The resource library: Markdown files named `<slug>.<lang>.md` in content/articles, read
 * once when the app is built (see ADR 0011). A file that does not meet the rules below stops
 * start-up with an error naming it.
 */
export type Article = {
  slug: string;
  language: Locale;
  title: string;
  summary: string;
  topics: TopicCode[];
  /** ISO date (YYYY-MM-DD) of the last review of the content. */
  reviewed: string;
  /** Safe HTML from the Markdown body. */
  html: string;
  minutes: number;
  /** Title, summary and body folded for matching (lower case, no accents). */
  searchText: string;
};

export type Library = {
  articles: Article[];
  /** Every language version of a slug; undefined for an unknown slug. */
  versions(slug: string): Partial<Record<Locale, Article>> | undefined;
};

const FILE = /^([a-z0-9][a-z0-9-]*)\.([a-z]{2})\.md$/;
const REQUIRED = ['title', 'summary', 'topics', 'language', 'reviewed'] as const;
const WORDS_PER_MINUTE = 200;

/** Lower case without diacritics, so "terapia" finds "Terapía" and "duelo" finds "Duelo". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export const readingMinutes = (words: number) => Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * One article from its file name and text; throws FrontMatterError naming the file (`where`,
 * for example its path from the project root).
 */
export function parseArticle(fileName: string, source: string, where = fileName): Article {
  const fail = (detail: string): never => {
    throw new FrontMatterError(where, detail);
  };
  const name = FILE.exec(fileName);
  if (!name) fail('file name must be <slug>.<language>.md in lower case');
  const [, slug = '', fileLanguage = ''] = name as RegExpExecArray;
  const { data, body } = parseFrontMatter(source, where);
  for (const key of REQUIRED) if (!(key in data)) fail(`missing key "${key}"`);
  const unknown = Object.keys(data).filter((k) => !(REQUIRED as readonly string[]).includes(k));
  if (unknown.length) fail(`unknown key "${unknown[0]}"`);
  const text = (key: (typeof REQUIRED)[number]) => {
    const value = data[key];
    if (typeof value !== 'string' || value.trim() === '') fail(`"${key}" must be a non-empty text`);
    return value as string;
  };
  const language = text('language');
  if (!isLocale(language)) fail(`unsupported language "${language}"`);
  if (language !== fileLanguage) {
    fail(`language "${language}" does not match the file name (.${fileLanguage}.md)`);
  }
  const topics = data.topics;
  if (!Array.isArray(topics)) fail('"topics" must be a list such as [grief, cancer]');
  for (const topic of topics as string[]) {
    if (!Object.hasOwn(TOPICS, topic)) fail(`unknown topic "${topic}"`);
  }
  const reviewed = text('reviewed');
  if (!isValidDate(reviewed)) fail(`"reviewed" must be a date such as 2026-11-26, not ${reviewed}`);
  if (body.trim() === '') fail('the article has no text after the front matter');
  const title = text('title');
  const summary = text('summary');
  return {
    slug,
    language: language as Locale,
    title,
    summary,
    topics: [...new Set(topics as TopicCode[])],
    reviewed,
    html: renderMarkdown(body),
    minutes: readingMinutes(countWords(body)),
    searchText: fold(`${title}\n${summary}\n${body}`),
  };
}

export function createLibrary(articles: Article[]): Library {
  const bySlug = new Map<string, Partial<Record<Locale, Article>>>();
  for (const article of articles) {
    const versions = bySlug.get(article.slug) ?? {};
    versions[article.language] = article;
    bySlug.set(article.slug, versions);
  }
  const sorted = [...articles].sort((a, b) => a.title.localeCompare(b.title, a.language));
  return { articles: sorted, versions: (slug) => bySlug.get(slug) };
}

export const ARTICLES_DIR = join(projectRoot, 'content/articles');

/** Read and check every article in `dir`. Files that are not `.md` are ignored. */
export function loadLibrary(dir: string): Library {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return createLibrary(
    files.map((file) => {
      const path = join(dir, file);
      return parseArticle(file, readFileSync(path, 'utf8'), relative(projectRoot, path));
    }),
  );
}
