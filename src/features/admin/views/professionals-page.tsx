import type { Locale } from '../../../i18n/locales.js';
import { TECHNIQUES, type TechniqueCode } from '../../../shared/taxonomy/index.js';
import { ErrorSummary, type FieldErrors, TextArea } from '../../../views/forms.js';
import { professionalText } from '../../accounts/messages/index.js';
import { isKnownLicence } from '../../accounts/professional.js';
import { formatDay } from '../../accounts/views/professional-page.js';
import type { AdminText } from '../messages/index.js';
import type { QueueEntry } from '../queries.js';
import { AdminFrame, When } from './admin-pages.js';

type Props = {
  m: AdminText;
  locale: Locale;
  viewerId: string;
  queue: QueueEntry[];
  notice?: string;
  /** Keyed by `reason-<userId>`: the decline form that was sent with a problem. */
  errors?: FieldErrors;
  reasons?: Record<string, string>;
};

/** The verification queue: every licence detail an administrator needs to check it. */
export function ProfessionalsPage(props: Props) {
  const { m, errors = {} } = props;
  const p = m.professionals;
  return (
    <AdminFrame m={m} section="professionals" title={p.title} notice={props.notice}>
      <p>{p.lead}</p>
      <ErrorSummary errors={errors} title={m.errorTitle} />
      {props.queue.length === 0 ? <p>{p.empty}</p> : null}
      {props.queue.map((entry) => (
        <Entry {...props} entry={entry} />
      ))}
    </AdminFrame>
  );
}

function Entry({
  m,
  locale,
  viewerId,
  entry,
  errors = {},
  reasons = {},
}: Props & { entry: QueueEntry }) {
  const p = m.professionals;
  const licences = professionalText(locale).licences;
  const today = new Date().toISOString().slice(0, 10);
  const heading = `entry-${entry.userId}`;
  const reasonId = `reason-${entry.userId}`;
  const base = `/admin/professionals/${encodeURIComponent(entry.userId)}`;
  const own = entry.userId === viewerId;
  const methods = entry.modalities
    .map((code) => TECHNIQUES[code as TechniqueCode]?.[locale] ?? code)
    .join(', ');
  return (
    <article class="result" aria-labelledby={heading}>
      <h2 id={heading}>{entry.name}</h2>
      <dl class="facts">
        <div>
          <dt>{p.status}</dt>
          <dd>{p.statuses[entry.status]}</dd>
        </div>
        <div>
          <dt>{p.licenceType}</dt>
          <dd>
            {isKnownLicence(entry.licenceType) ? licences[entry.licenceType] : entry.licenceType}
          </dd>
        </div>
        <div>
          <dt>{p.licenceNumber}</dt>
          <dd>{entry.licenceNumber}</dd>
        </div>
        <div>
          <dt>{p.jurisdiction}</dt>
          <dd>{entry.jurisdiction}</dd>
        </div>
        <div>
          <dt>{p.expiresOn}</dt>
          <dd>
            {formatDay(entry.expiresOn, locale)} {entry.expiresOn <= today ? p.expiredNote : ''}
          </dd>
        </div>
        <div>
          <dt>{p.modalities}</dt>
          <dd>{methods || p.none}</dd>
        </div>
        <div>
          <dt>{p.bio}</dt>
          <dd>{entry.bio || p.none}</dd>
        </div>
        <div>
          <dt>{p.submitted}</dt>
          <dd>
            <When at={entry.submittedAt} locale={locale} />
          </dd>
        </div>
        {entry.decisionReason ? (
          <div>
            <dt>{p.reason}</dt>
            <dd>{entry.decisionReason}</dd>
          </div>
        ) : null}
      </dl>
      {own && entry.status !== 'declined' ? <p class="muted">{p.ownProfile}</p> : null}
      {!own && entry.status === 'pending' ? (
        <form method="post" action={`${base}/verify`}>
          <button type="submit" class="button">
            {p.verify} <span class="visually-hidden">{entry.name}</span>
          </button>
        </form>
      ) : null}
      {!own && entry.status !== 'declined' ? (
        <form method="post" action={`${base}/decline`} class="form-narrow" novalidate>
          <TextArea
            name="reason"
            id={reasonId}
            label={p.declineReason}
            hint={p.declineHint}
            value={reasons[reasonId] ?? ''}
            error={errors[reasonId]}
            maxlength={500}
            rows={3}
            required
          />
          <p>
            <button type="submit" class="button button--secondary">
              {entry.status === 'verified' ? p.revoke : p.decline}{' '}
              <span class="visually-hidden">{entry.name}</span>
            </button>
          </p>
        </form>
      ) : null}
    </article>
  );
}
