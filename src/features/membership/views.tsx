import type { MembershipStatus } from '../../db/schema/index.js';
import {
  describedBy,
  ErrorSummary,
  type FieldErrors,
  HintAndError,
  Notice,
  TextArea,
} from '../../views/forms.js';
import type { GroupAccess } from './access.js';
import type { MembershipText } from './messages.js';
import type { Application, IntakeQuestion, Person } from './queries.js';

type Agreement = { version: number; body: string } | null;
type Link = { slug: string; name: string };

/** The agreement's words and the box that accepts them (the version travels with the form). */
function AgreementBox({
  m,
  agreement,
  error,
}: {
  m: MembershipText;
  agreement: Agreement;
  error?: string;
}) {
  if (!agreement) return null;
  return (
    <fieldset class={error ? 'field field--error' : 'field'}>
      <legend>{m.panel.agreementHeading}</legend>
      <blockquote class="agreement">
        {agreement.body.split(/\n{2,}/).map((p) => (
          <p>{p}</p>
        ))}
      </blockquote>
      <HintAndError id="agreement" error={error} />
      <p class="check">
        <input
          type="checkbox"
          id="agreement"
          name="agreement"
          value={String(agreement.version)}
          aria-describedby={error ? 'agreement-error' : undefined}
          aria-invalid={error ? 'true' : undefined}
        />
        <label for="agreement">{m.panel.agreementAccept}</label>
      </p>
    </fieldset>
  );
}

export type PanelProps = {
  m: MembershipText;
  access: GroupAccess;
  signedIn: boolean;
  canAsk: boolean;
  canLead: boolean;
  /** May write privately to the leaders (features/threads). */
  canWrite: boolean;
  agreement: Agreement;
  /** Shown to members and leaders only (the route asked the policies). */
  count?: number;
  names?: string[];
  full: boolean;
  position?: number;
  offerUntil?: string;
  decline?: { note: string | null; referrals: Link[] } | null;
  notice?: string;
  errors?: FieldErrors;
  message?: string;
};

/** The "Joining this group" section of a group page, for this viewer. */
export function MembershipPanel(p: PanelProps) {
  const { m, access: a } = p;
  const base = `/groups/${a.slug}`;
  const status = a.membership?.status;
  const errors = p.errors ?? {};
  return (
    <section aria-labelledby="joining" id="join" class="panel membership">
      <h2 id="joining">{m.panel.heading}</h2>
      {p.notice ? (
        <Notice>
          <p>{p.notice}</p>
        </Notice>
      ) : null}
      <ErrorSummary errors={errors} title={m.errors.summary} />
      <p>{m.panel.policy[a.policy]}</p>
      {!p.signedIn ? (
        <>
          <p>
            <a class="button" href={`/sign-in?next=${encodeURIComponent(`${base}#join`)}`}>
              {m.panel.signIn}
            </a>
          </p>
          <p class="hint">{m.panel.signInWhy}</p>
        </>
      ) : null}
      {p.canLead ? (
        <p>
          {m.panel.youLead} <a href={`/lead/${a.slug}/people`}>{m.panel.manage}</a>
        </p>
      ) : null}
      {status ? <StatusLine {...p} status={status} /> : null}
      {p.count !== undefined ? <p>{m.panel.members(p.count)}</p> : null}
      {p.names && p.names.length > 0 ? (
        <>
          <h3>{m.panel.memberNames}</h3>
          <ul class="inline-list">
            {p.names.map((n) => (
              <li>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
      {status === 'member' &&
      p.agreement &&
      (a.membership?.agreementVersion ?? 0) < p.agreement.version ? (
        <form method="post" action={`${base}/agreement`}>
          <p>{m.panel.agreementChanged}</p>
          <AgreementBox m={m} agreement={p.agreement} error={errors.agreement} />
          <button type="submit" class="button">
            {m.panel.acceptAgreement}
          </button>
        </form>
      ) : null}
      {status === 'offered' ? (
        <form method="post" action={`${base}/offer`} class="actions">
          <button type="submit" name="answer" value="accept" class="button">
            {m.panel.takeSeat}
          </button>{' '}
          <button type="submit" name="answer" value="decline" class="button button--secondary">
            {m.panel.declineSeat}
          </button>
        </form>
      ) : null}
      {p.canAsk ? <JoinForm {...p} /> : null}
      {p.signedIn && !p.canAsk && !status && !p.canLead && a.status !== 'active' ? (
        <p>{m.panel.closed}</p>
      ) : null}
      {p.canWrite ? (
        <p>
          <a href={`${base}/write`}>{m.panel.write}</a>
        </p>
      ) : null}
      {status && ['member', 'requested', 'applied', 'screening', 'waitlisted'].includes(status) ? (
        <p>
          <a href={`${base}/leave`}>{status === 'member' ? m.panel.leave : m.panel.withdraw}</a>
        </p>
      ) : null}
      {p.signedIn ? <p class="hint">{m.panel.privateNote}</p> : null}
    </section>
  );
}

function StatusLine(p: PanelProps & { status: MembershipStatus }) {
  const { m } = p;
  const line =
    p.status === 'offered' ? m.panel.status.offered(p.offerUntil ?? '') : m.panel.status[p.status];
  return (
    <>
      <p class="status-line">
        <strong>{line}</strong>
      </p>
      {p.status === 'waitlisted' && p.position ? (
        <p>{m.panel.waitlistPosition(p.position)}</p>
      ) : null}
      {p.decline?.note ? (
        <>
          <p>{m.panel.declineNote}</p>
          <blockquote>
            <p>{p.decline.note}</p>
          </blockquote>
        </>
      ) : null}
      {p.status === 'declined' && p.decline && p.decline.referrals.length > 0 ? (
        <>
          <p>{m.panel.suggestions}</p>
          <ul>
            {p.decline.referrals.map((g) => (
              <li>
                <a href={`/groups/${g.slug}`}>{g.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function JoinForm(p: PanelProps) {
  const { m, access: a } = p;
  const base = `/groups/${a.slug}`;
  const errors = p.errors ?? {};
  if (a.policy === 'application') {
    return (
      <p>
        <a class="button" href={`${base}/apply`}>
          {m.panel.apply}
        </a>
      </p>
    );
  }
  return (
    <form method="post" action={`${base}/join`} novalidate>
      {p.full && a.policy === 'drop_in' ? <p>{m.panel.full}</p> : null}
      <AgreementBox m={m} agreement={p.agreement} error={errors.agreement} />
      {a.policy === 'approval' ? (
        <TextArea
          name="message"
          label={m.panel.messageLabel}
          hint={m.panel.messageHint}
          value={p.message}
          error={errors.message}
          maxlength={2000}
        />
      ) : null}
      <button type="submit" class="button">
        {a.policy === 'approval' ? m.panel.request : p.full ? m.panel.joinWaitlist : m.panel.join}
      </button>
    </form>
  );
}

/** The application form of a therapy group: its intake questions and the agreement. */
export function ApplyPage(p: {
  m: MembershipText;
  groupName: string;
  slug: string;
  questions: IntakeQuestion[];
  agreement: Agreement;
  values: Record<string, string | string[]>;
  errors: FieldErrors;
}) {
  const { m } = p;
  return (
    <article class="form-page">
      <h1>{m.apply.title(p.groupName)}</h1>
      <ErrorSummary errors={p.errors} title={m.errors.summary} />
      <p>{m.apply.intro}</p>
      <form method="post" action={`/groups/${p.slug}/apply`} novalidate>
        {p.questions.length === 0 ? <p>{m.apply.noQuestions}</p> : null}
        {p.questions.map((q) => (
          <Question m={m} q={q} value={p.values[q.id]} error={p.errors[`q-${q.id}`]} />
        ))}
        <AgreementBox m={m} agreement={p.agreement} error={p.errors.agreement} />
        <button type="submit" class="button">
          {m.apply.submit}
        </button>
      </form>
    </article>
  );
}

function Question({
  m,
  q,
  value,
  error,
}: {
  m: MembershipText;
  q: IntakeQuestion;
  value: string | string[] | undefined;
  error?: string;
}) {
  const id = `q-${q.id}`;
  const label = q.required ? q.prompt : `${q.prompt} ${m.apply.optional}`;
  if (q.type === 'short_text' || q.type === 'long_text') {
    return (
      <TextArea
        name={id}
        label={label}
        hint={q.help ?? undefined}
        value={typeof value === 'string' ? value : ''}
        error={error}
        maxlength={q.type === 'short_text' ? 200 : 4000}
        rows={q.type === 'short_text' ? 1 : 5}
      />
    );
  }
  const choices =
    q.type === 'yes_no'
      ? [
          ['yes', m.apply.yes],
          ['no', m.apply.no],
        ]
      : q.options.map((o) => [o, o]);
  const chosen = Array.isArray(value) ? value : value ? [value] : [];
  const described = describedBy(id, q.help, error);
  return (
    <fieldset
      id={id}
      class={error ? 'field field--error' : 'field'}
      aria-describedby={described || undefined}
    >
      <legend>{label}</legend>
      <HintAndError id={id} hint={q.help} error={error} />
      {choices.map(([v, text], i) => (
        <p class="check">
          <input
            type={q.type === 'multiple_choice' ? 'checkbox' : 'radio'}
            id={`${id}-${i}`}
            name={id}
            value={v}
            checked={chosen.includes(v ?? '')}
          />
          <label for={`${id}-${i}`}>{text}</label>
        </p>
      ))}
    </fieldset>
  );
}

export function LeavePage(p: { m: MembershipText; groupName: string; slug: string }) {
  return (
    <article class="form-page">
      <h1>{p.m.leave.title(p.groupName)}</h1>
      <p>{p.m.leave.body}</p>
      <form method="post" action={`/groups/${p.slug}/leave`} class="actions">
        <button type="submit" class="button">
          {p.m.leave.confirm}
        </button>{' '}
        <a href={`/groups/${p.slug}`}>{p.m.leave.cancel}</a>
      </form>
    </article>
  );
}

const when = (d: Date | null, fmt: (d: Date) => string) => (d ? fmt(d) : '');

/** Requests, applications, waitlist and members, for the group's leaders. */
export function PeoplePage(p: {
  m: MembershipText;
  groupName: string;
  slug: string;
  policy: GroupAccess['policy'];
  capacity: number | null;
  people: Person[];
  referralChoices: Link[];
  notice?: string;
  fmt: (d: Date) => string;
}) {
  const { m } = p;
  const t = m.people;
  const of = (...s: MembershipStatus[]) => p.people.filter((x) => s.includes(x.status));
  const members = of('member');
  const base = `/lead/${p.slug}/people`;
  return (
    <article class="people">
      <p>
        <a href={`/groups/${p.slug}`}>{t.back}</a>
      </p>
      <h1>{t.title(p.groupName)}</h1>
      {p.notice ? (
        <Notice>
          <p>{p.notice}</p>
        </Notice>
      ) : null}
      <p class="hint">{t.privacy}</p>
      <p>{t.count(members.length, p.capacity)}</p>

      {p.policy === 'application' ? (
        <section aria-labelledby="applications">
          <h2 id="applications">{t.applications}</h2>
          <PeopleList items={of('applied', 'screening')} m={m}>
            {(x) => (
              <>
                {' '}
                <span class="tag">{t.status[x.status]}</span> ·{' '}
                <a href={`${base}/${x.membershipId}`}>{t.open}</a>
              </>
            )}
          </PeopleList>
        </section>
      ) : (
        <section aria-labelledby="requests">
          <h2 id="requests">{t.requests}</h2>
          <PeopleList items={of('requested')} m={m}>
            {(x) => (
              <>
                <p>
                  {t.asked}: {p.fmt(x.createdAt)}
                </p>
                <p>{x.message ? `“${x.message}”` : t.noMessage}</p>
                <DecisionForm
                  m={m}
                  action={`${base}/${x.membershipId}/decision`}
                  id={x.membershipId}
                  choices={p.referralChoices}
                  screening={false}
                />
              </>
            )}
          </PeopleList>
        </section>
      )}

      <section aria-labelledby="waitlist">
        <h2 id="waitlist">{t.waitlist}</h2>
        <PeopleList items={of('waitlisted')} m={m} ordered>
          {(x) => (
            <>
              {' '}
              · {t.asked}: {p.fmt(x.createdAt)}
            </>
          )}
        </PeopleList>
        {of('offered').length > 0 ? (
          <>
            <h3>{t.offered}</h3>
            <PeopleList items={of('offered')} m={m}>
              {(x) => (
                <>
                  {' '}
                  · {t.until}: {when(x.offerExpiresAt, p.fmt)}
                </>
              )}
            </PeopleList>
          </>
        ) : null}
      </section>

      <section aria-labelledby="members">
        <h2 id="members">{t.members}</h2>
        <PeopleList items={members} m={m}>
          {(x) => (
            <>
              {' '}
              · {t.joined}: {when(x.joinedAt, p.fmt)}
              <details>
                <summary>{t.remove}</summary>
                <form method="post" action={`${base}/${x.membershipId}/remove`}>
                  <TextArea
                    name="reason"
                    id={`reason-${x.membershipId}`}
                    label={t.removeReason}
                    maxlength={2000}
                  />
                  <button type="submit" class="button button--danger">
                    {t.remove}
                  </button>
                </form>
              </details>
            </>
          )}
        </PeopleList>
      </section>
    </article>
  );
}

function PeopleList({
  items,
  m,
  ordered,
  children,
}: {
  items: Person[];
  m: MembershipText;
  ordered?: boolean;
  children: (x: Person) => unknown;
}) {
  if (items.length === 0) return <p>{m.people.none}</p>;
  const body = items.map((x) => (
    <li>
      <strong>{x.name}</strong>
      {children(x) as never}
    </li>
  ));
  return ordered ? <ol class="people-list">{body}</ol> : <ul class="people-list">{body}</ul>;
}

function DecisionForm({
  m,
  action,
  id,
  choices,
  screening,
  application,
}: {
  m: MembershipText;
  action: string;
  id: string;
  choices: Link[];
  screening: boolean;
  application?: boolean;
}) {
  const t = m.people;
  return (
    <form method="post" action={action} class="decision">
      <TextArea
        name="note"
        id={`note-${id}`}
        label={t.noteLabel}
        hint={t.noteHint}
        maxlength={2000}
      />
      {choices.length > 0 ? (
        <fieldset>
          <legend>{t.referralsLabel}</legend>
          {choices.map((g, i) => (
            <p class="check">
              <input type="checkbox" id={`ref-${id}-${i}`} name="referrals" value={g.slug} />
              <label for={`ref-${id}-${i}`}>{g.name}</label>
            </p>
          ))}
        </fieldset>
      ) : null}
      <p class="actions">
        <button type="submit" name="decision" value="approve" class="button">
          {application ? t.accept : t.approve}
        </button>{' '}
        {screening ? (
          <>
            <button
              type="submit"
              name="decision"
              value="screening"
              class="button button--secondary"
            >
              {t.screening}
            </button>{' '}
          </>
        ) : null}
        <button type="submit" name="decision" value="waitlist" class="button button--secondary">
          {t.waitlist_}
        </button>{' '}
        <button type="submit" name="decision" value="decline" class="button button--secondary">
          {t.decline}
        </button>
      </p>
    </form>
  );
}

/** One application, with its intake answers, for one of the group's therapists. */
export function ApplicationPage(p: {
  m: MembershipText;
  groupName: string;
  slug: string;
  application: Application;
  questions: IntakeQuestion[];
  referralChoices: Link[];
  fmt: (d: Date) => string;
}) {
  const { m, application: x } = p;
  const t = m.people;
  return (
    <article class="application">
      <p>
        <a href={`/lead/${p.slug}/people`}>{t.title(p.groupName)}</a>
      </p>
      <h1>{x.name}</h1>
      <p>
        {t.asked}: {p.fmt(x.createdAt)} · <span class="tag">{t.status[x.status] ?? x.status}</span>
      </p>
      <p class="hint">{t.auditNote}</p>
      <h2>{t.answers}</h2>
      {x.answers === null ? (
        <p>{t.unreadable}</p>
      ) : (
        <dl class="answers">
          {p.questions.map((q) => {
            const a = x.answers?.[q.id];
            const shown =
              a === undefined || a === '' || (Array.isArray(a) && a.length === 0)
                ? t.unanswered
                : Array.isArray(a)
                  ? a.join(', ')
                  : q.type === 'yes_no'
                    ? a === 'yes'
                      ? m.apply.yes
                      : m.apply.no
                    : a;
            return (
              <div>
                <dt>{q.prompt}</dt>
                <dd>{shown}</dd>
              </div>
            );
          })}
        </dl>
      )}
      {['applied', 'screening', 'waitlisted'].includes(x.status) ? (
        <DecisionForm
          m={m}
          action={`/lead/${p.slug}/people/${x.membershipId}/decision`}
          id={x.membershipId}
          choices={p.referralChoices}
          screening={x.status === 'applied'}
          application
        />
      ) : null}
    </article>
  );
}
