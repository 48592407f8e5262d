import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBits, hasBit, intersect, listBits, setBit, wordsFor } from './search-bits.js';

const asBits = (slots: number[], words: number) => {
  const bits = new Uint32Array(words);
  for (const s of slots) setBit(bits, s);
  return bits;
};

describe('bitsets', () => {
  it('intersect ANDs any number of sets and counts the result, as sets of numbers do', () => {
    const n = 200;
    const words = wordsFor(n);
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.boolean(),
        (lists, shortLast) => {
          const sets = lists.map((l) => asBits(l, words));
          // A set shorter than the others (an unknown facet code) counts as zeros past its end.
          if (shortLast) sets[sets.length - 1] = sets[sets.length - 1]!.slice(0, 2);
          const out = new Uint32Array(words);
          const count = intersect(out, sets, words);
          const expected = Array.from({ length: n }, (_, i) => i).filter((i) =>
            sets.every((s) => hasBit(s, i) && i < s.length * 32),
          );
          const listed = new Int32Array(n);
          expect(Array.from(listed.subarray(0, listBits(out, words, listed)))).toEqual(expected);
          expect(count).toBe(expected.length);
          expect(countBits(out, words)).toBe(expected.length);
        },
      ),
    );
  });
});
