import { readFile } from 'node:fs/promises';

/** A file's text, or a URL's body (a non-2xx answer is an error that names it). */
export async function readSource(where: string): Promise<string> {
  if (!/^https?:\/\//.test(where)) return readFile(where, 'utf8');
  const res = await fetch(where);
  if (!res.ok) throw new Error(`${where} answered ${res.status}`);
  return res.text();
}
