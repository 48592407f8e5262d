/**
 * The markup an example renders, indented for reading: an element whose children are all
 * elements (a fieldset of labels, a table's rows) opens on a line of its own with each child
 * indented below it; anything holding text (a label, a cell, a paragraph) stays on one line.
 * Only for the styleguide's own well-formed examples: it is no general HTML parser.
 */
type Node = { start: number; end: number; inline: boolean; children: Node[]; text: boolean };

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'wbr']);
/** Kept on one line even when they hold only elements. */
const INLINE = new Set(['a', 'button', 'code', 'em', 'label', 'span', 'strong', 'svg']);

export function formatMarkup(html: string): string {
  const root: Node = { start: 0, end: html.length, inline: false, children: [], text: false };
  const open: Node[] = [root];
  for (const token of html.matchAll(/<[^>]+>|[^<]+/g)) {
    const parent = open[open.length - 1] as Node;
    const start = token.index;
    const end = start + token[0].length;
    const tag = token[0].match(/^<(\/?)([a-zA-Z][\w-]*)/);
    if (!tag) {
      if (token[0].trim()) parent.text = true;
      continue;
    }
    if (tag[1]) {
      parent.end = end;
      open.pop();
      continue;
    }
    const name = (tag[2] as string).toLowerCase();
    const node: Node = { start, end, inline: INLINE.has(name), children: [], text: false };
    parent.children.push(node);
    if (!VOID.has(name) && !token[0].endsWith('/>')) open.push(node);
  }

  const lines: string[] = [];
  const print = (node: Node, depth: number) => {
    const pad = '  '.repeat(depth);
    const [first, ...rest] = node.children;
    if (node.inline || node.text || !first) {
      lines.push(pad + html.slice(node.start, node.end));
      return;
    }
    lines.push(pad + html.slice(node.start, first.start).trim());
    for (const child of [first, ...rest]) print(child, depth + 1);
    const last = rest[rest.length - 1] ?? first;
    lines.push(pad + html.slice(last.end, node.end).trim());
  };
  for (const child of root.children) print(child, 0);
  return lines.join('\n');
}
