import { describe, expect, it } from 'vitest';
import { Lru } from './search-lists.js';

describe('Lru', () => {
  it('lets go of the least recently used entry, and keeps a null value as a hit', () => {
    const lru = new Lru<string, number | null>(2);
    lru.set('a', 1);
    lru.set('b', null);
    expect(lru.get('a')).toBe(1); // 'a' is now the most recent
    lru.set('c', 3); // so 'b' goes
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    lru.set('c', 4); // replacing does not grow it
    lru.set('d', 5); // 'a' is now the oldest
    expect([lru.get('a'), lru.get('c'), lru.get('d')]).toEqual([undefined, 4, 5]);
    const nulls = new Lru<string, null>(1);
    nulls.set('x', null);
    expect(nulls.get('x')).toBeNull();
  });
});
