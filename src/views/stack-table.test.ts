import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Tables that stack into cards under 600 px (`table-stack` in styles.css) show each body cell's
 * `data-label` in place of the hidden header row. A source-level check over the views with such
 * tables: every table is a `table-stack` with no sideways-scrolling wrapper, and every body cell
 * carries the same message expression as its column's header, in the same order.
 */
const files = [
  'src/features/accounts/views/account-lists.tsx',
  'src/features/admin/views/admin-pages.tsx',
  'src/features/leading/views/meeting-pages.tsx',
  'src/features/leading/views/pages.tsx',
  'src/features/directory/api-docs.tsx',
];

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** The first `{expression}` inside a piece of markup, or '' when there is none. */
const firstExpression = (markup: string) => markup.match(/\{([^{}]+)\}/)?.[1]?.trim() ?? '';

describe('tables that stack into cards', () => {
  for (const file of files) {
    const source = readFileSync(file, 'utf8');

    it(`${file}: every body cell has a data-label`, () => {
      const missing: string[] = [];
      for (const m of source.matchAll(/<td\b[^>]*>|<th\s+scope="row"[^>]*>/g)) {
        if (!/\sdata-label=/.test(m[0])) missing.push(`${file}:${lineOf(source, m.index)} ${m[0]}`);
      }
      expect(missing).toEqual([]);
    });

    it(`${file}: tables stack, nothing scrolls sideways`, () => {
      const problems: string[] = [];
      for (const m of source.matchAll(/<table\b[^>]*>/g)) {
        if (!/class="table-stack"/.test(m[0]))
          problems.push(`${file}:${lineOf(source, m.index)} ${m[0]}`);
      }
      for (const m of source.matchAll(/table-scroll/g)) {
        problems.push(`${file}:${lineOf(source, m.index)} table-scroll`);
      }
      expect(problems).toEqual([]);
    });

    it(`${file}: each cell's label is its column header's text`, () => {
      const tables = [...source.matchAll(/<table\b[\s\S]*?<\/table>/g)];
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        const [head = '', body = ''] = table[0].split('</thead>');
        const headers = [...head.matchAll(/<th scope="col">([\s\S]*?)<\/th>/g)].map((h) =>
          firstExpression(h[1] ?? ''),
        );
        const labels = [...body.matchAll(/data-label=\{([^{}]+)\}|data-label="([^"]*)"/g)].map(
          (l) => (l[1] ?? l[2] ?? '').trim(),
        );
        expect(labels, `${file}:${lineOf(source, table.index)}`).toEqual(headers);
      }
    });
  }
});
