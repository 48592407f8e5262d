/**
 * Sets of slots as bitsets (ADR 14): one bit per slot in 32-bit words. A facet's listings, the
 * live slots and a query's matches are all bitsets, so combining filters is a pass of word ANDs
 * (31,250 words for a million listings) and counting them is a population count, whatever
 * their size.
 */

export const wordsFor = (slots: number) => (slots + 31) >>> 5;

/** A copy of `bits` with room for `words` words (the rest zero). */
export function resized(bits: Uint32Array, words: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(words);
  out.set(bits.length > words ? bits.subarray(0, words) : bits);
  return out;
}

export const setBit = (bits: Uint32Array, slot: number) => {
  bits[slot >>> 5]! |= 1 << (slot & 31);
};
export const clearBit = (bits: Uint32Array, slot: number) => {
  bits[slot >>> 5]! &= ~(1 << (slot & 31));
};
export const hasBit = (bits: Uint32Array, slot: number) =>
  ((bits[slot >>> 5]! >>> (slot & 31)) & 1) === 1;

/** Set bits in one word (Hacker's Delight, 5-2). */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** How many bits of the first `words` words are set. */
export function countBits(bits: Uint32Array, words: number): number {
  let n = 0;
  for (let w = 0; w < words; w++) {
    const x = bits[w]!;
    if (x !== 0) n += popcount(x);
  }
  return n;
}

/** `into &= other` over the first `words` words (a shorter `other` counts as zeros). */
export function andInto(into: Uint32Array, other: Uint32Array, words: number) {
  const common = Math.min(words, other.length);
  for (let w = 0; w < common; w++) into[w]! &= other[w]!;
  into.fill(0, common, words);
}

/** `into |= other` over the first `words` words. */
export function orInto(into: Uint32Array, other: Uint32Array, words: number) {
  const common = Math.min(words, other.length);
  for (let w = 0; w < common; w++) into[w]! |= other[w]!;
}

/** The set slots of the first `words` words, in increasing order, into `out`; returns how many. */
export function listBits(bits: Uint32Array, words: number, out: Int32Array): number {
  let n = 0;
  for (let w = 0; w < words; w++) {
    let x = bits[w]!;
    while (x !== 0) {
      const low = x & -x;
      out[n++] = (w << 5) + (31 - Math.clz32(low));
      x ^= low;
    }
  }
  return n;
}

/**
 * `out` = the AND of every set in `sets` over the first `words` words (a shorter set counts as
 * zeros), in one pass that also counts the result: a query's filters meet once, whatever their
 * number, instead of a pass per filter and another to count.
 */
export function intersect(out: Uint32Array, sets: Uint32Array[], words: number): number {
  let n = 0;
  const full = sets.every((set) => set.length >= words);
  const [a, b, c, d] = sets as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  // Unrolled for the usual one to four sets of full length.
  if (full && sets.length === 1) {
    for (let w = 0; w < words; w++) {
      const x = a[w]!;
      out[w] = x;
      if (x !== 0) n += popcount(x);
    }
  } else if (full && sets.length === 2) {
    for (let w = 0; w < words; w++) {
      const x = a[w]! & b[w]!;
      out[w] = x;
      if (x !== 0) n += popcount(x);
    }
  } else if (full && sets.length === 3) {
    for (let w = 0; w < words; w++) {
      const x = a[w]! & b[w]! & c[w]!;
      out[w] = x;
      if (x !== 0) n += popcount(x);
    }
  } else if (full && sets.length === 4) {
    for (let w = 0; w < words; w++) {
      const x = a[w]! & b[w]! & c[w]! & d[w]!;
      out[w] = x;
      if (x !== 0) n += popcount(x);
    }
  } else {
    for (let w = 0; w < words; w++) {
      let x = -1;
      for (let i = 0; i < sets.length && x !== 0; i++) x &= sets[i]![w] ?? 0;
      out[w] = x;
      if (x !== 0) n += popcount(x);
    }
  }
  return n;
}
