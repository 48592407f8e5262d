import {
  ErrorSummary,
  Field,
  type FieldErrors,
  Notice,
  Select,
  TextArea,
} from '../../../views/forms.js';
import { ORG_KINDS, type OrgAccess } from '../access.js';
import { DESCRIPTION_MAX, MESSAGE_MAX, NAME_MAX, type OrgDetails } from '../form.js';
import type { OrgText } from '../messages/index.js';

/** The forms around organisation accounts: details (new and edit), a claim, an invitation. */

export function DetailsForm(props: {
  t: OrgText;
  action: string;
  value: OrgDetails;
  errors: FieldErrors;
  /** When the name is taken: where to go instead (ask to run it, or ask its owners). */
  taken?: { slug: string; claimed: boolean } | null;
  editing: boolean;
}) {
  const { t } = props;
  const f = t.form;
  return (
    <section class="org-form">
      <h1>{props.editing ? f.editTitle : f.newTitle}</h1>
      {props.editing ? null : <p class="lead">{f.newLead}</p>}
      <ErrorSummary errors={props.errors} title={f.problem} />
      {props.taken ? (
        <div class="notice" role="status">
          <p>{props.taken.claimed ? f.takenClaimed : f.takenUnclaimed}</p>
          <p>
            <a
              href={
                props.taken.claimed
                  ? `/orgs/${props.taken.slug}`
                  : `/orgs/${props.taken.slug}/claim`
              }
            >
              {props.taken.claimed ? f.seeIt : f.claimIt}
            </a>
          </p>
        </div>
      ) : null}
      <form method="post" action={props.action} novalidate>
        <Field
          name="name"
          label={f.name}
          value={props.value.name}
          error={props.errors.name}
          required
          maxlength={NAME_MAX}
          autocomplete="organization"
        />
        <Select
          name="kind"
          label={f.kind}
          placeholder={f.kindPlaceholder}
          value={props.value.kind}
          error={props.errors.kind}
          required
          options={ORG_KINDS.map((k) => [k, t.kinds[k]])}
        />
        <Field
          name="url"
          label={f.url}
          hint={f.urlHint}
          value={props.value.url}
          error={props.errors.url}
          maxlength={500}
          autocomplete="url"
        />
        <TextArea
          name="description"
          label={f.description}
          hint={f.descriptionHint}
          value={props.value.description}
          error={props.errors.description}
          maxlength={DESCRIPTION_MAX}
          rows={6}
        />
        <p class="actions">
          <button class="button button--primary" type="submit">
            {props.editing ? f.save : f.create}
          </button>
        </p>
      </form>
    </section>
  );
}

export function ClaimPage(props: {
  t: OrgText;
  org: OrgAccess;
  message: string;
  error?: string;
  sent?: boolean;
}) {
  const c = props.t.claim;
  return (
    <section class="org-form">
      <h1>{c.title(props.org.name)}</h1>
      {props.sent ? (
        <Notice>
          <p>{c.sent}</p>
        </Notice>
      ) : (
        <>
          <p class="lead">{c.lead}</p>
          <ErrorSummary errors={{ message: props.error }} title={props.t.form.problem} />
          <form method="post" action={`/orgs/${props.org.slug}/claim`} novalidate>
            <TextArea
              name="message"
              label={c.message}
              hint={c.messageHint}
              value={props.message}
              error={props.error}
              maxlength={MESSAGE_MAX}
              rows={5}
              required
            />
            <p class="actions">
              <button class="button button--primary" type="submit">
                {c.send}
              </button>
            </p>
          </form>
        </>
      )}
    </section>
  );
}

export function InvitePage(props: {
  t: OrgText;
  token: string;
  offer: { name: string; role: 'owner' | 'editor' } | null;
}) {
  const i = props.t.invite;
  if (!props.offer) {
    return (
      <section>
        <h1>{i.invalidTitle}</h1>
        <p>{i.invalid}</p>
      </section>
    );
  }
  return (
    <section class="org-form">
      <h1>{i.title(props.offer.name)}</h1>
      <p class="lead">{props.offer.role === 'owner' ? i.asOwner : i.asEditor}</p>
      <p>{i.what}</p>
      <form method="post" action={`/orgs/invite/${props.token}`}>
        <p class="actions">
          <button class="button button--primary" type="submit">
            {i.accept}
          </button>
        </p>
      </form>
    </section>
  );
}
