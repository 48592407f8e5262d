import type { Locale } from '../../../i18n/locales.js';
import { TOPICS, type TopicCode } from '../../../shared/taxonomy/index.js';
import type { Article } from '../articles.js';
import type { ListQuery } from '../listing.js';
import type { ResourceText } from '../messages/index.js';

type Props = {
  locale: Locale;
  text: ResourceText;
  query: ListQuery;
  topics: TopicCode[];
  articles: Article[];
};

/** The language attribute for text that is not in the page's language. */
export const langIfOther = (article: Article, locale: Locale) =>
  article.language === locale ? undefined : article.language;

/** The article's topics, each a link to the library filtered by it. */
export function TopicLinks(props: { topics: TopicCode[]; locale: Locale }) {
  return (
    <>
      {props.topics.map((topic, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={`/resources?topic=${topic}`}>{TOPICS[topic][props.locale]}</a>
        </>
      ))}
    </>
  );
}

function ArticleCard({
  article,
  locale,
  text,
}: {
  article: Article;
  locale: Locale;
  text: ResourceText;
}) {
  const lang = langIfOther(article, locale);
  return (
    <li class="resource-card">
      <h2 class="resource-card__title">
        <a href={`/resources/${article.slug}`} lang={lang}>
          {article.title}
        </a>
        {lang ? (
          <span class="resource-card__language"> ({text.inLanguage[article.language]})</span>
        ) : null}
      </h2>
      <p lang={lang}>{article.summary}</p>
      <p class="resource-meta">
        <span>{text.minutes(article.minutes)}</span>
        {article.topics.length > 0 ? (
          <span>
            <span class="visually-hidden">{text.topics}: </span>
            <TopicLinks topics={article.topics} locale={locale} />
          </span>
        ) : (
          <span>{text.general}</span>
        )}
      </p>
    </li>
  );
}

export function ListPage({ locale, text, query, topics, articles }: Props) {
  const filtered = Boolean(query.q || query.topic);
  return (
    <section class="resources">
      <h1>{text.title}</h1>
      <p class="lead">{text.intro}</p>
      <form class="search-form resource-search" method="get" action="/resources">
        <div class="field-row resource-search__fields">
          <div class="field">
            <label for="resource-q">{text.searchLabel}</label>
            <input id="resource-q" type="search" name="q" value={query.q ?? ''} maxlength={200} />
          </div>
          <div class="field">
            <label for="resource-topic">{text.topicLabel}</label>
            <select id="resource-topic" name="topic">
              <option value="">{text.allTopics}</option>
              {[...topics]
                .sort((a, b) => TOPICS[a][locale].localeCompare(TOPICS[b][locale], locale))
                .map((code) => (
                  <option value={code} selected={code === query.topic}>
                    {TOPICS[code][locale]}
                  </option>
                ))}
            </select>
          </div>
        </div>
        <div class="actions">
          <button class="button" type="submit">
            {text.searchButton}
          </button>
          {filtered ? <a href="/resources">{text.clear}</a> : null}
        </div>
      </form>
      <p class="resource-count" id="resource-count">
        {query.q ? text.countFor(articles.length, query.q) : text.count(articles.length)}
      </p>
      {articles.length === 0 ? (
        <p class="notice">{text.none}</p>
      ) : (
        <ul class="resource-list" aria-labelledby="resource-count">
          {articles.map((article) => (
            <ArticleCard article={article} locale={locale} text={text} />
          ))}
        </ul>
      )}
    </section>
  );
}
