import { ErrorSummary, Field, type FieldErrors, Notice, TextArea } from '../../views/forms.js';
import type { FeedCheckText } from './messages/index.js';
import { type FeedCheckReport, type ListingRef, problemsByRecord } from './report.js';

export const FEED_CHECK_PATH = '/tools/feed-check';
/** How many records' problems a page lists: a broken 2,000-meeting feed would be a book. */
const RECORDS_SHOWN = 200;
const NAMES_SHOWN = 50;

export type CheckValues = { url?: string; paste?: string; timezone?: string };

export function CheckForm(props: { m: FeedCheckText; errors?: FieldErrors; values?: CheckValues }) {
  const { m, errors = {}, values = {} } = props;
  return (
    <section class="form-narrow">
      <h1>{m.title}</h1>
      <p>{m.lead}</p>
      <ErrorSummary errors={errors} title={m.invalid} />
      <form method="post" action={FEED_CHECK_PATH} enctype="multipart/form-data" novalidate>
        <Field
          name="url"
          label={m.url}
          hint={m.urlHint}
          value={values.url}
          error={errors.url}
          maxlength={2000}
        />
        <TextArea
          name="paste"
          label={m.paste}
          hint={m.pasteHint}
          value={values.paste}
          error={errors.paste}
          maxlength={10 * 1024 * 1024}
          rows={6}
        />
        <p class={errors.file ? 'field field--error' : 'field'}>
          <label for="file">{m.file}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept="application/json,.json"
            aria-invalid={errors.file ? 'true' : undefined}
          />
        </p>
        <Field
          name="timezone"
          label={m.timezone}
          hint={m.timezoneHint}
          value={values.timezone}
          error={errors.timezone}
          maxlength={64}
        />
        <p>
          <button type="submit" class="button">
            {m.submit}
          </button>
        </p>
      </form>
    </section>
  );
}

function Names(props: {
  m: FeedCheckText;
  title: string;
  list: ListingRef[];
  fields?: Map<string, string[]>;
}) {
  const { m, list } = props;
  return (
    <>
      <h3>
        {props.title}: {list.length}
      </h3>
      {list.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <ul>
          {list.slice(0, NAMES_SHOWN).map((l) => (
            <li>
              {l.name} ({m.slug} {l.slug})
              {props.fields?.get(l.slug) ? `: ${props.fields.get(l.slug)!.join(', ')}` : ''}
            </li>
          ))}
          {list.length > NAMES_SHOWN ? <li>{m.andMore(list.length - NAMES_SHOWN)}</li> : null}
        </ul>
      )}
    </>
  );
}

export type Comparison = { organisation: string } | null;

export function ReportView(props: {
  m: FeedCheckText;
  report: FeedCheckReport;
  comparison: Comparison;
}) {
  const { m, report, comparison } = props;
  const groups = problemsByRecord(report.problems);
  const contactRecords = [...new Set(report.contacts.map((c) => c.index))];
  const d = report.diff;
  return (
    <section>
      <h1>{m.result}</h1>
      <Notice>
        <p>
          {m.summary(report.records, report.usable)} {m.counts(report.errors, report.warnings)}
        </p>
      </Notice>
      {report.errors + report.warnings > 0 ? <p>{m.errorsMean}</p> : <p>{m.clean}</p>}
      {report.refused ? (
        <div class="error-summary" role="alert">
          <h2>{m.refused}</h2>
          <ul>
            {report.refused.slice(0, 50).map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {groups.length > 0 ? (
        <>
          <h2>{m.byRecord}</h2>
          {groups.slice(0, RECORDS_SHOWN).map(([index, problems]) => (
            <article class="card">
              <h3>
                {index === null ? m.wholeFeed : m.record(index + 1)}
                {problems[0]?.slug ? ` (${m.slug} ${problems[0].slug})` : ''}
                {problems[0]?.name ? `: ${problems[0].name}` : ''}
              </h3>
              <ul>
                {problems.map((p) => (
                  <li>
                    <span
                      class={
                        p.severity === 'error' ? 'badge badge--warning' : 'badge badge--neutral'
                      }
                    >
                      {p.severity === 'error' ? m.error : m.warning}
                    </span>{' '}
                    {p.field ? <code>{p.field}</code> : null}
                    {p.field ? ': ' : ''}
                    {p.message}
                  </li>
                ))}
              </ul>
            </article>
          ))}
          {groups.length > RECORDS_SHOWN ? <p>{m.more(groups.length - RECORDS_SHOWN)}</p> : null}
        </>
      ) : null}
      {contactRecords.length > 0 ? (
        <>
          <h2>{m.contactsTitle}</h2>
          <p>{m.contactsLead(contactRecords.length)}</p>
          <ul>
            {contactRecords.slice(0, NAMES_SHOWN).map((index) => {
              const found = report.contacts.filter((c) => c.index === index);
              return (
                <li>
                  {m.record(index + 1)}
                  {found[0]?.slug ? ` (${m.slug} ${found[0].slug})` : ''}:{' '}
                  {found.map((c) => m.contactLine(c.field, m.contactWhat[c.what])).join(', ')}
                </li>
              );
            })}
            {contactRecords.length > NAMES_SHOWN ? (
              <li>{m.andMore(contactRecords.length - NAMES_SHOWN)}</li>
            ) : null}
          </ul>
        </>
      ) : null}
      <h2>{m.diffTitle}</h2>
      {d && comparison ? (
        <>
          <p>{m.comparedWith(d.published, comparison.organisation)}</p>
          <Names m={m} title={m.added} list={d.added} />
          <Names
            m={m}
            title={m.changed}
            list={d.changed}
            fields={new Map(d.changed.map((c) => [c.slug, c.fields]))}
          />
          <Names m={m} title={m.removed} list={d.removed} />
          <p>
            {m.unchanged(d.unchanged)}
            {d.kept ? ` ${m.kept(d.kept)}` : ''}
          </p>
        </>
      ) : (
        <p>{m.notCompared}</p>
      )}
      <p>
        <a href={FEED_CHECK_PATH}>{m.checkAnother}</a>
      </p>
    </section>
  );
}
