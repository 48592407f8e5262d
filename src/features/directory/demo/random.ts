/**
 * A tiny seeded pseudo-random generator for the demo data. mulberry32 is not suitable for
 * anything secret, but it is fast, has a 32-bit state and gives the same sequence on every
 * platform, which is all the demo generator needs.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent seed for item `index`, mixed (murmur3 finaliser) so neighbours differ. */
export function seedFor(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: T[]): T[];
  /** Up to `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[];
};

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const rng: Rng = {
    next,
    int,
    chance: (probability) => next() < probability,
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted(entries) {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [
          items[j] as (typeof items)[number],
          items[i] as (typeof items)[number],
        ];
      }
      return items;
    },
    sample(items, n) {
      return rng.shuffle([...items]).slice(0, n);
    },
  };
  return rng;
}

/**
 * Deals `count` values in fixed proportions (largest-remainder rounding), shuffled, so the
 * totals hit the intended shares exactly instead of drifting with the random stream.
 */
export function deal<T>(rng: Rng, count: number, shares: readonly (readonly [T, number])[]): T[] {
  const total = shares.reduce((sum, [, share]) => sum + share, 0);
  const exact = shares.map(([value, share]) => ({ value, exact: (count * share) / total }));
  const counts = exact.map((entry) => Math.floor(entry.exact));
  let missing = count - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((entry, index) => ({ index, remainder: entry.exact - Math.floor(entry.exact) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    missing--;
  }
  const out: T[] = [];
  exact.forEach((entry, index) => {
    for (let n = 0; n < (counts[index] ?? 0); n++) out.push(entry.value);
  });
  return rng.shuffle(out);
}

/** Every value once (when there is room), the rest by weight; shuffled. */
export function dealCovering<T>(
  rng: Rng,
  count: number,
  weights: readonly (readonly [T, number])[],
): T[] {
  const out = weights.slice(0, count).map(([value]) => value);
  while (out.length < count) out.push(rng.weighted(weights));
  return rng.shuffle(out);
}
