import type { Child } from 'hono/jsx';

/**
 * Form parts shared by every server-rendered form: labelled fields with their error and hint
 * tied by aria-describedby, an error summary that links to each field, and the honeypot.
 */
export type FieldErrors = Record<string, string | undefined>;

export function ErrorSummary({ errors, title }: { errors: FieldErrors; title: string }) {
  const list = Object.entries(errors).filter((e): e is [string, string] => !!e[1]);
  if (list.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{title}</h2>
      <ul>
        {list.map(([name, message]) => (
          <li>{name === 'form' ? message : <a href={`#${name}`}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

export function Field(props: {
  name: string;
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
  const described = [
    props.hint ? `${props.name}-hint` : '',
    props.error ? `${props.name}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <p class={props.error ? 'field field--error' : 'field'}>
      <label for={props.name}>{props.label}</label>
      {props.hint ? (
        <span class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="field-error" id={`${props.name}-error`}>
          {props.error}
        </span>
      ) : null}
      <input
        id={props.name}
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
