import type { Child } from 'hono/jsx';

/**
 * Form parts shared by every server-rendered form: labelled fields with their error and hint
 * tied by aria-describedby, an error summary that links to each field, and the honeypot.
 */
export type FieldErrors = Record<string, string | undefined>;

/** The ids a control's hint and error carry, for aria-describedby (empty when neither). */
export function describedBy(id: string, hint?: string | null, error?: string) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
}

/** A control's hint and error, with the ids `describedBy` points at. */
export function HintAndError(props: { id: string; hint?: string | null; error?: string }) {
  return (
    <>
      {props.hint ? (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="field-error" id={`${props.id}-error`}>
          {props.error}
        </span>
      ) : null}
    </>
  );
}

export function ErrorSummary({ errors, title }: { errors: FieldErrors; title: string }) {
  const list = Object.entries(errors).filter((e): e is [string, string] => !!e[1]);
  if (list.length === 0) return null;
  return (
    // autofocus moves the keyboard (and a screen reader) to the problems, without JavaScript.
    <div class="error-summary" role="alert" tabindex={-1} autofocus>
      <h2>{title}</h2>
      <ul>
        {list.map(([name, message]) => (
          <li>{name.startsWith('form') ? message : <a href={`#${name}`}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

export function Field(props: {
  name: string;
  /** When two forms on a page share a field name. Defaults to the name. */
  id?: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'number';
  value?: string;
  error?: string;
  hint?: string;
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
  inputmode?: 'numeric' | 'text';
  pattern?: string;
}) {
  const id = props.id ?? props.name;
  const described = describedBy(id, props.hint, props.error);
  return (
    <p class={props.error ? 'field field--error' : 'field'}>
      <label for={id}>{props.label}</label>
      <HintAndError id={id} hint={props.hint} error={props.error} />
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        required={props.required}
        maxlength={props.maxlength}
        inputmode={props.inputmode}
        pattern={props.pattern}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
    </p>
  );
}

/** People never see it; naive bots fill it in, and their post is quietly ignored. */
export function Honeypot({ label }: { label: string }) {
  return (
    <p class="hp" aria-hidden="true">
      <label for="website">{label}</label>
      <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
    </p>
  );
}

export function Notice({ children }: { children: Child }) {
  return (
    <div class="notice" role="status">
      {children}
    </div>
  );
}

/** A labelled textarea with its hint and error tied by aria-describedby (as `Field` does). */
export function TextArea(props: {
  name: string;
  id?: string;
  label: string;
  hint?: string;
  value?: string;
  error?: string;
  maxlength: number;
  rows?: number;
  required?: boolean;
}) {
  const id = props.id ?? props.name;
  const described = describedBy(id, props.hint, props.error);
  return (
    <p class={props.error ? 'field field--error' : 'field'}>
      <label for={id}>{props.label}</label>
      <HintAndError id={id} hint={props.hint} error={props.error} />
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        maxlength={props.maxlength}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described || undefined}
      >
        {props.value ?? ''}
      </textarea>
    </p>
  );
}

/** A labelled select with a placeholder option, its error tied by aria-describedby. */
export function Select(props: {
  name: string;
  label: string;
  placeholder: string;
  value: string;
  error?: string;
  required?: boolean;
  options: [string, string][];
}) {
  return (
    <p class={props.error ? 'field field--error' : 'field'}>
      <label for={props.name}>{props.label}</label>
      <HintAndError id={props.name} error={props.error} />
      <select
        id={props.name}
        name={props.name}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, null, props.error) || undefined}
      >
        <option value="" selected={!props.value}>
          {props.placeholder}
        </option>
        {props.options.map(([value, text]) => (
          <option value={value} selected={props.value === value}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * A group of ticks or radios as a fieldset with a legend, its hint and error tied by
 * aria-describedby; the fieldset carries the id the error summary links to.
 */
export function Choices(props: {
  type: 'checkbox' | 'radio';
  name: string;
  legend: string;
  options: [string, string][];
  selected: string[];
  error?: string;
  hint?: string;
  inline?: boolean;
}) {
  return (
    <fieldset
      class={props.inline ? 'checks checks--inline' : 'checks'}
      id={props.name}
      aria-describedby={describedBy(props.name, props.hint, props.error) || undefined}
    >
      <legend>{props.legend}</legend>
      <HintAndError id={props.name} hint={props.hint} error={props.error} />
      {props.options.map(([value, label]) => (
        <label>
          <input
            type={props.type}
            name={props.name}
            value={value}
            checked={props.selected.includes(value)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** One tick box with its label (and hint). */
export function Tick(props: {
  name: string;
  label: string;
  checked: boolean;
  hint?: string;
  error?: string;
}) {
  return (
    <p class={props.error ? 'field field--error' : 'field'}>
      <HintAndError id={props.name} error={props.error} />
      <label class="check">
        <input
          type="checkbox"
          id={props.name}
          name={props.name}
          value="on"
          checked={props.checked}
          aria-describedby={describedBy(props.name, props.hint, props.error) || undefined}
        />{' '}
        {props.label}
      </label>
      <HintAndError id={props.name} hint={props.hint} />
    </p>
  );
}

/** A button that posts one action, as a small form of its own (works without JavaScript). */
export function PostButton(props: {
  action: string;
  label: string;
  secondary?: boolean;
  /** A quiet, bordered button for actions beside others. */
  fields?: Record<string, string>;
  children?: Child;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {props.children}
      <button type="submit" class={props.secondary ? 'button button--secondary' : 'button'}>
        {props.label}
      </button>
    </form>
  );
}
