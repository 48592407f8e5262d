/** The styleguide's first sections: tokens and the parts of forms. */
import { Choices, Field } from '../../views/forms.js';
import { Icon } from '../../views/icon.js';
import { Example, Section } from './example.js';
import { TOKEN_GROUPS } from './tokens.js';

export function Tokens() {
  return (
    <Section id="tokens">
      <p>
        All in client/styles/tokens.css. Dark mode follows the system’s setting
        (prefers-color-scheme): each colour token has a dark value, so components never need their
        own. Sizes are in rem, so 200% zoom and larger system text scale everything together.
        Swatches are not drawn: the Content-Security-Policy allows no inline styles, and this page
        adds no stylesheet of its own.
      </p>
      {TOKEN_GROUPS.map((group, i) => (
        <>
          <h3 id={`tokens-${i}`}>{group.title}</h3>
          <p class="hint">{group.note}</p>
          <table class="table-stack" aria-labelledby={`tokens-${i}`}>
            <thead>
              <tr>
                <th scope="col">Token</th>
                <th scope="col">Use</th>
              </tr>
            </thead>
            <tbody>
              {group.tokens.map(([name, use]) => (
                <tr>
                  <th scope="row" data-label="Token">
                    <code>{name}</code>
                  </th>
                  <td data-label="Use">{use}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ))}
    </Section>
  );
}

export function Buttons() {
  return (
    <Section id="buttons">
      <h3>Buttons</h3>
      <p class="hint">
        One primary button per view; secondary beside it; danger only for what cannot be undone.
      </p>
      <Example>
        <div class="actions">
          <button type="button" class="button">
            Join this group
          </button>
          <button type="button" class="button button--secondary">
            <Icon name="filters" /> Filters
          </button>
          <button type="button" class="button button--danger">
            Delete account
          </button>
        </div>
      </Example>
      <h3>Link and link button</h3>
      <p class="hint">
        A link for going somewhere. A link button for a small action that posts (sign out, a
        language): it reads as a link but is a button in a form. In this demo it does nothing.
      </p>
      <Example
        code={[
          '<a href="/groups">Browse all groups</a>',
          '<form method="post" action="/sign-out">',
          '  <button class="link-button">Sign out</button>',
          '</form>',
        ].join('\n')}
      >
        <p>
          <a href="/groups">Browse all groups</a>
        </p>
        <form action="#" method="get">
          <button type="button" class="link-button">
            Sign out
          </button>
        </form>
      </Example>
    </Section>
  );
}

export function Fields() {
  return (
    <Section id="fields">
      <p>
        Use the helpers in views/forms.tsx (Field, TextArea, Select, Choices, Tick, ErrorSummary):
        they tie each hint and error to the control with aria-describedby. With errors, put an
        ErrorSummary at the top of the form as well.
      </p>
      <h3>Text field with a hint</h3>
      <Example usage={'<Field name="name" label="Your name" hint="As the group will see it." />'}>
        <Field name="sg-name" label="Your name" hint="As the group will see it." />
      </Example>
      <h3>Field with an error</h3>
      <Example
        usage={
          '<Field name="email" type="email" label="Email" value={value} error={errors.email} />'
        }
      >
        <Field
          name="sg-email"
          type="email"
          label="Email"
          value="wren@"
          error="Enter an email address like name@example.org."
        />
      </Example>
      <h3>Field with a button inside</h3>
      <p class="hint">
        The button sits over the field’s right end, so a script that shows it later moves nothing.
      </p>
      <Example>
        <p class="field">
          <label for="sg-near">Near</label>
          <span class="with-action">
            <input id="sg-near" name="sg-near" type="text" />
            <button type="button" class="locate" title="Use my location">
              <Icon name="locate" />
              <span class="visually-hidden">Use my location</span>
            </button>
          </span>
        </p>
      </Example>
    </Section>
  );
}

export function ChoiceGroups() {
  return (
    <Section id="choices">
      <h3>Checkbox group</h3>
      <p class="hint">Any number of options, each a full-height row; the legend names the group.</p>
      <Example
        usage={[
          '<Choices type="checkbox" name="days" legend="Meets on" hint="Choose any."',
          '  options={[["tue", "Tuesday"], ["thu", "Thursday"], ["sat", "Saturday"]]}',
          '  selected={selected} />',
        ].join('\n')}
      >
        <Choices
          type="checkbox"
          name="sg-days"
          legend="Meets on"
          hint="Choose any."
          options={[
            ['tue', 'Tuesday'],
            ['thu', 'Thursday'],
            ['sat', 'Saturday'],
          ]}
          selected={['tue']}
        />
      </Example>
      <h3>Segmented choice</h3>
      <p class="hint">
        One of two to four short options in a row. The legend may be visually hidden when the
        options say it all, as in the search bar.
      </p>
      <Example>
        <fieldset class="segmented">
          <legend class="visually-hidden">Kind of group</legend>
          <label>
            <input type="radio" name="sg-kind" value="" checked />
            Both
          </label>
          <label>
            <input type="radio" name="sg-kind" value="support" />
            Support groups
          </label>
          <label>
            <input type="radio" name="sg-kind" value="therapy" />
            Group therapy
          </label>
        </fieldset>
      </Example>
    </Section>
  );
}
