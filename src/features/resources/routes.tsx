import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { AppEnv } from '../../app-env.js';
import { isLocale, LOCALES } from '../../i18n/locales.js';
import { loggableError } from '../../lib/loggable-error.js';
import { SLUG } from '../../lib/slug-pattern.js';
import { codes, TOPICS } from '../../shared/taxonomy/index.js';
import { renderPage } from '../../views/page.js';
import { ARTICLES_DIR, type Library, loadLibrary } from './articles.js';
import { type ListQuery, listArticles, usedTopics } from './listing.js';
import { resourceMessages } from './messages/index.js';
import { relatedGroups } from './related.js';
import { ArticlePage } from './views/article-page.js';
import { ListPage } from './views/list-page.js';

// A bad topic or an over-long query is dropped rather than refused: this is a reading page.
const listQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  topic: z
    .enum(codes(TOPICS) as [string, ...string[]])
    .optional()
    .catch(undefined),
});

let shared: Library | undefined;
const sharedLibrary = () => {
  shared ??= loadLibrary(ARTICLES_DIR);
  return shared;
};

/**
 * /resources and /resources/:slug. The articles are read once, when the app is built, so a
 * broken file stops start-up instead of a page; tests may hand in their own library.
 */
export function resourceRoutes(library: Library = sharedLibrary()) {
  const app = new Hono<AppEnv>();
  const topics = usedTopics(library);

  app.get('/resources', (c) => {
    const locale = c.var.locale;
    const text = resourceMessages(locale);
    const parsed = listQuery.parse({ q: c.req.query('q'), topic: c.req.query('topic') });
    const query: ListQuery = {
      q: parsed.q || undefined,
      topic: parsed.topic as ListQuery['topic'],
    };
    return renderPage(
      c,
      { title: text.title, description: text.description },
      <ListPage
        locale={locale}
        text={text}
        query={query}
        topics={topics}
        articles={listArticles(library, locale, query)}
      />,
    );
  });

  app.get(`/resources/:slug{${SLUG}}`, async (c) => {
    const locale = c.var.locale;
    const text = resourceMessages(locale);
    const versions = library.versions(c.req.param('slug'));
    if (!versions) throw new HTTPException(404, { message: text.notFound });
    // ?lang= picks a version explicitly (the link to the other language); else the viewer's.
    const asked = c.req.query('lang');
    const language = isLocale(asked) && versions[asked] ? asked : locale;
    const article = versions[language] ?? LOCALES.map((l) => versions[l]).find(Boolean);
    if (!article) throw new HTTPException(404, { message: text.notFound });
    // The link to the same article in another language (the first there is, in LOCALES order).
    const other = LOCALES.filter((l) => l !== article.language)
      .map((l) => versions[l])
      .find(Boolean);
    const { searchIndex, config, logger } = c.var.deps;
    // Related groups are a bonus: the article still shows if the directory cannot answer.
    const related = await relatedGroups(searchIndex, config, article.topics).catch((error) => {
      logger.warn(
        { error: loggableError(error), requestId: c.var.requestId },
        'related groups unavailable',
      );
      return undefined;
    });
    return renderPage(
      c,
      { title: article.title, description: article.summary },
      <ArticlePage locale={locale} text={text} article={article} other={other} related={related} />,
    );
  });

  return app;
}
