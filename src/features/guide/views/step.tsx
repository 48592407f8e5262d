import { ErrorSummary, Field, type FieldErrors } from '../../../views/forms.js';
import { type GuideAnswers, previousStep, stepProgress } from '../answers.js';
import type { Lang, StepId } from '../codes.js';
import type { GuideMessages } from '../messages/index.js';
import type { GuideField, GuideStep } from '../questions.js';
import { AnswerInputs, chosen } from './hidden.js';

export type StepView = {
  m: GuideMessages;
  lang: Lang;
  step: GuideStep;
  answers: GuideAnswers;
  errors?: FieldErrors;
  /** The first screen also introduces the guide; its question is then a second-level heading. */
  intro?: boolean;
};

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

/** One radio or checkbox group. The first input takes the field's name as id for the summary. */
function Choices(props: {
  field: GuideField;
  lang: Lang;
  answers: GuideAnswers;
  error?: string;
  heading?: 'h1' | 'h2';
  hint?: { id: string; text: string };
}) {
  const { field, lang, error } = props;
  const Heading = props.heading;
  const picked = chosen(props.answers, field.name);
  const type = field.kind === 'multi' ? 'checkbox' : 'radio';
  const errorId = `${field.name}-error`;
  const wide = field.options.length > 6;
  return (
    <fieldset
      class={`guide-choices${error ? ' guide-choices--error' : ''}`}
      aria-describedby={describedBy(props.hint?.id, error && errorId)}
    >
      <legend class="guide-legend">
        {Heading ? <Heading>{field.legend[lang]}</Heading> : field.legend[lang]}
      </legend>
      {props.hint ? (
        <p class="hint guide-hint" id={props.hint.id}>
          {props.hint.text}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div class={wide ? 'guide-options guide-options--wide' : 'guide-options'}>
        {field.options.map((option, index) => {
          const id = index === 0 ? field.name : `${field.name}-${option.code}`;
          return (
            <div class="guide-option">
              <input
                type={type}
                id={id}
                name={field.name}
                value={option.code}
                checked={picked.includes(option.code)}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                aria-invalid={error ? 'true' : undefined}
              />
              <label for={id}>{option.label[lang]}</label>
              {option.hint ? (
                <span class="hint" id={`${id}-hint`}>
                  {option.hint[lang]}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function StepFields({ lang, step, answers, errors = {}, intro }: StepView) {
  const heading = intro ? 'h2' : 'h1';
  const Heading = heading;
  const only = step.fields.length === 1 ? step.fields[0] : undefined;
  if (only && only.kind !== 'text') {
    // The question is the group's legend, so it is read out with every option.
    return (
      <Choices
        field={only}
        lang={lang}
        answers={answers}
        error={errors[only.name]}
        heading={heading}
        hint={step.hint ? { id: `${step.id}-hint`, text: step.hint[lang] } : undefined}
      />
    );
  }
  return (
    <>
      <Heading class="guide-question">{step.title[lang]}</Heading>
      {only || !step.hint ? null : <p class="hint guide-hint">{step.hint[lang]}</p>}
      {step.fields.map((field) =>
        field.kind === 'text' ? (
          <Field
            name={field.name}
            label={field.legend[lang]}
            value={chosen(answers, field.name)[0]}
            hint={step.hint?.[lang]}
            error={errors[field.name]}
            maxlength={field.maxLength}
            autocomplete={field.autocomplete}
          />
        ) : (
          <Choices field={field} lang={lang} answers={answers} error={errors[field.name]} />
        ),
      )}
    </>
  );
}

/** One question on its own screen, as a form that posts every earlier answer along with it. */
export function StepForm(props: StepView) {
  const { m, step, answers } = props;
  const progress = stepProgress(answers, step.id);
  const back = previousStep(answers, step.id);
  const last = progress.number === progress.total;
  const progressId = 'guide-progress';
  return (
    <form method="post" action="/guide" class="guide-form" novalidate>
      <ErrorSummary errors={props.errors ?? {}} title={m.errorTitle} />
      <p class="guide-progress">
        <span id={progressId}>{m.progress(progress.number, progress.total)}</span>
        <progress max={progress.total} value={progress.number} aria-labelledby={progressId} />
      </p>
      <AnswerInputs answers={answers} except={step.id} />
      <input type="hidden" name="step" value={step.id satisfies StepId} />
      <StepFields {...props} />
      <div class="guide-actions">
        <button type="submit" class="button" name="go" value="next">
          {last ? m.seeResult : m.next}
        </button>
        {step.required ? null : (
          <button type="submit" class="button button--secondary" name="go" value="skip">
            {m.skip}
          </button>
        )}
        {back ? (
          <button type="submit" class="link-button guide-back" name="go" value="back">
            {m.back}
          </button>
        ) : null}
      </div>
    </form>
  );
}
