import { describe, expect, it } from 'vitest';
import { renamedColumns } from './rules.js';
import { sampleFeed } from './test-fixtures.js';

/** Records that count every read of a field, so the cost is measured in reads, not time. */
function counted(records: Record<string, unknown>[]) {
  const reads = { n: 0 };
  const proxies = records.map(
    (r) =>
      new Proxy(r, {
        get(target, key) {
          reads.n++;
          return Reflect.get(target, key);
        },
      }),
  );
  return { proxies, reads };
}

describe('renamedColumns', () => {
  it('reads a feed of records each with its own unknown key a few times, not once per key', () => {
    const records = Array.from({ length: 1_000 }, (_, i) => ({ [`k${i}`]: 1 }));
    const { proxies, reads } = counted(records);
    expect(renamedColumns(proxies)).toEqual([]);
    // One counting pass and one pass per watched column: about 17 reads a record.
    expect(reads.n).toBeLessThan(records.length * 20);
  });

  it('finds no rename in 5,000 records of unique keys', () => {
    const records = Array.from({ length: 5_000 }, (_, i) => ({ [`time${i}`]: 1, [`k${i}`]: 2 }));
    expect(renamedColumns(records)).toEqual([]);
  });

  it('still finds a real rename among many rare unknown columns', () => {
    const records = sampleFeed().map(({ time, ...rest }, i) => ({
      ...rest,
      start_time: time,
      [`extra_${i}`]: 'x',
    }));
    const { proxies, reads } = counted(records);
    expect(renamedColumns(proxies)).toEqual([
      { expected: 'time', found: 'start_time', records: records.length, total: records.length },
    ]);
    expect(reads.n).toBeLessThan(records.length * 40);
  });
});
