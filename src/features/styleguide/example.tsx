import type { Child } from 'hono/jsx';
import { formatMarkup } from './markup.js';

/**
 * The styleguide's sections: each example drawn with the real classes, then its markup. The
 * markup is the example's own output (formatMarkup), so the two cannot disagree; where a demo
 * must differ from real use (a form that posts), the markup is written out instead.
 */

/** The sections in order: id, heading, and when to use what it shows. */
export const SECTIONS = [
  ['tokens', 'Tokens', 'Use a token for every colour, size and space; never a raw value.'],
  ['buttons', 'Button and link', 'A button does something; a link goes somewhere.'],
  ['fields', 'Field', 'Every text input, select and text area: a label, a hint, an error.'],
  ['choices', 'Checkbox group and segmented choice', 'Choosing among a few named options.'],
  ['cards', 'Card, badge and notice', 'A card holds one thing; a badge names its kind.'],
  ['facts', 'Facts', 'Label and value pairs about one thing: when, where, cost.'],
  ['tables', 'Table that stacks', 'Rows of the same fields, such as lists for leaders and admins.'],
  ['tabs', 'Tabs', 'Links between views of the same thing, such as the list and the map.'],
  ['sheet', 'Sheet', 'Many controls that refine what is on the page, such as the filters.'],
  ['icons', 'Icons', 'Beside a word, never instead of one; screen readers hear only the word.'],
] as const;

type SectionId = (typeof SECTIONS)[number][0];

export function Section({ id, children }: { id: SectionId; children: Child }) {
  const [, title, when] = SECTIONS.find((s) => s[0] === id) ?? ['', id, ''];
  return (
    <section id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p class="muted">When to use: {when}</p>
      {children}
    </section>
  );
}

/**
 * An example in a panel, then the markup to copy; `usage` is the call in a view when a helper
 * (views/forms.tsx, views/icon.tsx) draws it.
 */
export function Example(props: { children: Child; code?: string; usage?: string }) {
  return (
    <>
      <div class="panel">{props.children}</div>
      {props.usage ? (
        <>
          <p class="hint">In a view</p>
          <pre class="outbox-text">
            <code>{props.usage}</code>
          </pre>
        </>
      ) : null}
      <p class="hint">Markup</p>
      <pre class="outbox-text">
        {/* biome-ignore lint/complexity/noUselessFragments: renders an array of children as one string */}
        <code>{props.code ?? formatMarkup(String(<>{props.children}</>))}</code>
      </pre>
    </>
  );
}
