import type { Child } from 'hono/jsx';
import type { Locale } from '../../../i18n/locale.js';
import { Notice } from '../../../views/forms.js';
import { formatOccurrence } from '../../directory/schedule/index.js';

/**
 * Form parts the leaders' pages share: groups of ticks or radios as fieldsets with a legend,
 * their error tied by aria-describedby, and the id the error summary links to.
 */

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <span class="field-error" id={`${id}-error`}>
      {error}
    </span>
  ) : null;
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

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
      aria-describedby={describedBy(props.name, props.hint, props.error)}
    >
      <legend>{props.legend}</legend>
      {props.hint ? (
        <span class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <FieldError id={props.name} error={props.error} />
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
      <FieldError id={props.name} error={props.error} />
      <label class="check">
        <input
          type="checkbox"
          id={props.name}
          name={props.name}
          value="on"
          checked={props.checked}
          aria-describedby={describedBy(props.name, props.hint, props.error)}
        />{' '}
        {props.label}
      </label>
      {props.hint ? (
        <span class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </span>
      ) : null}
    </p>
  );
}

/** A button that posts one action, as a small form of its own (works without JavaScript). */
export function PostButton(props: {
  action: string;
  label: string;
  secondary?: boolean;
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

/** A meeting's start in its group's own zone and the reader's language. */
export function when(startsAt: Date, zone: string, locale: Locale): string {
  const f = formatOccurrence({ start: startsAt, end: startsAt, localDate: '' }, zone, zone, locale);
  return f.viewer;
}

/** The path of a meeting: its start as an ISO instant (no personal data). */
export const meetingPath = (slug: string, startsAt: Date) =>
  `/lead/${slug}/meetings/${encodeURIComponent(startsAt.toISOString())}`;

/** A led group's page heading, the way back to its overview, and what just happened. */
export function PageHead(props: { title: string; slug: string; back: string; notice?: string }) {
  return (
    <>
      <h1>{props.title}</h1>
      <p>
        <a href={`/lead/${props.slug}`}>{props.back}</a>
      </p>
      {props.notice ? (
        <Notice>
          <p>{props.notice}</p>
        </Notice>
      ) : null}
    </>
  );
}
