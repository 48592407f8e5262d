import type { Locale } from '../../../i18n/locales.js';
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  PostButton,
  Tick,
} from '../../../views/forms.js';
import type { StateChange } from '../commands.js';
import type { LeadText } from '../messages/index.js';
import type { LedGroup } from '../queries.js';
import { meetingPath, when } from './parts.js';
import { Preview, type SchedulePreview } from './schedule-fields.js';

export function stateText(m: LeadText, g: { published: boolean; status: LedGroup['status'] }) {
  return `${g.published ? m.states.published : m.states.draft} · ${m.states[g.status]}`;
}

export function Dashboard(props: {
  m: LeadText;
  locale: Locale;
  groups: LedGroup[];
  coming: { slug: string; name: string; startsAt: Date; timezone: string }[];
  attended: { slug: string; name: string; startsAt: Date; present: number }[];
  zone: string;
  notice?: string;
}) {
  const { m, locale } = props;
  const d = m.dashboard;
  return (
    <section>
      <h1>{d.title}</h1>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
      <p class="lead">{d.lead}</p>
      <p>
        <a class="button" href="/lead/new">
          {d.start}
        </a>
      </p>
      {props.groups.length === 0 ? (
        <p>{d.none}</p>
      ) : (
        <table class="table-stack">
          <thead>
            <tr>
              <th scope="col">{d.group}</th>
              <th scope="col">{d.state}</th>
              <th scope="col">{d.waiting}</th>
              <th scope="col">{d.members}</th>
              <th scope="col">{d.next}</th>
            </tr>
          </thead>
          <tbody>
            {props.groups.map((g) => (
              <tr>
                <th scope="row" data-label={d.group}>
                  <a href={`/lead/${g.slug}`}>{g.name}</a>
                  <br />
                  <span class="muted">
                    {m.kinds[g.kind]} · {g.role === 'owner' ? d.owner : d.coLeader}
                  </span>
                </th>
                <td data-label={d.state}>{stateText(m, g)}</td>
                <td data-label={d.waiting}>
                  {g.waiting > 0 ? (
                    <a href={`/lead/${g.slug}/people`}>{d.waitingLink(g.waiting)}</a>
                  ) : (
                    <a href={`/lead/${g.slug}/people`}>{d.noneWaiting}</a>
                  )}
                </td>
                <td data-label={d.members}>{g.members}</td>
                <td data-label={d.next}>
                  {g.next ? when(g.next, props.zone, locale) : d.noNext}
                  <br />
                  <a href={`/lead/${g.slug}/meetings`}>{d.meetings}</a> ·{' '}
                  <a href={`/lead/${g.slug}/attendance`}>{d.attendance}</a>
                  {g.mode !== 'in_person' ? (
                    <>
                      {' · '}
                      <a href={`/groups/${g.slug}/room`}>{d.room}</a>
                    </>
                  ) : null}
                  {' · '}
                  <a href={`/groups/${g.slug}/board`}>{d.board}</a> ·{' '}
                  <a href={`/lead/${g.slug}/moderation`}>{d.moderation}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.coming.length > 0 ? (
        <section aria-labelledby="coming-heading">
          <h2 id="coming-heading">{d.comingHeading}</h2>
          <ul>
            {props.coming.map((mt) => (
              <li>
                {when(mt.startsAt, mt.timezone, locale)}:{' '}
                <a href={`/lead/${mt.slug}/meetings`}>{mt.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {props.attended.length > 0 ? (
        <section aria-labelledby="attended-heading">
          <h2 id="attended-heading">{d.attendanceHeading}</h2>
          <ul>
            {props.attended.map((row) => (
              <li>
                <a href={meetingPath(row.slug, row.startsAt)}>
                  {when(row.startsAt, props.zone, locale)}
                </a>
                , {row.name}: {d.came(row.present)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

export function ChooseKind({ m, therapyAllowed }: { m: LeadText; therapyAllowed: boolean }) {
  const c = m.choose;
  return (
    <section class="form-narrow">
      <h1>{c.title}</h1>
      <p class="lead">{c.lead}</p>
      <ul class="choices-list">
        <li>
          <h2>
            <a href="/lead/new?kind=support">{c.support}</a>
          </h2>
          <p>{c.supportHint}</p>
        </li>
        <li>
          <h2>{therapyAllowed ? <a href="/lead/new?kind=therapy">{c.therapy}</a> : c.therapy}</h2>
          <p>{c.therapyHint}</p>
          {therapyAllowed ? null : (
            <p>
              {c.therapyNo} <a href="/account/professional">{c.therapyNoLink}</a>
            </p>
          )}
        </li>
      </ul>
    </section>
  );
}

export function PledgePage({ m, errors }: { m: LeadText; errors?: FieldErrors }) {
  const p = m.pledge;
  return (
    <section class="form-narrow">
      <h1>{p.title}</h1>
      <ErrorSummary errors={errors ?? {}} title={m.errorTitle} />
      <p class="lead">{p.lead}</p>
      <ul>
        {p.points.map((point) => (
          <li>{point}</li>
        ))}
      </ul>
      <form method="post" action="/lead/pledge">
        <Tick name="pledge" label={p.tick} checked={false} error={errors?.pledge} />
        <p>
          <button type="submit" class="button">
            {p.submit}
          </button>
        </p>
      </form>
    </section>
  );
}

export type OverviewProps = {
  m: LeadText;
  locale: Locale;
  group: {
    slug: string;
    name: string;
    kind: 'support' | 'therapy';
    policy: string;
    published: boolean;
    status: LedGroup['status'];
  };
  notice?: string;
  preview: SchedulePreview | null;
  waiting: number;
  agreementVersion: number | null;
  changes: StateChange[];
  /** Whether the viewer writes this group's intake questions. */
  intake: boolean;
};

export function Overview(props: OverviewProps) {
  const { m, group: g } = props;
  const o = m.overview;
  const base = `/lead/${g.slug}`;
  return (
    <section>
      <h1>{g.name}</h1>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
      <p>
        <strong>{o.state}:</strong> {m.kinds[g.kind]} · {stateText(m, g)}
        {props.agreementVersion ? ` · ${o.agreementVersion(props.agreementVersion)}` : ''}
      </p>
      <nav aria-label={o.manage}>
        <ul class="links-row">
          <li>
            <a href={`${base}/edit`}>{o.edit}</a>
          </li>
          <li>
            <a href={`${base}/people`}>
              {o.people}
              {props.waiting > 0 ? ` (${m.dashboard.waitingLink(props.waiting)})` : ''}
            </a>
          </li>
          <li>
            <a href={`${base}/threads`}>{o.threads}</a>
          </li>
          <li>
            <a href={`${base}/meetings`}>{o.meetings}</a>
          </li>
          <li>
            <a href={`${base}/attendance`}>{o.attendance}</a>
          </li>
          <li>
            <a href={`${base}/leaders`}>{o.leaders}</a>
          </li>
          {props.intake ? (
            <li>
              <a href={`${base}/intake`}>{o.intake}</a>
            </li>
          ) : null}
          {props.intake ? (
            <li>
              <a href={`${base}/plans`}>{o.plans}</a>
            </li>
          ) : null}
          {props.intake ? (
            <li>
              <a href={`${base}/notes`}>{o.notes}</a>
            </li>
          ) : null}
          {props.intake ? (
            <li>
              <a href={`${base}/measures`}>{o.measures}</a>
            </li>
          ) : null}
          <li>
            <a href={`/groups/${g.slug}`}>{o.public}</a>
          </li>
        </ul>
      </nav>
      {props.preview ? <Preview m={m} preview={props.preview} /> : null}
      {props.changes.length > 0 ? (
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading">{o.actions}</h2>
          <ul class="action-list">
            {props.changes.map((change) => (
              <li>
                {change === 'end' || change === 'close' ? (
                  <a class="button button--secondary" href={`${base}/${change}`}>
                    {o.actionButtons[change]}
                  </a>
                ) : (
                  <PostButton
                    action={`${base}/state`}
                    label={o.actionButtons[change]}
                    secondary={change !== 'publish'}
                    fields={{ change }}
                  />
                )}{' '}
                <span class="muted">{o.actionHints[change]}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

export function EndConfirm({ m, slug, name }: { m: LeadText; slug: string; name: string }) {
  const o = m.overview;
  return (
    <section class="form-narrow">
      <h1>{o.endTitle(name)}</h1>
      <p>{o.endLead}</p>
      <p class="actions">
        <PostButton
          action={`/lead/${slug}/state`}
          label={o.endConfirm}
          fields={{ change: 'end', confirm: 'yes' }}
        />{' '}
        <a href={`/lead/${slug}`}>{o.cancel}</a>
      </p>
    </section>
  );
}

/** Closing for a while: the leader may say when the group expects to meet again. */
export function CloseForm(props: {
  m: LeadText;
  slug: string;
  name: string;
  value?: string;
  error?: string;
}) {
  const t = props.m.close;
  return (
    <section class="form-narrow">
      <h1>{t.title(props.name)}</h1>
      <ErrorSummary errors={{ reopens_on: props.error }} title={props.m.errorTitle} />
      <p>{t.lead}</p>
      <form method="post" action={`/lead/${props.slug}/state`}>
        <input type="hidden" name="change" value="close" />
        <Field
          name="reopens_on"
          type="date"
          label={t.label}
          hint={t.hint}
          value={props.value}
          error={props.error}
        />
        <p class="actions">
          <button type="submit" class="button">
            {t.confirm}
          </button>{' '}
          <a href={`/lead/${props.slug}`}>{t.cancel}</a>
        </p>
      </form>
    </section>
  );
}
