import type { Child } from 'hono/jsx';

/*
 * The small formatting subset of what people write (board posts, session materials), rendered
 * as JSX so every character is escaped by the renderer: nothing they type becomes markup. Blank
 * lines separate
 * paragraphs; lines that start with "- " or "* " make a list, with "1. " a numbered one; a
 * line break inside a paragraph is kept; http and https addresses become links that show
 * their own address (no disguised links) and open without handing over our page.
 */

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+/gi;
// Punctuation that ends a sentence rather than the address.
const TRAILING = /[.,;:!?)\]}]+$/;
const BULLET = /^\s*[-*]\s+/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;

function linked(text: string): Child[] {
  const out: Child[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    let url = match[0];
    const tail = TRAILING.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - tail.length);
    const start = match.index ?? 0;
    out.push(text.slice(last, start));
    if (safeHref(url)) {
      out.push(
        <a href={url} rel="nofollow noopener noreferrer ugc" target="_blank">
          {url}
        </a>,
      );
    } else out.push(url);
    last = start + url.length;
  }
  out.push(text.slice(last));
  return out;
}

/** Only absolute http(s) addresses that parse, and no credentials in them. */
export function safeHref(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password;
  } catch {
    return false;
  }
}

function lines(text: string): Child[] {
  return text
    .split('\n')
    .flatMap((line, i) => (i === 0 ? linked(line) : [<br />, ...linked(line)]));
}

type Run = { kind: 'p' | 'ul' | 'ol'; rows: string[] };

/** A block's lines as runs: list items together, other lines together, in their order. */
function runsOf(block: string): Run[] {
  const runs: Run[] = [];
  for (const row of block.split('\n')) {
    const kind = BULLET.test(row) ? 'ul' : NUMBERED.test(row) ? 'ol' : 'p';
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.rows.push(row);
    else runs.push({ kind, rows: [row] });
  }
  return runs;
}

function RunView({ run }: { run: Run }) {
  if (run.kind === 'ul')
    return (
      <ul>
        {run.rows.map((r) => (
          <li>{linked(r.replace(BULLET, ''))}</li>
        ))}
      </ul>
    );
  if (run.kind === 'ol')
    return (
      <ol>
        {run.rows.map((r) => (
          <li>{linked(r.replace(NUMBERED, ''))}</li>
        ))}
      </ol>
    );
  return <p>{lines(run.rows.join('\n'))}</p>;
}

export function PostBody({ body }: { body: string }) {
  const blocks = body.split(/\n\s*\n/).filter((b) => b.trim() !== '');
  return (
    <div class="post-body">
      {blocks.flatMap((block) =>
        runsOf(block.replace(/^\n+|\n+$/g, '')).map((run) => <RunView run={run} />),
      )}
    </div>
  );
}
