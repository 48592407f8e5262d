import type { Locale } from '../../i18n/locales.js';
import { LANGUAGES, labelOf, TECHNIQUES, TOPICS } from '../../shared/taxonomy/index.js';
import { PostBody } from '../../views/plain-text.js';
import type { Words } from '../directory/present.js';
import { VerifiedBadge } from '../directory/views/badge.js';
import type { TherapistFilter } from './filters.js';
import type { TherapistCard, TherapistProfile } from './listing.js';
import type { TherapistText } from './messages/index.js';

/** Find a therapist (/therapists) and a therapist's profile (/therapists/{slug}). */

type Ctx = { t: TherapistText; locale: Locale; w: Words };

const labels = (vocabulary: Parameters<typeof labelOf>[0], codes: string[], locale: Locale) =>
  codes.map((c) => labelOf(vocabulary, c, locale)).join(', ');

function where(th: TherapistCard) {
  return [th.city, th.region, th.country].filter(Boolean).join(', ');
}

function Choice(props: {
  name: string;
  label: string;
  value: string;
  any: string;
  options: [string, string][];
}) {
  return (
    <p class="field">
      <label for={`f-${props.name}`}>{props.label}</label>
      <select id={`f-${props.name}`} name={props.name}>
        <option value="" selected={props.value === ''}>
          {props.any}
        </option>
        {props.options.map(([v, text]) => (
          <option value={v} selected={props.value === v}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
}

const optionsOf = (vocabulary: Parameters<typeof labelOf>[0], locale: Locale): [string, string][] =>
  Object.keys(vocabulary).map((c) => [c, labelOf(vocabulary, c, locale)] as [string, string]);

export function SearchPage(props: {
  ctx: Ctx;
  filter: TherapistFilter;
  facets: { licences: string[]; jurisdictions: string[] };
  total: number;
  therapists: TherapistCard[];
  pages: number;
  error: boolean;
}) {
  const { t, locale } = props.ctx;
  const s = t.search;
  const f = props.filter;
  const filtered = Boolean(
    f.technique || f.topic || f.language || f.licence || f.jurisdiction || f.online,
  );
  const href = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(f))
      if (k !== 'page' && v) q.set(k, v === true ? '1' : String(v));
    q.set('page', String(page));
    return `/therapists?${q}`;
  };
  return (
    <section class="therapists">
      <h1>{s.title}</h1>
      <p class="lead">{s.lead}</p>
      {props.error ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{s.problem}</h2>
          <p>{s.invalid}</p>
        </div>
      ) : null}
      <form method="get" action="/therapists" class="therapist-search">
        <div class="therapist-search__fields">
          <p class="field">
            <label for="f-q">{s.name}</label>
            <input id="f-q" name="q" type="search" value={f.q} maxlength={100} />
          </p>
          <p class="field">
            <label for="f-place">{s.place}</label>
            <input
              id="f-place"
              name="place"
              type="text"
              value={f.place}
              maxlength={100}
              autocomplete="address-level2"
            />
          </p>
        </div>
        {/* On a phone the results come first: the other filters fold away until asked for. */}
        <details class="therapist-search__more" open={filtered}>
          <summary>{s.filters}</summary>
          <div class="therapist-search__fields">
            <Choice
              name="technique"
              label={s.technique}
              value={f.technique}
              any={s.any}
              options={optionsOf(TECHNIQUES, locale)}
            />
            <Choice
              name="topic"
              label={s.topic}
              value={f.topic}
              any={s.any}
              options={optionsOf(TOPICS, locale)}
            />
            <Choice
              name="language"
              label={s.language}
              value={f.language}
              any={s.any}
              options={optionsOf(LANGUAGES, locale)}
            />
            <Choice
              name="licence"
              label={s.licence}
              value={f.licence}
              any={s.any}
              options={props.facets.licences.map((l) => [l, l])}
            />
            <Choice
              name="jurisdiction"
              label={s.jurisdiction}
              value={f.jurisdiction}
              any={s.any}
              options={props.facets.jurisdictions.map((j) => [j, j])}
            />
            <p class="field">
              <label class="check">
                <input type="checkbox" name="online" value="1" checked={f.online} /> {s.online}
              </label>
            </p>
          </div>
        </details>
        <p class="actions">
          <button type="submit" class="button button--primary">
            {s.submit}
          </button>{' '}
          <a href="/therapists">{s.clear}</a>
        </p>
      </form>
      <h2 aria-live="polite">{s.count(props.total)}</h2>
      {props.therapists.length === 0 ? (
        <p>
          {s.none} <a href="/groups?kind=therapy">{s.findGroups}</a>
        </p>
      ) : (
        <ol class="result-list">
          {props.therapists.map((th) => (
            <li class="result result--therapy">
              <h3 class="result__name">
                <a href={`/therapists/${th.slug}`}>{th.name}</a>
              </h3>
              <p class="result__badges">
                <span class="badge badge--verified">{props.ctx.w.m.badge.verified}</span>
                {th.online ? <span class="badge badge--neutral">{s.onlineToo}</span> : null}
              </p>
              <p>
                {th.licenceType}, {th.jurisdiction}
                {where(th) ? ` · ${where(th)}` : ''}
              </p>
              {th.techniques.length ? (
                <p class="muted">{labels(TECHNIQUES, th.techniques, locale)}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {props.pages > 1 ? (
        <nav class="pager" aria-label={s.pages}>
          {f.page > 1 ? (
            <a href={href(f.page - 1)} rel="prev">
              {s.previous}
            </a>
          ) : null}
          <span aria-current="page">{s.page(f.page, props.pages)}</span>
          {f.page < props.pages ? (
            <a href={href(f.page + 1)} rel="next">
              {s.next}
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

export function ProfilePage({ ctx, th }: { ctx: Ctx; th: TherapistProfile }) {
  const { t, locale, w } = ctx;
  const p = t.profile;
  const facts: [string, string][] = [
    [p.approaches, labels(TECHNIQUES, th.techniques, locale)],
    [p.worksWith, labels(TOPICS, th.topics, locale)],
    [p.languages, labels(LANGUAGES, th.languages, locale)],
    [p.where, [where(th), th.online ? p.online : ''].filter(Boolean).join(' · ')],
  ];
  return (
    <article class="therapist">
      <p class="breadcrumb">
        <a href="/therapists">{p.back}</a>
      </p>
      <h1>{th.name}</h1>
      <VerifiedBadge badge={{ ...th, slug: null, name: th.name }} w={w} link={false} explain />
      {th.bio ? (
        <section aria-labelledby="about">
          <h2 id="about">{p.about}</h2>
          <PostBody body={th.bio} />
        </section>
      ) : null}
      <dl class="facts">
        {facts
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {th.groups === null ? null : (
        <section aria-labelledby="groups">
          <h2 id="groups">{p.groups}</h2>
          {th.groups.length === 0 ? (
            <p>{p.noGroups}</p>
          ) : (
            <ul>
              {th.groups.map((g) => (
                <li>
                  <a href={`/groups/${g.slug}`}>{g.name}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </article>
  );
}
