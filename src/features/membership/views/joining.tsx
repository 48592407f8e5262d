import {
  describedBy,
  ErrorSummary,
  type FieldErrors,
  HintAndError,
  TextArea,
} from '../../../views/forms.js';
import type { MembershipText } from '../messages/index.js';
import type { IntakeQuestion } from '../queries.js';

// The person's own forms about one group: the agreement's box (the panel shows it too),
// applying to a therapy group, and leaving.

export type Agreement = { version: number; body: string } | null;

/** The agreement's words and the box that accepts them (the version travels with the form). */
export function AgreementBox({
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

/** Asks before leaving (or withdrawing a request): the seat may pass to someone waiting. */
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
