import {
  Choices,
  ErrorSummary,
  Field,
  type FieldErrors,
  PostButton,
  TextArea,
  Tick,
} from '../../../views/forms.js';
import type { LeadText } from '../messages/index.js';
import type { QuestionInput } from '../people-commands.js';
import { PageHead } from './parts.js';

export function LeadersPage(props: {
  m: LeadText;
  slug: string;
  name: string;
  kind: 'support' | 'therapy';
  leaders: { userId: string; name: string; role: 'owner' | 'co_leader' }[];
  isOwner: boolean;
  canStepDown: boolean;
  notice?: string;
  errors?: FieldErrors;
  email?: string;
}) {
  const t = props.m.leaders;
  const base = `/lead/${props.slug}/leaders`;
  return (
    <section class="form-narrow">
      <PageHead
        title={t.title(props.name)}
        slug={props.slug}
        back={props.m.overview.manage}
        notice={props.notice}
      />
      <ErrorSummary errors={props.errors ?? {}} title={props.m.errorTitle} />
      <ul class="action-list">
        {props.leaders.map((l) => (
          <li>
            {l.name} ({l.role === 'owner' ? t.owner : t.coLeader}){' '}
            {props.isOwner && l.role === 'co_leader' ? (
              <PostButton
                action={`${base}/${l.userId}/remove`}
                label={t.remove(l.name)}
                secondary
              />
            ) : null}
          </li>
        ))}
      </ul>
      {props.canStepDown ? (
        <>
          <p>{t.stepDownHint}</p>
          <PostButton action={`${base}/step-down`} label={t.stepDown} secondary />
        </>
      ) : null}
      {props.isOwner ? (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t.invite}</h2>
          <p>{t.inviteHint}</p>
          {props.kind === 'therapy' ? <p>{t.inviteTherapy}</p> : null}
          <form method="post" action={`${base}/invite`} novalidate>
            <Field
              name="email"
              type="email"
              label={t.email}
              value={props.email ?? ''}
              error={props.errors?.email}
              autocomplete="off"
              maxlength={254}
              required
            />
            <p>
              <button type="submit" class="button">
                {t.send}
              </button>
            </p>
          </form>
        </section>
      ) : null}
    </section>
  );
}

export function InvitationPage(props: {
  m: LeadText;
  token: string;
  name: string;
  kind: 'support' | 'therapy';
}) {
  const t = props.m.invitation;
  return (
    <section class="form-narrow">
      <h1>{t.title}</h1>
      <p class="lead">{t.lead(props.name, props.m.kinds[props.kind])}</p>
      <PostButton action={`/lead/invitations/${props.token}`} label={t.accept} />
    </section>
  );
}

export type Question = {
  id: string;
  type: QuestionInput['type'];
  prompt: string;
  help: string | null;
  options: string[];
  required: boolean;
  retiredAt: Date | null;
};

export type QuestionValues = {
  type: string;
  prompt: string;
  help: string;
  options: string;
  required: boolean;
};

export function IntakePage(props: {
  m: LeadText;
  slug: string;
  name: string;
  policy: string;
  questions: Question[];
  notice?: string;
  errors?: FieldErrors;
  values: QuestionValues;
}) {
  const t = props.m.intake;
  const base = `/lead/${props.slug}/intake`;
  const asked = props.questions.filter((q) => !q.retiredAt);
  const retired = props.questions.filter((q) => q.retiredAt);
  return (
    <section class="form-narrow">
      <PageHead
        title={t.title(props.name)}
        slug={props.slug}
        back={props.m.overview.manage}
        notice={props.notice}
      />
      <p class="lead">{t.lead}</p>
      {props.policy === 'application' ? null : <p>{t.onlyApplication}</p>}
      <h2>{t.asked}</h2>
      {asked.length === 0 ? <p>{t.none}</p> : null}
      <ol>
        {asked.map((q, i) => (
          <li>
            <strong>{q.prompt}</strong> ({t.types[q.type]}, {q.required ? t.required : t.optional})
            {q.help ? <p class="muted">{q.help}</p> : null}
            {q.options.length > 0 ? (
              <ul>
                {q.options.map((o) => (
                  <li>{o}</li>
                ))}
              </ul>
            ) : null}
            <p class="actions">
              {i > 0 ? (
                <PostButton
                  action={`${base}/${q.id}/move`}
                  label={t.up(q.prompt)}
                  fields={{ direction: 'up' }}
                  secondary
                />
              ) : null}
              {i < asked.length - 1 ? (
                <PostButton
                  action={`${base}/${q.id}/move`}
                  label={t.down(q.prompt)}
                  fields={{ direction: 'down' }}
                  secondary
                />
              ) : null}
              <PostButton action={`${base}/${q.id}/retire`} label={t.retire(q.prompt)} secondary />
            </p>
          </li>
        ))}
      </ol>
      <p class="muted">{t.retireHint}</p>
      {retired.length > 0 ? (
        <>
          <h2>{t.retired}</h2>
          <ul>
            {retired.map((q) => (
              <li>{q.prompt}</li>
            ))}
          </ul>
        </>
      ) : null}
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{t.add}</h2>
        <ErrorSummary errors={props.errors ?? {}} title={props.m.errorTitle} />
        <form method="post" action={base} novalidate>
          <Choices
            type="radio"
            name="type"
            legend={t.type}
            options={Object.entries(t.types)}
            selected={[props.values.type]}
            error={props.errors?.type}
          />
          <Field
            name="prompt"
            label={t.prompt}
            value={props.values.prompt}
            error={props.errors?.prompt}
            maxlength={300}
            required
          />
          <TextArea
            name="help"
            label={t.help}
            hint={t.helpHint}
            value={props.values.help}
            error={props.errors?.help}
            maxlength={500}
            rows={2}
          />
          <TextArea
            name="options"
            label={t.options}
            hint={t.optionsHint}
            value={props.values.options}
            error={props.errors?.options}
            maxlength={3000}
            rows={5}
          />
          <Tick name="required" label={t.isRequired} checked={props.values.required} />
          <p>
            <button type="submit" class="button">
              {t.addButton}
            </button>
          </p>
        </form>
      </section>
    </section>
  );
}
