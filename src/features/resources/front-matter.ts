/**
 * A deliberately small, strict front-matter reader for the articles in content/articles: a
 * block between two `---` lines of `key: value` pairs, where a value is a plain or quoted
 * scalar or a flow list `[a, b]`. Anything else (nesting, block lists, multi-line strings,
 * duplicate keys) is an error, so a typo fails at start-up instead of showing a broken page.
 */
export type FrontMatterValue = string | string[];

export type FrontMatter = { data: Record<string, FrontMatterValue>; body: string };

export class FrontMatterError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'FrontMatterError';
  }
}

const KEY = /^([a-z][a-z0-9_]*):(?:\s+(.*))?$/;

function unquote(raw: string, fail: (detail: string) => never): string {
  const value = raw.trim();
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    if (value.length < 2 || value.at(-1) !== quote) fail(`unterminated quoted value ${value}`);
    const inner = value.slice(1, -1);
    if (inner.includes(quote)) fail(`a quote inside a quoted value is not supported: ${value}`);
    return inner;
  }
  return value;
}

function parseValue(raw: string, fail: (detail: string) => never): FrontMatterValue {
  const value = raw.trim();
  if (value.startsWith('[')) {
    if (!value.endsWith(']')) fail(`unterminated list ${value}`);
    const inner = value.slice(1, -1).trim();
    if (inner === '') return [];
    return inner.split(',').map((item) => {
      const text = unquote(item, fail);
      if (text === '') fail(`empty item in list ${value}`);
      if (/[[\]{}]/.test(text)) fail(`nested values are not supported: ${value}`);
      return text;
    });
  }
  if (value.startsWith('{') || value.startsWith('|') || value.startsWith('>')) {
    fail(`only plain values and [lists] are supported: ${value}`);
  }
  return unquote(value, fail);
}

/** Split a file into its front matter and Markdown body. `file` names it in every error. */
export function parseFrontMatter(source: string, file: string): FrontMatter {
  const fail = (detail: string): never => {
    throw new FrontMatterError(file, detail);
  };
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') fail('must start with a "---" line');
  const end = lines.indexOf('---', 1);
  if (end === -1) fail('front matter is not closed with a "---" line');
  const data: Record<string, FrontMatterValue> = {};
  for (let i = 1; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = KEY.exec(line);
    if (!match) fail(`line ${i + 1} is not "key: value": ${line}`);
    const [, key = '', raw = ''] = match as RegExpExecArray;
    if (Object.hasOwn(data, key)) fail(`duplicate key "${key}" on line ${i + 1}`);
    if (raw.trim() === '') fail(`key "${key}" on line ${i + 1} has no value`);
    data[key] = parseValue(raw, (detail) => fail(`line ${i + 1}: ${detail}`));
  }
  return { data, body: lines.slice(end + 1).join('\n') };
}
