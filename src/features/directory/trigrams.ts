/**
 * Trigram similarity as pg_trgm computes it, for the embedded database, where near-miss names
 * are found in memory instead of by a pg_trgm query (ADR 17: the one statement seen to trap
 * PGlite's WebAssembly). On PostgreSQL, pg_trgm itself is used.
 *
 * pg_trgm's rules: words are runs of letters and digits, lower-cased; each word is padded with
 * two spaces in front and one behind, and cut into every run of three characters; a string's
 * trigrams are that set. Similarity is shared trigrams over all trigrams of either, and `%`
 * holds from 0.3 (pg_trgm.similarity_threshold's default).
 */
export const SIMILARITY_THRESHOLD = 0.3;

export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const chars = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  }
  return out;
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}
