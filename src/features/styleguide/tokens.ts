/**
 * Every custom property in client/styles/tokens.css, with what it is for. The values stay in
 * the stylesheet alone; routes.test.ts fails when a token is added there and not here, or the
 * other way round.
 */
export type Token = readonly [name: string, use: string];

export const TOKEN_GROUPS: readonly { title: string; note: string; tokens: readonly Token[] }[] = [
  {
    title: 'Colour',
    note: 'Each colour has a light and a dark value; both meet WCAG 2.2 AA on --bg and --surface.',
    tokens: [
      ['--bg', 'the page behind everything'],
      ['--surface', 'cards, fields, the header, the sheet'],
      ['--surface-2', 'quiet fills: hover, the neutral badge'],
      ['--text', 'body text'],
      ['--muted', 'secondary text: hints, table headers, dates'],
      ['--border', 'rules and card edges (decoration, never a control’s edge)'],
      ['--control', 'the edges of fields and choices (3:1 against the surface)'],
      ['--accent', 'the primary button, the current tab, a chosen segment'],
      ['--accent-strong', 'the primary button under the pointer'],
      ['--accent-soft', 'the notice’s fill, a chosen segment’s fill'],
      ['--accent-text', 'text on --accent'],
      ['--link', 'links and link buttons'],
      ['--focus', 'the focus ring (3 px outline)'],
      ['--crisis-bg', 'the crisis call button in the header'],
      ['--crisis-text', 'text on --crisis-bg'],
      ['--crisis-link', 'the crisis page link in the header'],
      ['--support', 'support groups: badge text, a result card’s edge'],
      ['--support-soft', 'the support group badge’s fill'],
      ['--therapy', 'group therapy: badge text, a result card’s edge'],
      ['--therapy-soft', 'the group therapy badge’s fill'],
      ['--danger', 'errors, the danger button, the warning badge'],
      ['--danger-soft', 'the warning badge’s fill'],
      ['--success', 'a step done (a confirmation)'],
      ['--shadow', 'the lift of cards and the sheet'],
      ['--scrim', 'behind an open sheet'],
    ],
  },
  {
    title: 'Type',
    note: 'System fonts, nothing to download. --text-base is the body; headings use xl to 3xl.',
    tokens: [
      ['--font', 'the system’s own sans-serif'],
      ['--text-sm', 'hints, table headers, small print (.hint)'],
      ['--text-base', 'body text'],
      ['--text-lg', 'lead paragraphs (.lead), h3, card titles'],
      ['--text-xl', 'h2'],
      ['--text-2xl', 'h1 on a phone'],
      ['--text-3xl', 'h1 from 768 px'],
      ['--leading', 'line height of body text'],
    ],
  },
  {
    title: 'Space, shape and layout',
    note: 'Space steps from 0.25 to 2.5 rem; use the steps, not other values.',
    tokens: [
      ['--space-1', 'within a control: an icon and its word'],
      ['--space-2', 'between a label and its field, between rows'],
      ['--space-3', 'padding of cards and panels, page edges on a phone'],
      ['--space-4', 'between groups of fields, button padding'],
      ['--space-5', 'between sections, page edges on a laptop'],
      ['--radius-sm', 'fields, notices, small buttons'],
      ['--radius', 'cards, panels, the sheet'],
      ['--radius-pill', 'buttons, badges, segments'],
      ['--target', 'the least height and width of anything to tap (44 px)'],
      ['--measure', 'the widest line of running text'],
      ['--page', 'the widest the page gets'],
      ['--header', 'the sticky header’s height (anchors land below it)'],
    ],
  },
];
