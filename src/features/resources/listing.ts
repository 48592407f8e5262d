import type { Locale } from '../../i18n/locales.js';
import type { TopicCode } from '../../shared/taxonomy/index.js';
import { type Article, fold, type Library } from './articles.js';

/**
 * What /resources shows a viewer: one version of each article, in their language where it
 * exists and otherwise in the other one (the page marks it), narrowed by topic and words.
 */
export type ListQuery = { q?: string; topic?: TopicCode };

export function articlesFor(library: Library, locale: Locale): Article[] {
  const seen = new Set<string>();
  const chosen: Article[] = [];
  for (const article of library.articles) {
    if (seen.has(article.slug)) continue;
    seen.add(article.slug);
    const versions = library.versions(article.slug) ?? {};
    chosen.push(versions[locale] ?? article);
  }
  // Own-language articles first, each part in title order for that language.
  return chosen.sort(
    (a, b) =>
      Number(a.language !== locale) - Number(b.language !== locale) ||
      a.title.localeCompare(b.title, locale),
  );
}

/** Every word of the query must appear somewhere in the title, summary or body. */
export function matches(article: Article, q: string | undefined): boolean {
  const words = fold(q ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.every((word) => article.searchText.includes(word));
}

export function listArticles(library: Library, locale: Locale, query: ListQuery): Article[] {
  return articlesFor(library, locale).filter(
    (a) => (!query.topic || a.topics.includes(query.topic)) && matches(a, query.q),
  );
}

/** Topics that at least one article is about, for the filter. */
export function usedTopics(library: Library): TopicCode[] {
  return [...new Set(library.articles.flatMap((a) => a.topics))];
}
