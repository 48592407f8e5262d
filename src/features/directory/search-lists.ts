/**
 * The growable lists and the small cache the search read-model (ADR 14, ADR 16) is built from.
 */

/** The list under `key`, made empty if there is none yet. */
export function listFor<K>(map: Map<K, IntList>, key: K, capacity = 8): IntList {
  const found = map.get(key);
  if (found) return found;
  const list = new IntList(capacity);
  map.set(key, list);
  return list;
}

/** A growable list of 32-bit integers. */
export class IntList {
  a: Int32Array;
  n = 0;
  constructor(capacity = 8) {
    this.a = new Int32Array(capacity);
  }
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  view(): Int32Array {
    return this.a.subarray(0, this.n);
  }
}

/**
 * The last `size` results rows read by primary key, per slot, each with the next meeting the
 * index had for it then: when that moves on, the row's next meeting is stale and it is read
 * again. A changed listing takes a new slot, so its old row is never found again.
 */
export class RowCache {
  private rows = new Map<number, { row: Record<string, unknown>; next: number }>();
  constructor(readonly size: number) {}
  get(slot: number) {
    const hit = this.rows.get(slot);
    if (hit) {
      // Most recently used last, so the oldest is the one let go.
      this.rows.delete(slot);
      this.rows.set(slot, hit);
    }
    return hit;
  }
  set(slot: number, row: Record<string, unknown>, next: number) {
    this.rows.delete(slot);
    if (this.rows.size >= this.size) this.rows.delete(this.rows.keys().next().value!);
    this.rows.set(slot, { row, next });
  }
}

/**
 * Places as sin(lat), cos(lat), sin(lon), cos(lon), four numbers per entry: a radius search
 * reads them in step with a cell's slots, sequentially, and measures with no trigonometry.
 */
export class GeoList {
  a = new Float64Array(64);
  n = 0;
  push(lat: number, lon: number) {
    if (this.n + 4 > this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    const RAD = Math.PI / 180;
    this.a[this.n++] = Math.sin(lat * RAD);
    this.a[this.n++] = Math.cos(lat * RAD);
    this.a[this.n++] = Math.sin(lon * RAD);
    this.a[this.n++] = Math.cos(lon * RAD);
  }
}
