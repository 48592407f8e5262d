import type { Child } from 'hono/jsx';
import { ErrorSummary, Field, type FieldErrors, TextArea, Tick } from '../../views/forms.js';
import { PostBody } from '../../views/plain-text.js';
import type { TherapistText } from './messages/index.js';
import type { Plan } from './plans.js';

/** Session plans: the therapist's list and form, and the next shared plan on the group page. */

type Ctx = { t: TherapistText; slug: string; fmt: (d: Date) => string };

export function PlansPage(props: {
  ctx: Ctx;
  groupName: string;
  sessions: { number: number; start: Date | null; plan: Plan | null }[];
}) {
  const { t, slug, fmt } = props.ctx;
  const p = t.plans;
  return (
    <section class="plans">
      <p class="breadcrumb">
        <a href={`/lead/${slug}`}>{props.groupName}</a>
      </p>
      <h1>{p.title(props.groupName)}</h1>
      <p class="lead">{p.lead}</p>
      <ol class="plan-list">
        {props.sessions.map((s) => (
          <li class="plan-line">
            <p class="plan-line__head">
              <strong>{p.session(s.number)}</strong> · {s.start ? p.on(fmt(s.start)) : p.noMeeting}
            </p>
            <p>
              {s.plan ? (
                <>
                  {s.plan.title} ·{' '}
                  <span class="muted">{s.plan.shared ? p.shared : p.notShared}</span>
                </>
              ) : (
                <span class="muted">{p.none}</span>
              )}
            </p>
            <p>
              <a
                href={`/lead/${slug}/plans/${s.number}`}
                aria-label={`${s.plan ? p.edit : p.write}: ${p.session(s.number)}`}
              >
                {s.plan ? p.edit : p.write}
              </a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function PlanForm(props: { ctx: Ctx; plan: Plan; exists: boolean; errors: FieldErrors }) {
  const { t, slug } = props.ctx;
  const p = t.plans;
  const f = p.fields;
  const v = props.plan;
  const action = `/lead/${slug}/plans/${v.number}`;
  return (
    <section class="form-narrow">
      <p class="breadcrumb">
        <a href={`/lead/${slug}/plans`}>{p.back}</a>
      </p>
      <h1>{p.editTitle(v.number)}</h1>
      <ErrorSummary errors={props.errors} title={p.errorTitle} />
      <form method="post" action={action} novalidate>
        <Field
          name="title"
          label={f.title}
          value={v.title}
          error={props.errors.title}
          maxlength={120}
        />
        <TextArea
          name="goals"
          label={f.goals}
          hint={f.goalsHint}
          value={v.goals}
          error={props.errors.goals}
          maxlength={2000}
          rows={3}
        />
        <Field
          name="technique"
          label={f.technique}
          hint={f.techniqueHint}
          value={v.technique}
          maxlength={2000}
        />
        <TextArea
          name="agenda"
          label={f.agenda}
          hint={f.agendaHint}
          value={v.agenda.join('\n')}
          maxlength={6000}
          rows={6}
        />
        <TextArea
          name="materials"
          label={f.materials}
          hint={f.materialsHint}
          value={v.materials}
          maxlength={2000}
          rows={3}
        />
        <Tick name="shared" label={f.shared} checked={v.shared} />
        <button type="submit" class="button button--primary">
          {p.save}
        </button>
      </form>
      {props.exists ? (
        <form method="post" action={`${action}/delete`} class="inline-form">
          <button type="submit" class="link-button">
            {p.remove}
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** The next session's shared plan, as members and leaders see it on the group's page. */
export function NextPlan(props: {
  t: TherapistText;
  plan: Plan;
  at: string;
  of: number | null;
}): Child {
  const p = props.t.plans;
  const { plan } = props;
  return (
    <section class="next-plan" aria-labelledby="next-plan">
      <h2 id="next-plan">
        {props.of ? p.nextOf(plan.number, props.of) : p.next(plan.number)}: {plan.title}
      </h2>
      <p class="muted">{props.at}</p>
      <dl class="facts">
        {plan.goals ? (
          <div>
            <dt>{p.goals}</dt>
            <dd>
              <PostBody body={plan.goals} />
            </dd>
          </div>
        ) : null}
        {plan.technique ? (
          <div>
            <dt>{p.technique}</dt>
            <dd>{plan.technique}</dd>
          </div>
        ) : null}
      </dl>
      {plan.agenda.length ? (
        <>
          <h3>{p.agenda}</h3>
          <ol>
            {plan.agenda.map((a) => (
              <li>{a}</li>
            ))}
          </ol>
        </>
      ) : null}
      {plan.materials ? (
        <>
          <h3>{p.materials}</h3>
          <PostBody body={plan.materials} />
        </>
      ) : null}
    </section>
  );
}
