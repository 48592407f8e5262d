/**
 * The words of `q`, as PostgreSQL's `websearch_to_tsquery('english', q)` turns them into
 * lexemes (stemming, stop words, "quoted phrases", `or`, `-not`), parsed from its text form so
 * the in-memory index matches exactly the lexemes the stored tsvector holds (ADR 14).
 *
 * A phrase (`<->`) is matched as all of its words: the index keeps no word positions.
 */
export type TextNode =
  | { op: 'term'; lexeme: string }
  | { op: 'and' | 'or'; children: TextNode[] }
  | { op: 'not'; child: TextNode };

type Token = { kind: 'term'; value: string } | { kind: 'sym'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ') {
      i++;
    } else if (ch === "'") {
      // A quoted lexeme; a quote inside is doubled.
      let value = '';
      i++;
      while (i < text.length) {
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (text[i] === "'") {
          i++;
          break;
        } else {
          value += text[i++];
        }
      }
      // Weights or prefix marks (':*', ':AB') never come from websearch_to_tsquery; skip them.
      if (text[i] === ':') while (i < text.length && !' &|)'.includes(text[i]!)) i++;
      tokens.push({ kind: 'term', value });
    } else if (ch === '<') {
      const end = text.indexOf('>', i);
      tokens.push({ kind: 'sym', value: '&' });
      i = end < 0 ? text.length : end + 1;
    } else {
      tokens.push({ kind: 'sym', value: ch });
      i++;
    }
  }
  return tokens;
}

/** Parse the text form of a tsquery; `undefined` when it holds no lexemes. */
export function parseTsquery(text: string): TextNode | undefined {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  function primary(): TextNode | undefined {
    const t = tokens[pos++];
    if (!t) return undefined;
    if (t.kind === 'term') return { op: 'term', lexeme: t.value };
    if (t.value === '!') {
      const child = primary();
      return child ? { op: 'not', child } : undefined;
    }
    if (t.value === '(') {
      const inner = or();
      if (peek()?.value === ')') pos++;
      return inner;
    }
    return undefined;
  }
  /** `part (sym part)*`: a run of one operator. */
  function run(sym: string, op: 'and' | 'or', part: () => TextNode | undefined) {
    const children: TextNode[] = [];
    const first = part();
    if (first) children.push(first);
    while (peek()?.value === sym) {
      pos++;
      const next = part();
      if (next) children.push(next);
    }
    return children.length <= 1 ? children[0] : { op, children };
  }
  function and(): TextNode | undefined {
    return run('&', 'and', primary);
  }
  function or(): TextNode | undefined {
    return run('|', 'or', and);
  }
  return or();
}
