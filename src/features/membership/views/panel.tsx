import type { MembershipStatus } from '../../../db/schema/index.js';
import { ErrorSummary, type FieldErrors, Notice, TextArea } from '../../../views/forms.js';
import type { GroupAccess } from '../access.js';
import type { MembershipText } from '../messages/index.js';
import type { GroupLink } from '../queries.js';
import { type Agreement, AgreementBox } from './joining.js';

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
  decline?: { note: string | null; referrals: GroupLink[] } | null;
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
