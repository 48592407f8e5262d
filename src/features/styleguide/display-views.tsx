/** The styleguide's later sections: the parts that show things rather than ask for them. */
import { Choices, Notice } from '../../views/forms.js';
import { ICON_NAMES, Icon } from '../../views/icon.js';
import { Example, Section } from './example.js';

export function Cards() {
  return (
    <Section id="cards">
      <h3>Card</h3>
      <p class="hint">One thing among several (a group, an article, a guide step) on a surface.</p>
      <Example>
        <article class="card">
          <h4>Grief support circle</h4>
          <p>A weekly circle for anyone who has lost someone close.</p>
          <p>
            <a href="/groups">See the group</a>
          </p>
        </article>
      </Example>
      <h3>Badge</h3>
      <p class="hint">
        The kind of group and its state, always in words: the colour only repeats what the word
        says. The plain badge is a support group's.
      </p>
      <Example>
        <p class="inline-list">
          <span class="badge badge--support">Support group</span>
          <span class="badge badge--therapy">Group therapy</span>
          <span class="badge badge--neutral">Full</span>
          <span class="badge badge--warning">Temporarily closed</span>
        </p>
      </Example>
      <h3>Notice</h3>
      <p class="hint">
        What just happened (saved, sent) or one thing to know before going on. Notice in
        views/forms.tsx gives it role="status".
      </p>
      <Example usage="<Notice><p>Your changes are saved.</p></Notice>">
        <Notice>
          <p>Your changes are saved.</p>
        </Notice>
      </Example>
    </Section>
  );
}

export function Facts() {
  return (
    <Section id="facts">
      <p class="hint">Stacked on a phone, side by side where there is room.</p>
      <Example>
        <dl class="facts">
          <div>
            <dt>When</dt>
            <dd>Tuesdays, 7 to 8:30 pm</dd>
          </div>
          <div>
            <dt>Where</dt>
            <dd>Online, by video</dd>
          </div>
          <div>
            <dt>Cost</dt>
            <dd>Free</dd>
          </div>
        </dl>
      </Example>
    </Section>
  );
}

export function StackTable() {
  return (
    <Section id="tables">
      <p>
        Under 600 px each row becomes a card and each cell a line with its column's name before it,
        taken from the cell's data-label, so nothing scrolls sideways. Give every body cell (and a
        row header) a data-label equal to its column's header. Never wrap a table in a scrolling
        box.
      </p>
      <Example>
        <table class="table-stack">
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Came</th>
              <th scope="col">Recorded</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" data-label="Meeting">
                Tuesday 3 June, 7 pm
              </th>
              <td data-label="Came">8</td>
              <td data-label="Recorded">Yes</td>
            </tr>
            <tr>
              <th scope="row" data-label="Meeting">
                Tuesday 10 June, 7 pm
              </th>
              <td data-label="Came">6</td>
              <td data-label="Recorded">No</td>
            </tr>
          </tbody>
        </table>
      </Example>
    </Section>
  );
}

export function Tabs({ current }: { current: 'list' | 'map' }) {
  const tab = (name: 'list' | 'map') => (current === name ? 'page' : undefined);
  return (
    <Section id="tabs">
      <p class="hint">
        A nav of links, not a script's tab panel: each view has its own address. The current one has
        aria-current="page". These two work.
      </p>
      <Example>
        <nav class="tabs" aria-label="Example: view">
          <a href="/dev/styleguide#tabs" aria-current={tab('list')}>
            List
          </a>
          <a href="/dev/styleguide?tab=map#tabs" aria-current={tab('map')}>
            Map
          </a>
        </nav>
      </Example>
    </Section>
  );
}

export function Sheet() {
  return (
    <Section id="sheet">
      <p>
        On /groups the filters are a section after the results; with JavaScript, client/directory.ts
        moves that section into a &lt;dialog class="sheet"&gt; that rises from the bottom on a phone
        and sits at the side on a laptop. Its head and foot stick to its edges. Here are its parts,
        drawn in a plain box; the real sheet's heading is an h2.{' '}
        <a href="/groups">Try the real one on /groups</a> (the Filters button).
      </p>
      <Example>
        <div class="sheet__head">
          <h3>Filters</h3>
          <button type="button" class="link-button">
            Close
          </button>
        </div>
        <div class="sheet__body">
          <Choices
            type="checkbox"
            name="sg-sheet-time"
            legend="Time of day"
            options={[
              ['morning', 'Morning'],
              ['evening', 'Evening'],
            ]}
            selected={[]}
          />
        </div>
        <div class="sheet__foot">
          <button type="button" class="button">
            Show 12 groups
          </button>
        </div>
      </Example>
    </Section>
  );
}

export function Icons() {
  return (
    <Section id="icons">
      <p class="hint">
        Icon in views/icon.tsx draws them at 1.25 rem in the text's colour, hidden from screen
        readers. Where an icon stands alone on a button, give the button a visually hidden word.
      </p>
      <ul class="inline-list">
        {ICON_NAMES.map((name) => (
          <li>
            <Icon name={name} /> <code>{name}</code>
          </li>
        ))}
      </ul>
      <Example usage={'<p><Icon name="clock" /> Tuesdays, 7 pm</p>'}>
        <p>
          <Icon name="clock" /> Tuesdays, 7 pm
        </p>
      </Example>
    </Section>
  );
}
