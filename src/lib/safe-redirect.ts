/**
 * The one check for every "where to go next" a request carries (`?next=`, the language form's
 * `next`): a path on this site, or nothing.
 *
 * The input is resolved the way a browser would resolve it, and the *result* is what is judged:
 * "/.//evil.example" and "/a/..//evil.example" look like paths but resolve to "//evil.example",
 * which a browser reads as another host. The answer is built from the resolved path, query and
 * fragment, so what we send is exactly what was checked.
 */
const BASE = 'http://gatherwell.invalid';

export function safeLocalPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return undefined;
  // Control characters (a header split, a NUL) and backslashes (read as "/" by browsers).
  if (/[\p{Cc}\\]/u.test(next)) return undefined;
  if (!next.startsWith('/') || next.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The resolved path must itself be a path on this site when a browser reads it again.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return undefined;
  return path;
}
