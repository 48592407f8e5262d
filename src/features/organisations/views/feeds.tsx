import type { organisationFeeds } from '../../../db/schema/index.js';
import type { Locale } from '../../../i18n/locales.js';
import { ErrorSummary, Field, type FieldErrors, Notice, PostButton } from '../../../views/forms.js';
import type { listRuns } from '../../feeds/commands.js';
import type { OrgAccess } from '../access.js';
import type { OrgText } from '../messages/index.js';

/** An organisation's managed feeds (/orgs/{slug}/feeds): settings, history, held runs. */

type Feed = typeof organisationFeeds.$inferSelect;
type Run = Awaited<ReturnType<typeof listRuns>>[number];
export type FeedValues = {
  url: string;
  timezone: string;
  removalLimitPercent: string;
  everyHours: string;
};
type Ctx = { t: OrgText; locale: Locale; at: (d: Date) => string };

export function FeedFields({
  t,
  values,
  errors,
}: {
  t: OrgText;
  values: FeedValues;
  errors: FieldErrors;
}) {
  const f = t.feeds;
  return (
    <>
      <Field
        name="url"
        label={f.url}
        hint={f.urlHint}
        value={values.url}
        error={errors.url}
        maxlength={500}
        required
      />
      <Field
        name="timezone"
        label={f.timezone}
        hint={f.timezoneHint}
        value={values.timezone}
        error={errors.timezone}
        maxlength={64}
        required
      />
      <Field
        name="removalLimitPercent"
        type="number"
        inputmode="numeric"
        label={f.limit}
        hint={f.limitHint}
        value={values.removalLimitPercent}
        error={errors.removalLimitPercent}
      />
      <Field
        name="everyHours"
        type="number"
        inputmode="numeric"
        label={f.every}
        hint={f.everyHint}
        value={values.everyHours}
        error={errors.everyHours}
      />
    </>
  );
}

function History({ ctx, org, runs }: { ctx: Ctx; org: OrgAccess; runs: Run[] }) {
  const f = ctx.t.feeds;
  if (runs.length === 0) return <p>{f.noRuns}</p>;
  return (
    <ol class="feed-runs">
      {runs.map((r) => (
        <li id={`run-${r.id}`} class={r.waiting ? 'card card--warning' : 'card'}>
          <p>
            <strong>{f.outcomes[r.outcome as keyof typeof f.outcomes] ?? r.outcome}</strong> ·{' '}
            {ctx.at(r.startedAt)} · {r.trigger === 'editor' ? f.byEditor : f.bySchedule}
          </p>
          {r.outcome === 'applied' || r.outcome === 'confirmed' || r.outcome === 'held' ? (
            <p>{f.counts(r.added, r.updated, r.unchanged, r.removed, r.skipped)}</p>
          ) : null}
          {r.error ? <p class="field-error">{r.error}</p> : null}
          {r.warnings.length ? (
            <details>
              <summary>{f.warnings(r.warnings.length)}</summary>
              <ul>
                {r.warnings.slice(0, 50).map((w) => (
                  <li>
                    {w.slug ? `${w.slug}: ` : ''}
                    {w.field ? `${w.field}: ` : ''}
                    {w.message}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {r.waiting ? (
            <form method="post" action={`/orgs/${org.slug}/feeds/runs/${r.id}`} class="inline-form">
              <p>{f.heldWhy}</p>
              <button class="button button--primary" type="submit" name="decision" value="confirm">
                {f.confirm}
              </button>{' '}
              <button
                class="button button--secondary"
                type="submit"
                name="decision"
                value="discard"
              >
                {f.discard}
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function FeedsPage(props: {
  ctx: Ctx;
  org: OrgAccess;
  feeds: { feed: Feed; runs: Run[] }[];
  notice: string | null;
  values: FeedValues;
  errors: FieldErrors;
}) {
  const { ctx, org } = props;
  const f = ctx.t.feeds;
  return (
    <article class="org-feeds">
      <h1>{f.title(org.name)}</h1>
      <p class="lead">{f.lead}</p>
      <p>
        <a href={`/orgs/${org.slug}/manage`}>{f.back}</a>
      </p>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
      {props.feeds.map(({ feed, runs }) => (
        <section aria-labelledby={`feed-${feed.id}`} class="feed">
          <h2 id={`feed-${feed.id}`}>{feed.url}</h2>
          <p>
            {f.settings(feed.timezone, feed.everyHours, feed.removalLimitPercent)}{' '}
            {f.next(ctx.at(feed.nextFetchAt))}
          </p>
          <div class="button-row">
            <PostButton
              action={`/orgs/${org.slug}/feeds/${feed.id}/check`}
              label={f.check}
              secondary
            />
            <PostButton action={`/orgs/${org.slug}/feeds/${feed.id}/run`} label={f.runNow} />
            <a class="button button--secondary" href={`/orgs/${org.slug}/feeds/${feed.id}/edit`}>
              {f.edit}
            </a>
          </div>
          <h3>{f.history}</h3>
          <History ctx={ctx} org={org} runs={runs} />
        </section>
      ))}
      <section aria-labelledby="register">
        <h2 id="register">{f.register}</h2>
        <p class="hint">{f.registerHint}</p>
        <ErrorSummary errors={props.errors} title={ctx.t.form.problem} />
        {/* With a feed running, a second one is rare: the form waits behind a disclosure. */}
        <details open={props.feeds.length === 0 || Object.keys(props.errors).length > 0}>
          <summary>{f.registerAnother}</summary>
          <form method="post" action={`/orgs/${org.slug}/feeds`} novalidate>
            <FeedFields t={ctx.t} values={props.values} errors={props.errors} />
            <p class="actions">
              <button class="button button--primary" type="submit">
                {f.registerButton}
              </button>
            </p>
          </form>
        </details>
      </section>
    </article>
  );
}

export function EditFeedPage(props: {
  t: OrgText;
  org: OrgAccess;
  feed: Feed;
  values: FeedValues;
  errors: FieldErrors;
}) {
  const { t, org, feed } = props;
  const f = t.feeds;
  return (
    <article>
      <h1>{f.editTitle}</h1>
      <ErrorSummary errors={props.errors} title={t.form.problem} />
      <form method="post" action={`/orgs/${org.slug}/feeds/${feed.id}`} novalidate>
        <FeedFields t={t} values={props.values} errors={props.errors} />
        <p class="actions">
          <button class="button button--primary" type="submit">
            {t.form.save}
          </button>
        </p>
      </form>
      <form method="post" action={`/orgs/${org.slug}/feeds/${feed.id}/remove`}>
        <p class="hint">{f.removeHint}</p>
        <button class="button button--danger" type="submit">
          {f.remove}
        </button>
      </form>
      <p>
        <a href={`/orgs/${org.slug}/feeds`}>{f.backToFeeds}</a>
      </p>
    </article>
  );
}

/** The manage page's part: each feed's last run, and the way to the feeds page. */
export function FeedsSummary({
  ctx,
  org,
  feeds,
}: {
  ctx: Ctx;
  org: OrgAccess;
  feeds: { feed: Feed; runs: Run[] }[];
}) {
  const f = ctx.t.feeds;
  return (
    <>
      {feeds.length === 0 ? (
        <p>{f.none}</p>
      ) : (
        <ul>
          {feeds.map(({ feed, runs }) => (
            <li>
              {feed.url}:{' '}
              {runs[0]
                ? `${f.outcomes[runs[0].outcome as keyof typeof f.outcomes] ?? runs[0].outcome} (${ctx.at(runs[0].startedAt)})`
                : f.noRuns}
              {runs[0]?.waiting ? <strong> {f.waiting}</strong> : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a class="button button--secondary" href={`/orgs/${org.slug}/feeds`}>
          {feeds.length ? f.open : f.register}
        </a>
      </p>
    </>
  );
}
