import type { Locale } from '../../../i18n/locales.js';
import { plainDateOf } from '../../../shared/schedule/format.js';
import { Notice, PostButton } from '../../../views/forms.js';
import type { OrgText } from '../messages/index.js';
import type { reviewQueue } from '../queries.js';

/** Administrators' organisation page (/admin/organisations): claims, verification, imports. */

type Queue = Awaited<ReturnType<typeof reviewQueue>>;
const day = (d: Date | string, locale: Locale) =>
  plainDateOf(new Date(d).toISOString().slice(0, 10), locale);

export function AdminOrgsPage({
  t,
  locale,
  queue,
  notice,
}: {
  t: OrgText;
  locale: Locale;
  queue: Queue;
  notice: string | null;
}) {
  const a = t.admin;
  return (
    <article>
      <h1>{a.title}</h1>
      {notice ? (
        <Notice>
          <p>{notice}</p>
        </Notice>
      ) : null}
      <section aria-labelledby="claims">
        <h2 id="claims">{a.claims}</h2>
        {queue.claims.length === 0 ? (
          <p>{a.noClaims}</p>
        ) : (
          <ul class="claims">
            {queue.claims.map((c) => (
              <li class="card">
                <h3>
                  <a href={`/orgs/${c.org_slug}`}>{c.org_name}</a>
                </h3>
                <p>
                  {a.claimBy(c.user_name, c.user_email)} · {day(c.created_at, locale)} ·{' '}
                  {a.groups(c.groups)}
                </p>
                <blockquote>{c.message}</blockquote>
                <form
                  method="post"
                  action={`/admin/organisations/claims/${c.id}`}
                  class="inline-form"
                >
                  <button
                    class="button button--primary"
                    type="submit"
                    name="outcome"
                    value="approved"
                  >
                    {a.approve}
                  </button>{' '}
                  <button
                    class="button button--secondary"
                    type="submit"
                    name="outcome"
                    value="declined"
                  >
                    {a.decline}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="accounts">
        <h2 id="accounts">{a.accounts}</h2>
        <table class="table-stack">
          <caption class="visually-hidden">{a.accounts}</caption>
          <thead>
            <tr>
              <th scope="col">{a.name}</th>
              <th scope="col">{a.owners}</th>
              <th scope="col">{a.state}</th>
              <th scope="col">{a.action}</th>
            </tr>
          </thead>
          <tbody>
            {queue.accounts.map((o) => (
              <tr>
                <td data-label={a.name}>
                  <a href={`/orgs/${o.slug}`}>{o.name}</a> ({t.kinds[o.kind as 'other'] ?? o.kind})
                  {o.url ? (
                    <>
                      {' · '}
                      <a href={o.url} rel="nofollow noopener noreferrer">
                        {o.url}
                      </a>
                    </>
                  ) : null}
                </td>
                <td data-label={a.owners}>{o.owners}</td>
                <td data-label={a.state}>
                  {o.verified_at ? a.verifiedOn(day(o.verified_at, locale)) : a.unverified}
                </td>
                <td data-label={a.action}>
                  <PostButton
                    action={`/admin/organisations/${o.slug}/verification`}
                    fields={{ verified: o.verified_at ? 'no' : 'yes' }}
                    label={o.verified_at ? a.unverify : a.verify}
                    secondary
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">{a.sources}</h2>
        <p class="hint">{a.sourcesHint}</p>
        {queue.sources.length === 0 ? (
          <p>{a.noSources}</p>
        ) : (
          <form method="post" action="/admin/organisations/sources" class="inline-form">
            <p class="field">
              <label for="source">{a.source}</label>
              <select id="source" name="source">
                {queue.sources.map((s) => (
                  <option value={s.source_name}>{a.sourceOption(s.source_name, s.groups)}</option>
                ))}
              </select>
            </p>
            <p class="field">
              <label for="organisation">{a.toOrganisation}</label>
              <select id="organisation" name="organisation">
                {queue.accounts.map((o) => (
                  <option value={o.slug}>{o.name}</option>
                ))}
              </select>
            </p>
            <button class="button button--secondary" type="submit">
              {a.give}
            </button>
          </form>
        )}
      </section>
    </article>
  );
}
