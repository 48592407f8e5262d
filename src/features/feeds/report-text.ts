import { type FeedCheckReport, type FeedProblem, problemsByRecord } from './report.js';

/*
 * The checker's report as plain text, for `npm run feed:check` and for logs of managed runs.
 * The page (views.tsx) says the same things in the viewer's language.
 */

const recordTitle = (index: number | null, first: FeedProblem | undefined) => {
  if (index === null) return 'The whole feed';
  const slug = first?.slug ? ` (slug "${first.slug}")` : '';
  const name = first?.name ? ` ${JSON.stringify(first.name)}` : '';
  return `Record ${index + 1}${slug}${name}`;
};

const line = (p: FeedProblem) =>
  `  ${p.severity === 'error' ? 'error  ' : 'warning'}  ${p.field ? `${p.field}: ` : ''}${p.message}`;

const names = (list: { slug: string; name: string }[], limit = 20) =>
  list
    .slice(0, limit)
    .map((l) => `    - ${l.name} (slug "${l.slug}")`)
    .concat(list.length > limit ? [`    - and ${list.length - limit} more`] : []);

export function reportText(report: FeedCheckReport, where: string): string {
  const out: string[] = [];
  out.push(
    `${where}: ${report.records} records, ${report.usable} of them usable; ${report.errors} errors, ${report.warnings} warnings`,
  );
  if (report.refused) {
    out.push('', 'The feed would be refused whole (nothing would be imported):');
    for (const p of report.refused) out.push(`  - ${p}`);
  }
  for (const [index, problems] of problemsByRecord(report.problems)) {
    out.push('', `${recordTitle(index, problems[0])}:`, ...problems.map(line));
  }
  if (report.contacts.length > 0) {
    const records = new Set(report.contacts.map((c) => c.index)).size;
    out.push(
      '',
      `Contact details published: ${records} records publish people's names, phone numbers or e-mail addresses.`,
      '  Gatherwell keeps imported contacts private, but this feed shows them to anyone who opens it.',
      '  Consider leaving contact_1..3 out of the public feed, and phone numbers out of notes.',
    );
    for (const c of report.contacts.slice(0, 50)) {
      out.push(
        `  - record ${c.index + 1}${c.slug ? ` (slug "${c.slug}")` : ''}: ${c.field} (${c.what})`,
      );
    }
    if (report.contacts.length > 50) out.push(`  - and ${report.contacts.length - 50} more`);
  }
  const d = report.diff;
  if (d) {
    out.push(
      '',
      `Compared with the ${d.published} listings Gatherwell publishes now from source "${d.source}":`,
      `  ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed, ${d.unchanged} unchanged${d.kept ? `, ${d.kept} kept (their records have errors)` : ''}`,
    );
    if (d.added.length) out.push('  added:', ...names(d.added));
    if (d.changed.length) {
      out.push(
        '  changed:',
        ...d.changed
          .slice(0, 20)
          .map((c) => `    - ${c.name} (slug "${c.slug}"): ${c.fields.join(', ')}`),
      );
      if (d.changed.length > 20) out.push(`    - and ${d.changed.length - 20} more`);
    }
    if (d.removed.length) out.push('  removed:', ...names(d.removed));
  }
  if (report.errors === 0 && report.warnings === 0 && report.contacts.length === 0) {
    out.push('', 'No problems found.');
  }
  return `${out.join('\n')}\n`;
}
