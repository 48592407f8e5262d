/**
 * Buffers reused by every search: searches run one at a time on this thread, and allocating
 * bitsets and lists of a million listings per search would cost more than the search.
 */

/**
 * The scratch bitsets, by role: the matches, the listings a per-listing check let through, a relevance band and one of its
 * combinations, each word's weight-class sets, and one per facet whose codes are ORed.
 */
export const MATCHES = 0;
export const HITS = 1;
export const BAND = 2;
export const PART = 3;
export const CLASS_SETS = 4; // MAX_BAND_TERMS (search-match.ts) × 4 of them
export const EITHER = CLASS_SETS + 16;

/** Scratch bitset number `i`, at least `words` long, its contents left from before. */
export function pooled(i: number, words: number): Uint32Array {
  let bits = pool[i];
  if (!bits || bits.length < words) {
    bits = new Uint32Array(Math.ceil(words * 1.25));
    pool[i] = bits;
  }
  return bits;
}
const pool: Uint32Array[] = [];
export const EMPTY_BITS = new Uint32Array(0);

let scratchArrays = {
  list: new Int32Array(0),
  slots: new Int32Array(0),
  dists: new Float64Array(0),
  scores: new Float64Array(0),
  keys: new Float64Array(0),
};
/**
 * Scratch lists of candidates with their distances, scores and sort keys, at least `n` long,
 * reused by every search; the same arrays until a larger `n` asks for more.
 */
export function scratch(n: number) {
  if (scratchArrays.slots.length < n) {
    const size = Math.ceil(n * 1.25);
    scratchArrays = {
      list: new Int32Array(size),
      slots: new Int32Array(size),
      dists: new Float64Array(size),
      scores: new Float64Array(size),
      keys: new Float64Array(size),
    };
  }
  return scratchArrays;
}
