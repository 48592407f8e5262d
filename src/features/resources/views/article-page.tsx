import { raw } from 'hono/html';
import type { Locale } from '../../../i18n/locales.js';
import type { Article } from '../articles.js';
import { type ResourceText, resourceMessages } from '../messages/index.js';
import type { RelatedGroups } from '../related.js';
import { langIfOther, TopicLinks } from './list-page.js';

type Props = {
  locale: Locale;
  text: ResourceText;
  article: Article;
  /** The same article in the other language, when it exists. */
  other?: Article;
  related?: RelatedGroups;
};

function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function Related({ related, text }: { related?: RelatedGroups; text: ResourceText }) {
  if (!related) {
    return (
      <section class="resource-related" aria-labelledby="related-heading">
        <h2 id="related-heading">{text.browseGroups}</h2>
        <p>{text.browseIntro}</p>
        <p>
          <a class="button button--secondary" href="/groups">
            {text.browseGroups}
          </a>
        </p>
      </section>
    );
  }
  return (
    <section class="resource-related" aria-labelledby="related-heading">
      <h2 id="related-heading">{text.relatedHeading}</h2>
      {related.groups.length === 0 ? (
        <p>{text.relatedNone}</p>
      ) : (
        <ul class="result-list">
          {related.groups.map((g) => (
            <li class={`result result--${g.kind}`}>
              <p class={`badge badge--${g.kind}`}>{text.kind[g.kind]}</p>
              <h3>
                <a href={`/groups/${g.slug}`}>{g.name}</a>
              </h3>
              <p class="muted">
                {g.mode === 'online'
                  ? text.mode.online
                  : [[g.city, g.region].filter(Boolean).join(', '), text.mode[g.mode]]
                      .filter(Boolean)
                      .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a class="button button--secondary" href={related.allHref}>
          {text.relatedAll}
        </a>
      </p>
    </section>
  );
}

export function ArticlePage({ locale, text, article, other, related }: Props) {
  const lang = langIfOther(article, locale);
  return (
    <>
      <p class="resource-back">
        <a href="/resources">{text.back}</a>
      </p>
      <article class="resource-article" lang={lang}>
        <header>
          <h1>{article.title}</h1>
          <p class="lead">{article.summary}</p>
        </header>
        <p class="resource-meta" lang={lang ? locale : undefined}>
          <span>
            {text.reviewed}:{' '}
            <time datetime={article.reviewed}>{formatDate(article.reviewed, locale)}</time>
          </span>
          <span>{text.minutes(article.minutes)}</span>
          {article.topics.length > 0 ? (
            <span>
              {text.topics}: <TopicLinks topics={article.topics} locale={locale} />
            </span>
          ) : null}
        </p>
        {other ? (
          <p>
            <a
              href={`/resources/${other.slug}?lang=${other.language}`}
              hreflang={other.language}
              lang={other.language}
            >
              {resourceMessages(other.language).otherVersion}
            </a>
          </p>
        ) : null}
        <div class="resource-body">{raw(article.html)}</div>
      </article>
      <p class="notice resource-note">
        {text.notAdvice} <a href="/crisis">{text.crisisLink}</a>
      </p>
      <Related related={related} text={text} />
    </>
  );
}
